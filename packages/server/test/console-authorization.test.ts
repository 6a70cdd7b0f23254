import { UserScope } from '@logto/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { recordCspViolations, signInToConsole } from './support/console.js';
import { clientCredentialsToken, managementApi } from './support/management-client.js';
import { createApp, createUser, decodeJwt } from './support/oidc-fixtures.js';
import { callbackUri, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Issue 12, journey (e), through the console only: an API resource with two permissions, a
 * User role granting one of them to a user, an organization role, and an organization with that
 * user as a member; then @logto/node proves the tokens. Also a Viewer's disabled controls, axe in
 * light and dark on every page of the area, and keyboard-only creation.
 */

const indicator = 'https://api.acme.test';
type SignedIn = Awaited<ReturnType<typeof signInToConsole>>;

/** Fills a dialog's text fields by label and submits it with its primary button. */
async function submitDialog(page: Page, title: string, fields: Record<string, string>, submit: string) {
  const dialog = page.getByRole('dialog', { name: title });
  for (const [label, value] of Object.entries(fields)) await dialog.getByRole('textbox', { name: label }).fill(value);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  return dialog;
}

/** Follows a link of the console's navigation. */
async function navTo(page: Page, area: string) {
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: area, exact: true })
    .click();
}

/** Ticks a search picker's option by its name (the label starts with it), clicking its label. */
async function tick(page: Page, name: string) {
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  await checkbox.locator('xpath=ancestor::label').click();
  expect(await checkbox.isChecked()).toBe(true);
}

