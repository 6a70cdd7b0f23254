import type * as oidc from 'openid-client';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/admin-token.js';
import { axeLightAndDark, seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { consolePassword, descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { createUserThroughConsole } from './support/console-users.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser as SignInBrowser, signIn } from './support/sign-in.js';

const appCallback = 'http://localhost:3000/callback';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

describe.skipIf(dialect === 'postgres')('browser: the console Users area', () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: Administrator;
  let viewer: Administrator;
  let api: ManagementApi;
  let app: oidc.Configuration;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [admin, viewer, api] = await Promise.all([
      signInToConsole(chromium, server, 'admin'),
      signInToConsole(chromium, server, 'viewer'),
      managementApi(server),
    ]);
    const spa = await createApp(server, 'SPA', [appCallback]);
    app = await clientConfig(server, spa.id);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  const open = (as: Administrator, path: string) => openConsoleAs(chromium, server, as, path);

  /** Signs in on the hosted pages as an app's user would; answers the ID token's subject. */
  async function signInAs(username: string, password: string): Promise<string | undefined> {
    const request = await authorizationRequest(app, { redirect_uri: appCallback });
    const callback = await signIn(new SignInBrowser(server.url), request.url, { username, password });
    return (await redeemCode(app, request, callback)).claims()?.sub;
  }

  it('creates a user with a generated password shown once, which signs in on the hosted pages; search and pages come from the server', async () => {
    const { context, page, cspReports } = await open(admin, '/console/users');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link').allTextContents(),
    ).toContain('Users');
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.getByRole('button', { name: 'Create user' }).click();
    const form = page.getByRole('dialog', { name: 'Create a user' });
    expect(await form.getByRole('radio', { name: /Generate a password/ }).isChecked()).toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();

    const created = await createUserThroughConsole(
      page,
      { username: 'ada_lovelace', email: 'ada@example.com', name: 'Ada Lovelace' },
      async (result) => {
        expect(await result.textContent()).toContain('You won’t see it again');
        await result.getByRole('button', { name: 'Copy Password' }).click();
        await page.getByRole('status').getByText('Password copied.').waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await result.getByRole('textbox', { name: 'Password' }).inputValue());
        expect(await axeLightAndDark(page)).toEqual([]);
      },
    );
    // Generated in the browser for the default policy: 16 characters, every type.
    expect(created.password).toHaveLength(16);
    for (const type of [/[a-z]/, /[A-Z]/, /\d/, /[^\dA-Za-z]/]) expect(created.password).toMatch(type);
    // Shown once: gone from the page after Done, and never on the user's page.
    expect(await page.content()).not.toContain(created.password);
    const stored = await api.get(`/users/${created.id}`);
    expect(stored.body).toMatchObject({ username: 'ada_lovelace', primaryEmail: 'ada@example.com', hasPassword: true });

    // The proof: the user signs in with it through the hosted sign-in pages.
    expect(await signInAs('ada_lovelace', created.password)).toBe(created.id);

    // Search runs on the server: one match, then none.
    const table = page.getByRole('grid', { name: 'Users' });
    const search = page.getByRole('searchbox', { name: 'Search users' });
    await search.fill('lovelace');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await table.getByRole('rowheader').textContent()).toContain('Ada Lovelace');
    await search.fill('nobody-here');
    await table.getByText('No user matches “nobody-here”.').waitFor();

    // Pages of 20: the 21st match is on page 2.
    for (let n = 0; n < 21; n++) await createUser(server, { username: `bulk_${String(n).padStart(2, '0')}` });
    await search.fill('bulk_');
    const pagination = page.getByRole('navigation', { name: 'Pages of Users' });
    await pagination.getByText('Page 1 of 2').waitFor();
    expect(await pagination.textContent()).toContain('21 in total');
    await pagination.getByRole('button', { name: 'Next page' }).click();
    await pagination.getByText('Page 2 of 2').waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    // The row links to the user's page.
    await search.fill('ada@example');
    await table.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/users/${created.id}`);
    expect(await page.content()).not.toContain(created.password);
    expect(cspReports).toEqual([]);
    await context.close();
  }, 60_000);

  it('puts a taken username and a password the policy refuses next to their fields, in words', async () => {
    await createUser(server, { username: 'grace_hopper' });
    const { context, page, cspReports } = await open(admin, '/console/users');
    await page.getByRole('button', { name: 'Create user' }).click();
    const form = page.getByRole('dialog', { name: 'Create a user' });
    const create = form.getByRole('button', { name: 'Create', exact: true });

    // Nothing to sign in with.
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Nameless');
    await create.click();
    const username = form.getByRole('textbox', { name: 'Username' });
    await expect.poll(() => descriptionOf(username)).toContain('Enter a username, an email or a phone number');

    // Taken on the server.
    await username.fill('grace_hopper');
    await create.click();
    await expect.poll(() => descriptionOf(username)).toContain('This username is already taken by another user.');
    expect(await username.getAttribute('aria-invalid')).toBe('true');

    // A malformed email, refused by the server's own schema before any request.
    const email = form.getByRole('textbox', { name: 'Email' });
    await username.fill('grace_two');
    await email.fill('not-an-email');
    await create.click();
    await expect.poll(() => descriptionOf(email)).toContain('must be an email address');

    // A password of one's own is checked against the end users' policy.
    await email.fill('');
    await form.getByText('Set a password').click();
    const password = form.getByRole('textbox', { name: 'Password' });
    await password.fill('short');
    await create.click();
    await expect.poll(() => descriptionOf(password)).toContain('at least 8 characters');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await api.get('/users?search=grace_two')).body).toEqual([]);

    // A good one creates the user, and no password is shown: the administrator chose it.
    await password.fill('Tessera-Trial-7319');
    await create.click();
    const created = page.getByRole('dialog', { name: 'User created' });
    await created.waitFor();
    expect(await created.getByRole('textbox', { name: 'Password' }).count()).toBe(0);
    const [grace] = (await api.get('/users?search=grace_two')).body;
    expect(await signInAs('grace_two', 'Tessera-Trial-7319')).toBe(grace.id);
    expect(cspReports).toEqual([]);
    await context.close();
  }, 40_000);

  it('assigns a role, adds to an organization, removes the role and a lost authenticator, and edits the profile', async () => {
    const role = await api.post('/roles', { name: 'Editor', description: 'Edits articles', type: 'User' });
    await api.post('/roles', { name: 'Auditor', description: 'Reads logs', type: 'User' });
    const organization = await api.post('/organizations', { name: 'Acme Corp' });
    expect([role.status, organization.status]).toEqual([200, 201]);
    const user = await createUser(server, { username: 'linus', name: 'Linus Torvalds' });
    await createUser(server, { username: 'taken', primaryEmail: 'taken@example.com' });
    expect((await api.post(`/users/${user.id}/mfa-verifications`, { type: 'Totp' })).status).toBe(200);
    const { context, page, cspReports } = await open(admin, `/console/users/${user.id}`);
    await page.getByRole('heading', { level: 1, name: 'Linus Torvalds' }).waitFor();
    // The user's sections are tabs; Details comes first.
    const tabs = page.getByRole('tablist', { name: 'Sections of Linus Torvalds' });
    expect(await tabs.getByRole('tab').allTextContents()).toEqual([
      'Details',
      'Social identities',
      'Roles',
      'Organizations',
      'Two-step verification',
      'Logs',
    ]);
    expect(await tabs.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
    await tabs.getByRole('tab', { name: 'Roles' }).click();
    await page.getByRole('grid', { name: 'Roles of Linus Torvalds' }).getByText('This user has no roles.').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    // The picker searches the server's User roles.
    await page.getByRole('combobox', { name: 'Role to assign' }).fill('edit');
    await page.getByRole('option', { name: /Editor/ }).click();
    await page.getByRole('button', { name: 'Assign role' }).click();
    await page.getByRole('status').getByText('Role Editor assigned.').waitFor();
    const roles = page.getByRole('grid', { name: 'Roles of Linus Torvalds' });
    await roles.getByRole('rowheader', { name: 'Editor' }).waitFor();
    expect((await api.get(`/users/${user.id}/roles`)).body.map((r: { name: string }) => r.name)).toEqual(['Editor']);

    // The same kind of picker by keyboard: type, ↓ to the match, Enter, then Tab to the button.
    await tabs.getByRole('tab', { name: 'Organizations' }).click();
    await page.getByRole('combobox', { name: 'Organization to join' }).focus();
    await page.keyboard.type('acme');
    await page.getByRole('option', { name: 'Acme Corp' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add to organization');
    await page.keyboard.press('Enter');
    await page
      .getByRole('grid', { name: 'Organizations of Linus Torvalds' })
      .getByRole('rowheader', { name: 'Acme Corp' })
      .waitFor();
    const joined = (await api.get(`/users/${user.id}/organizations`)).body;
    expect(joined.map((o: { id: string }) => o.id)).toEqual([organization.body.id]);

    // Removing asks first, saying what goes.
    await tabs.getByRole('tab', { name: 'Roles' }).click();
    await roles.getByRole('button', { name: 'Remove Editor' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove the role Editor from Linus Torvalds?' });
    expect(await confirm.textContent()).toContain('The permissions of Editor');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Remove role' }).click();
    await roles.getByText('This user has no roles.').waitFor();
    expect((await api.get(`/users/${user.id}/roles`)).body).toEqual([]);

    // A lost authenticator is cleared here, after saying what that means.
    await tabs.getByRole('tab', { name: 'Two-step verification' }).click();
    const factors = page.getByRole('grid', { name: 'Two-step verification factors of Linus Torvalds' });
    await factors.getByRole('button', { name: 'Remove Authenticator app' }).click();
    const clear = page.getByRole('alertdialog', { name: 'Remove the factor Authenticator app of Linus Torvalds?' });
    expect(await clear.textContent()).toContain('cannot verify with it any more');
    await clear.getByRole('button', { name: 'Remove factor' }).click();
    await factors.getByText('This user has not set up two-step verification.').waitFor();
    expect((await api.get(`/users/${user.id}/mfa-verifications`)).body).toEqual([]);

    // The profile: the schema's and the server's refusals next to their fields, then a save.
    await tabs.getByRole('tab', { name: 'Details' }).click();
    const profile = page.getByRole('region', { name: 'Profile' });
    const phone = profile.getByRole('textbox', { name: 'Phone number' });
    const email = profile.getByRole('textbox', { name: 'Email' });
    const save = profile.getByRole('button', { name: 'Save profile' });
    await phone.fill('+1 555');
    await save.click();
    await expect.poll(() => descriptionOf(phone)).toContain('must hold digits only');
    await phone.fill('15550100');
    await email.fill('taken@example.com');
    await save.click();
    await expect.poll(() => descriptionOf(email)).toContain('This email already belongs to another user.');
    await email.fill('linus@example.com');
    await profile.getByRole('textbox', { name: 'Name', exact: true }).fill('Linus B. Torvalds');
    await save.click();
    await page.getByRole('status').getByText('Profile saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Linus B. Torvalds' }).waitFor();
    expect((await api.get(`/users/${user.id}`)).body).toMatchObject({
      name: 'Linus B. Torvalds',
      primaryEmail: 'linus@example.com',
      primaryPhone: '15550100',
    });
    expect(cspReports).toEqual([]);
    await context.close();
  }, 40_000);

  it('suspends a user (who then cannot sign in), reinstates, resets the password and deletes, each after asking', async () => {
    const user = await createUser(server, { username: 'mallory', name: 'Mallory' });
    const { context, page, cspReports } = await open(admin, `/console/users/${user.id}`);
    await page.getByRole('heading', { level: 1, name: 'Mallory' }).waitFor();

    await page.getByRole('button', { name: 'Suspend user' }).click();
    const suspend = page.getByRole('alertdialog', { name: 'Suspend Mallory?' });
    expect(await suspend.textContent()).toContain('new sign-ins and token refreshes are refused');
    await suspend.getByRole('button', { name: 'Suspend', exact: true }).click();
    await page.getByRole('main').getByText('Suspended', { exact: true }).waitFor();
    expect((await api.get(`/users/${user.id}`)).body.isSuspended).toBe(true);
    await expect(signInAs('mallory', 'correct-horse-battery-staple')).rejects.toThrow(/user\.suspended/);

    await page.getByRole('button', { name: 'Reinstate user' }).click();
    await page
      .getByRole('alertdialog', { name: 'Reinstate Mallory?' })
      .getByRole('button', { name: 'Reinstate' })
      .click();
    await page.getByRole('button', { name: 'Suspend user' }).waitFor();
    expect(await signInAs('mallory', 'correct-horse-battery-staple')).toBe(user.id);

    // A new generated password, shown once; the old one stops working.
    await page.getByRole('button', { name: 'Reset password' }).click();
    const reset = page.getByRole('alertdialog', { name: 'Give Mallory a new password?' });
    await reset.getByRole('button', { name: 'Generate new password' }).click();
    const shown = page.getByRole('region', { name: 'New password' });
    const password = await shown.getByRole('textbox', { name: 'Password' }).inputValue();
    expect(password).toHaveLength(16);
    await expect(signInAs('mallory', 'correct-horse-battery-staple')).rejects.toThrow(/session\.invalid_credentials/);
    expect(await signInAs('mallory', password)).toBe(user.id);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.content()).not.toContain(password);

    await page.getByRole('button', { name: 'Delete user' }).click();
    const remove = page.getByRole('alertdialog', { name: 'Delete Mallory?' });
    const said = await remove.textContent();
    for (const loss of ['The profile', 'two-step verification factors', 'organization memberships', 'cannot be undone'])
      expect(said).toContain(loss);
    await remove.getByRole('button', { name: 'Delete user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect((await api.get(`/users/${user.id}`)).status).toBe(404);
    expect(cspReports).toEqual([]);
    await context.close();
  }, 40_000);

  it('creates a user by keyboard alone', async () => {
    const { context, page, cspReports } = await open(admin, '/console/users');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    /** Tab until the focused control is named `name` (its label, or a button's text). */
    const tabTo = async (name: string) => {
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement | null;
          return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
        });
      for (let presses = 0; presses < 30 && (await focused()) !== name; presses++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(name);
    };
    await tabTo('Create user');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Create a user' }).waitFor();
    await tabTo('Username');
    await page.keyboard.type('keyboard_kim');
    await tabTo('Name');
    await page.keyboard.type('Kim by Keyboard');
    await tabTo('Create');
    await page.keyboard.press('Enter');
    const created = page.getByRole('dialog', { name: 'User created' });
    await created.waitFor();
    // Focus moved to the result, so the keyboard continues from there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('User created');
    const password = await created.getByRole('textbox', { name: 'Password' }).inputValue();
    await tabTo('Done');
    await page.keyboard.press('Enter');
    await created.waitFor({ state: 'detached' });
    const [kim] = (await api.get('/users?search=keyboard_kim')).body;
    expect(kim).toMatchObject({ username: 'keyboard_kim', name: 'Kim by Keyboard' });
    expect(await signInAs('keyboard_kim', password)).toBe(kim.id);
    expect(cspReports).toEqual([]);
    await context.close();
  }, 40_000);

  it("shows a Viewer the users with every write control disabled, saying why, and the API refuses the Viewer's writes", async () => {
    const user = await createUser(server, { username: 'viewed', name: 'Viewed User' });
    const { context, page, cspReports } = await open(viewer, '/console/users');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const reason = 'Your role (Viewer) can view but not change this.';
    const create = page.getByRole('button', { name: 'Create user' });
    expect(await create.isDisabled()).toBe(true);
    expect(await descriptionOf(create)).toBe(reason);
    await page.getByRole('grid', { name: 'Users' }).getByRole('link', { name: 'Viewed User' }).waitFor();

    await page.goto(`${server.url}/console/users/${user.id}`);
    await page.getByRole('heading', { level: 1, name: 'Viewed User' }).waitFor();
    // Each tab's write controls, then the account actions under the tabs.
    const sections: Array<[string, string[]]> = [
      ['Details', ['Save profile', 'Save custom data']],
      ['Organizations', ['Add to organization']],
      ['Roles', ['Assign role']],
    ];
    for (const [tab, names] of sections) {
      await page.getByRole('tab', { name: tab }).click();
      if (tab === 'Details') {
        expect(await page.getByRole('textbox', { name: 'Name', exact: true }).getAttribute('readonly')).not.toBeNull();
        expect(await page.getByRole('textbox', { name: 'Custom data (JSON)' }).getAttribute('readonly')).not.toBeNull();
      }
      for (const name of [...names, 'Suspend user', 'Reset password', 'Delete user']) {
        const button = page.getByRole('button', { name, exact: true });
        expect(await button.isDisabled(), name).toBe(true);
        expect(await descriptionOf(button), name).toBe(reason);
      }
    }
    expect(await page.getByRole('combobox', { name: 'Role to assign' }).isDisabled()).toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);

    // On a phone the page keeps its width (wide tables scroll inside), and it reads in Chinese too.
    await page.setViewportSize({ width: 390, height: 844 });
    const widths = () => page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(await widths()).toEqual([390, 390]);
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await page.getByRole('heading', { level: 2, name: '角色' }).waitFor();
    expect(await descriptionOf(page.getByRole('button', { name: '删除用户' }))).toBe(
      '你的角色（查看者）可以查看，但不能修改此项。',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The API decides anyway: a Viewer's console token reads users but cannot write them.
    const asViewer = await adminApi(server, { username: viewer.username, password: consolePassword });
    expect((await asViewer.get(`/users/${user.id}`)).status).toBe(200);
    expect((await asViewer.post('/users', { username: 'sneaky' })).status).toBe(403);
    expect((await asViewer.patch(`/users/${user.id}/is-suspended`, { isSuspended: true })).status).toBe(403);
    expect(cspReports).toEqual([]);
    await context.close();
  }, 40_000);
});