describe.skipIf(dialect === 'postgres')('browser: the console authorization areas', () => {
  let server: TestServer;
  let chromium: Browser;
  let owner: SignedIn;
  let alice: Awaited<ReturnType<typeof createUser>>;
  let fulfilment: Awaited<ReturnType<TestServer['services']['applications']['create']>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    owner = await signInToConsole(chromium, server, 'owner');
    // The Users page belongs to another area; the proof's user comes from the service.
    alice = await createUser(server, { username: 'alice', name: 'Alice Liddell', primaryEmail: 'alice@acme.test' });
    fulfilment = await server.services.applications.create({ name: 'Fulfilment', type: 'MachineToMachine' });
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  const openConsole = async (storageState: SignedIn['storageState'], path: string) => {
    const context = await chromium.newContext({ storageState });
    const cspReports = await recordCspViolations(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    return { context, page, cspReports };
  };
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  const announced = (page: Page, text: string) => page.getByRole('status').getByText(text).waitFor();

  it('journey (e): an API, a role, an organization template and an organization, then real tokens', async () => {
    const { context, page, cspReports } = await openConsole(owner.storageState, '/console/api-resources');
    await heading(page, 'API resources');
    // The seeded Management API is listed, and marked.
    await page
      .getByRole('row', { name: /Logto Management API/ })
      .getByText('Management API', { exact: true })
      .waitFor();

    // Keyboard only: Tab from the page to "Create API resource", Enter, type, Tab, Enter.
    await page.locator('#main').focus();
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    for (let presses = 0; presses < 10 && (await focusedName()) !== 'Create API resource'; presses++)
      await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Create API resource');
    await page.keyboard.press('Enter');
    const create = page.getByRole('dialog', { name: 'Create an API resource' });
    await create.waitFor();
    await page.keyboard.type('Acme API');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not a uri');
    await page.keyboard.press('Enter');
    // The server's own rule, next to the field, in words.
    const indicatorField = create.getByRole('textbox', { name: 'API identifier' });
    await create.getByText('must be an absolute URI without a fragment').waitFor();
    expect(await indicatorField.getAttribute('aria-invalid')).toBe('true');
    await indicatorField.press('ControlOrMeta+a');
    await page.keyboard.type(indicator);
    await page.keyboard.press('Enter');
    await heading(page, 'Acme API');
    ids.resource = new URL(page.url()).pathname.split('/').at(-1) as string;

    // Token lifetime.
    const ttl = page.getByRole('textbox', { name: 'Access token lifetime (seconds)' });
    await ttl.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a whole number of seconds').waitFor();
    await ttl.fill('7200');
    await page.getByRole('button', { name: 'Save' }).click();
    await announced(page, 'Saved.');

    // Two permissions; a name with a space is refused next to the field.
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('button', { name: 'Create permission' }).click();
    let dialog = await submitDialog(
      page,
      'Create a permission of Acme API',
      { 'Permission name': 'read orders' },
      'Create permission',
    );
    await dialog.getByText('A permission name cannot contain spaces.').waitFor();
    await submitDialog(
      page,
      'Create a permission of Acme API',
      { 'Permission name': 'read:orders', Description: 'Read orders' },
      'Create permission',
    );
    await announced(page, 'Permission read:orders created.');
    await page.getByRole('button', { name: 'Create permission' }).click();
    await submitDialog(
      page,
      'Create a permission of Acme API',
      { 'Permission name': 'write:orders' },
      'Create permission',
    );
    await page.getByRole('row', { name: /write:orders/ }).waitFor();
    await page.getByRole('row', { name: /read:orders/ }).waitFor();

    // A User role granting read:orders, picked from the API's permissions.
    await navTo(page, 'Roles');
    await heading(page, 'Roles');
    await page.getByRole('button', { name: 'Create role' }).click();
    dialog = page.getByRole('dialog', { name: 'Create a role' });
    await dialog.getByRole('textbox', { name: 'Role name' }).fill('Order reader');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Reads orders');
    await dialog.getByRole('button', { name: /API resource/ }).click();
    await page.getByRole('option', { name: 'Acme API' }).click();
    await tick(page, 'read:orders');
    await dialog.getByRole('button', { name: 'Create role', exact: true }).click();
    await heading(page, 'Order reader');
    ids.role = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('row', { name: /read:orders/ }).waitFor();

    // Given to Alice through the user search picker.
    await page.getByRole('tab', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'Assign users' }).click();
    dialog = page.getByRole('dialog', { name: 'Assign Order reader to users' });
    await dialog.getByRole('searchbox', { name: 'Search users' }).fill('alice');
    await tick(page, 'Alice Liddell');
    await dialog.getByRole('button', { name: 'Assign users', exact: true }).click();
    await page.getByRole('row', { name: /Alice Liddell/ }).waitFor();

    // A User role can be a default role: new users get it.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('switch', { name: 'Default role' }).locator('xpath=ancestor::label').click();
    await announced(page, 'New users now get Order reader.');

    // A machine-to-machine role with write:orders, given to an app through the app picker.
    await navTo(page, 'Roles');
    await heading(page, 'Roles');
    await page.getByRole('button', { name: 'Create role' }).click();
    dialog = page.getByRole('dialog', { name: 'Create a role' });
    await dialog.getByRole('textbox', { name: 'Role name' }).fill('Order robot');
    await dialog.getByRole('button', { name: /Type/ }).click();
    await page.getByRole('option', { name: 'Machine-to-machine' }).click();
    await dialog.getByRole('button', { name: /API resource/ }).click();
    await page.getByRole('option', { name: 'Acme API' }).click();
    await tick(page, 'write:orders');
    await dialog.getByRole('button', { name: 'Create role', exact: true }).click();
    await heading(page, 'Order robot');
    await page.getByRole('tab', { name: 'Machine-to-machine apps' }).click();
    await page.getByRole('button', { name: 'Assign applications' }).click();
    dialog = page.getByRole('dialog', { name: 'Assign Order robot to machine-to-machine apps' });
    await dialog.getByRole('searchbox', { name: 'Search applications' }).fill('fulfil');
    await tick(page, 'Fulfilment');
    await dialog.getByRole('button', { name: 'Assign applications', exact: true }).click();
    await page.getByRole('row', { name: /Fulfilment/ }).waitFor();
    // The list filters by type on the server.
    await navTo(page, 'Roles');
    await page.getByRole('button', { name: /Role type/ }).click();
    await page.getByRole('option', { name: 'Machine-to-machine' }).click();
    await page.getByRole('row', { name: /Order robot/ }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Order reader/ }).count()).toBe(0);

    // Organization template: a permission, and a role granting it and write:orders on the API.
    await navTo(page, 'Organization template');
    await heading(page, 'Organization template');
    await page.getByRole('tab', { name: 'Organization permissions' }).click();
    await page.getByRole('button', { name: 'Create permission' }).click();
    await submitDialog(
      page,
      'Create an organization permission',
      { 'Permission name': 'read:members' },
      'Create permission',
    );
    await page.getByRole('row', { name: /read:members/ }).waitFor();
    await page.getByRole('tab', { name: 'Organization roles' }).click();
    await page.getByRole('button', { name: 'Create organization role' }).click();
    dialog = page.getByRole('dialog', { name: 'Create an organization role' });
    await dialog.getByRole('textbox', { name: 'Role name' }).fill('Member');
    await tick(page, 'read:members');
    await tick(page, 'write:orders');
    await dialog.getByRole('button', { name: 'Create organization role', exact: true }).click();
    await page
      .getByRole('row', { name: /Member/ })
      .getByText('write:orders (Acme API)')
      .waitFor();

    // An organization with Alice as a member holding that role.
    await navTo(page, 'Organizations');
    await heading(page, 'Organizations');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await submitDialog(page, 'Create an organization', { 'Organization name': 'Acme' }, 'Create organization');
    await heading(page, 'Acme');
    ids.organization = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('button', { name: 'Add members' }).click();
    dialog = page.getByRole('dialog', { name: 'Add members to Acme' });
    await dialog.getByRole('searchbox', { name: 'Search users' }).fill('alice@');
    await tick(page, 'Alice Liddell');
    await tick(page, 'Member');
    await dialog.getByRole('button', { name: 'Add members', exact: true }).click();
    await page
      .getByRole('row', { name: /Alice Liddell/ })
      .getByText('Member')
      .waitFor();

    // An invitation, revoked.
    await page.getByRole('tab', { name: 'Invitations' }).click();
    await page.getByRole('button', { name: 'Invite' }).click();
    await submitDialog(page, 'Invite someone to Acme', { 'Email address': 'bob@acme.test' }, 'Invite');
    await page
      .getByRole('row', { name: /bob@acme.test/ })
      .getByText('Pending')
      .waitFor();
    await page.getByRole('button', { name: 'Revoke the invitation of bob@acme.test' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await page
      .getByRole('row', { name: /bob@acme.test/ })
      .getByText('Revoked')
      .waitFor();

    // Just-in-time: an email domain (a bad one refused in words) and a default role.
    await page.getByRole('tab', { name: 'Just-in-time provisioning' }).click();
    const domain = page.getByRole('textbox', { name: 'Email domain' });
    await domain.fill('not a domain');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText('must be an email domain such as example.com').waitFor();
    await domain.fill('acme.test');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByRole('row', { name: /acme\.test/ }).waitFor();
    await page.getByRole('button', { name: 'Add default roles' }).click();
    dialog = page.getByRole('dialog', { name: 'Add default roles to Acme' });
    // The picker by keyboard: from the search box, Tab to the first match and tick it with Space.
    await dialog.getByRole('searchbox', { name: 'Search organization roles' }).fill('mem');
    await dialog.getByRole('checkbox', { name: /^Member/ }).waitFor();
    const memberBox = dialog.getByRole('checkbox', { name: /^Member/ });
    for (
      let presses = 0;
      presses < 3 && !(await memberBox.evaluate((box) => box === document.activeElement));
      presses++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await memberBox.isChecked()).toBe(true);
    await dialog.getByRole('region', { name: 'Chosen: 1' }).getByText('Member').waitFor();
    await dialog.getByRole('button', { name: 'Add default roles', exact: true }).click();
    await page
      .getByRole('region', { name: 'Default organization roles' })
      .getByRole('row', { name: /Member/ })
      .waitFor();
    expect(cspReports).toEqual([]);
    await context.close();

    // The API holds what the console showed.
    const admin = await managementApi(server);
    expect((await admin.get(`/resources/${ids.resource}`)).body).toMatchObject({ indicator, accessTokenTtl: 7200 });
    expect((await admin.get(`/organizations/${ids.organization}/jit/email-domains`)).body).toEqual([
      { organizationId: ids.organization, emailDomain: 'acme.test' },
    ]);
    expect((await admin.get(`/roles/${ids.role}`)).body.isDefault).toBe(true);
    const [invitation] = (await admin.get(`/organization-invitations?organizationId=${ids.organization}`)).body;
    expect(invitation).toMatchObject({ invitee: 'bob@acme.test', status: 'Revoked' });

    // A real client: Alice's API token holds exactly read:orders; inside Acme, the organization
    // role's permissions: read:members in the organization token, write:orders for the API.
    const app = await createApp(server, 'Traditional', [callbackUri]);
    const { client } = await signedInSdk(
      server,
      {
        endpoint: server.url,
        appId: app.id,
        appSecret: app.secret,
        resources: [indicator],
        scopes: [UserScope.Organizations, 'read:orders', 'write:orders', 'read:members'],
      },
      alice.username as string,
    );
    const apiToken = decodeJwt(await client.getAccessToken(indicator));
    expect(apiToken).toMatchObject({ aud: indicator, sub: alice.id, scope: 'read:orders' });
    expect(apiToken.exp - apiToken.iat).toBe(7200);
    const organizationToken = decodeJwt(await client.getOrganizationToken(ids.organization as string));
    expect(organizationToken).toMatchObject({
      aud: `urn:logto:organization:${ids.organization}`,
      sub: alice.id,
      scope: 'read:members',
    });
    const inOrganization = decodeJwt(await client.getAccessToken(indicator, ids.organization));
    expect(inOrganization).toMatchObject({ aud: indicator, scope: 'write:orders', organization_id: ids.organization });

    // The machine-to-machine app gets write:orders, and only that, by client credentials.
    const machine = await clientCredentialsToken(
      server,
      { clientId: fulfilment.id, clientSecret: fulfilment.secret as string },
      { resource: indicator, scope: 'read:orders write:orders' },
    );
    expect(machine.status).toBe(200);
    expect(decodeJwt(machine.body.access_token)).toMatchObject({ aud: indicator, scope: 'write:orders' });
  }, 90_000);

  it('passes axe in light and dark on every page of the area, and shows the Management API read-only', async () => {
    expect(Object.keys(ids).sort()).toEqual(['organization', 'resource', 'role']);
    const { context, page, cspReports } = await openConsole(owner.storageState, '/console/api-resources');
    const management = (await managementApi(server).then((admin) => admin.get('/resources'))).body.find(
      (resource: { indicator: string }) => resource.indicator === server.config.managementApiIndicator,
    );
    const pages: Array<[string, string, (page: Page) => Promise<void>]> = [
      ['/console/api-resources', 'API resources', async () => {}],
      [
        '/console/api-resources/:resource',
        'Acme API',
        (page) => page.getByRole('tab', { name: 'Permissions' }).click(),
      ],
      ['/console/roles', 'Roles', (page) => page.getByRole('button', { name: 'Create role' }).click()],
      ['/console/roles/:role', 'Order reader', (page) => page.getByRole('tab', { name: 'Users' }).click()],
      ['/console/organization-template', 'Organization template', async () => {}],
      ['/console/organizations', 'Organizations', async () => {}],
      [
        '/console/organizations/:organization',
        'Acme',
        (page) => page.getByRole('tab', { name: 'Just-in-time provisioning' }).click(),
      ],
    ];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const [path, title, open] of pages) {
        await page.goto(`${server.url}${path.replace(/:(\w+)/, (_, name: string) => ids[name] as string)}`);
        await heading(page, title);
        await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 10_000 }).toBe(0);
        expect(await seriousAxeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        // A second state of the page: another tab, or a form dialog with its pickers.
        await open(page);
        await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 10_000 }).toBe(0);
        expect(await seriousAxeViolations(page), `${path}, second view (${colorScheme})`).toEqual([]);
        if (process.env.TESSERA_SCREENSHOTS === '1')
          await page.screenshot({
            path: `/tmp/authz-${path.split('/').slice(2).join('-')}-${colorScheme}.png`,
            fullPage: true,
          });
      }
    }

    // The Management API: the reason at the top, every write control disabled and saying why.
    await page.goto(`${server.url}/console/api-resources/${management.id}`);
    await heading(page, 'Logto Management API');
    await page.getByText('This is the Management API that Tessera is administered through.').waitFor();
    const locked = async (name: string, role: 'button' | 'switch' = 'button') => {
      const control = page.getByRole(role, { name, exact: true });
      expect(await control.isDisabled(), name).toBe(true);
      const reasonId = (await control.getAttribute('aria-describedby'))?.split(' ').at(-1);
      expect(await page.locator(`[id="${reasonId}"]`).textContent()).toBe('The Management API cannot be changed.');
    };
    await locked('Save');
    await locked('Default API', 'switch');
    await locked('Delete API resource');
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await locked('Create permission');
    await locked('Delete all');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // On a phone, in Simplified Chinese: nothing wider than the screen; tables scroll in their box.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.evaluate(() => localStorage.setItem('tessera.console.language', 'zh-CN'));
    await page.goto(`${server.url}/console/organizations/${ids.organization}`);
    await heading(page, 'Acme');
    await page.getByRole('tab', { name: '即时开通' }).click();
    await page.getByRole('heading', { name: '默认组织角色' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (process.env.TESSERA_SCREENSHOTS === '1')
      await page.screenshot({ path: '/tmp/authz-phone-zh.png', fullPage: true });
    expect(cspReports).toEqual([]);
    await context.close();
  }, 150_000);

  it('shows a Viewer every write control disabled, with the reason', async () => {
    const viewer = await signInToConsole(chromium, server, 'viewer');
    const reason = 'Your role (Viewer) can view but not change this.';
    const { context, page, cspReports } = await openConsole(viewer.storageState, '/console/api-resources');
    const disabledWithReason = async (name: string, role: 'button' | 'switch' = 'button') => {
      const control = page.getByRole(role, { name, exact: true });
      await expect.poll(() => control.getAttribute('aria-describedby'), { timeout: 10_000 }).toBeTruthy();
      expect(await control.isDisabled(), name).toBe(true);
      const described = await control.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described?.split(' ').at(-1)}"]`).textContent()).toBe(reason);
    };
    await heading(page, 'API resources');
    await disabledWithReason('Create API resource');
    await page.goto(`${server.url}/console/api-resources/${ids.resource}`);
    await heading(page, 'Acme API');
    await disabledWithReason('Save');
    await disabledWithReason('Default API', 'switch');
    await disabledWithReason('Delete API resource');
    expect(await page.getByRole('textbox', { name: 'API name' }).getAttribute('readonly')).not.toBeNull();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await disabledWithReason('Create permission');
    await disabledWithReason('Delete read:orders');

    await page.goto(`${server.url}/console/roles/${ids.role}`);
    await heading(page, 'Order reader');
    await disabledWithReason('Assign permissions');
    await disabledWithReason('Remove read:orders');
    await page.getByRole('tab', { name: 'Users' }).click();
    await disabledWithReason('Assign users');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await disabledWithReason('Default role', 'switch');
    await disabledWithReason('Delete role');

    await page.goto(`${server.url}/console/organization-template`);
    await heading(page, 'Organization template');
    await disabledWithReason('Create organization role');
    await disabledWithReason('Edit Member');

    await page.goto(`${server.url}/console/organizations/${ids.organization}`);
    await heading(page, 'Acme');
    await disabledWithReason('Add members');
    await disabledWithReason('Edit roles of Alice Liddell');
    await disabledWithReason('Remove Alice Liddell');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await disabledWithReason('Delete organization');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
  }, 45_000);
});
