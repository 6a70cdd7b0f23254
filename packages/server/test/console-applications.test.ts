import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark, seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, signInToConsole } from './support/console.js';
import { createAppThroughConsole } from './support/console-applications.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import {
  assignRole,
  authorizationRequest,
  clientConfig,
  createApiResource,
  createUser,
  password,
  redeemCode,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

/** The text of the `<dd>` after the `<dt>` named `term`, inside `scope`. */
const factOf = (page: Page, scope: string, term: string) =>
  page.locator(`${scope} dt:text-is("${term}") + dd code`).first().textContent();

describe.skipIf(dialect === 'postgres')('browser: the console Applications area', { timeout: 120_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: Administrator;
  let viewer: Administrator;
  let managementClient: ManagementApi | undefined;
  /** Made on first use: its machine-to-machine app would otherwise fill the first test's empty list. */
  const mgmt = async () => {
    managementClient ??= await managementApi(server);
    return managementClient;
  };

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [admin, viewer] = await Promise.all([
      signInToConsole(chromium, server, 'admin'),
      signInToConsole(chromium, server, 'viewer'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  const open = (as: Administrator, path: string) => openConsoleAs(chromium, server, as, path);

  const stored = async (id: string) => (await (await mgmt()).get(`/applications/${id}`)).body;

  it('creates apps by framework with the guide’s redirect URIs; search, type filter and pages come from the server', async () => {
    const { context, page, cspReports } = await open(admin, '/console/applications');
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    // No app yet: the page invites the first one.
    await page.getByText('No application yet.').waitFor();
    await page.getByRole('button', { name: 'Create your first application' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.getByRole('button', { name: 'Create application', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Create an application' });
    // Every framework is a named choice, with its type.
    for (const framework of ['Flutter', 'Chrome extension', 'Next.js (Auth.js)', 'Python (Flask)', 'React', 'Express'])
      await form.getByRole('radio', { name: framework, exact: true }).waitFor();
    await form.getByRole('radio', { name: 'React', exact: true }).locator('xpath=ancestor::label[1]').click();
    expect(await form.getByRole('textbox', { name: 'Redirect URI' }).inputValue()).toBe(
      'http://localhost:5173/callback',
    );
    // The name is required, said next to it.
    await form.getByRole('button', { name: 'Create application' }).click();
    const nameField = form.getByRole('textbox', { name: 'Application name' });
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Required.').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();

    const react = await createAppThroughConsole(page, { framework: 'React', name: 'Storefront' });
    await page.getByRole('heading', { name: 'Integration guide: React' }).waitFor();
    expect(await stored(react)).toMatchObject({
      type: 'SPA',
      customData: { tesseraFramework: 'react' },
      oidcClientMetadata: {
        redirectUris: ['http://localhost:5173/callback'],
        postLogoutRedirectUris: ['http://localhost:5173/'],
      },
    });

    // Flutter: the custom-scheme redirect made from the App ID, once the app has one.
    const flutter = await createAppThroughConsole(page, { framework: 'Flutter', name: 'Mobile' });
    await page.getByRole('heading', { name: 'Integration guide: Flutter' }).waitFor();
    const scheme = `io.tessera.${flutter.toLowerCase()}`;
    expect(await stored(flutter)).toMatchObject({
      type: 'Native',
      customData: { tesseraFramework: 'flutter' },
      oidcClientMetadata: {
        redirectUris: [`${scheme}://callback`],
        postLogoutRedirectUris: [`${scheme}://signed-out`],
      },
    });
    // Nothing left to add: the guide's URIs are registered.
    expect(await page.getByRole('heading', { name: 'Add to the app first' }).count()).toBe(0);

    const flask = await createAppThroughConsole(page, {
      framework: 'Python (Flask)',
      name: 'Flask site',
      redirectUri: 'https://flask.example.com/callback',
    });
    expect(await stored(flask)).toMatchObject({
      type: 'Traditional',
      customData: { tesseraFramework: 'python-flask' },
      oidcClientMetadata: { redirectUris: ['https://flask.example.com/callback'] },
    });
    const m2m = await createAppThroughConsole(page, { framework: 'Machine-to-machine', name: 'Nightly job' });
    expect(await stored(m2m)).toMatchObject({
      type: 'MachineToMachine',
      customData: { tesseraFramework: 'machine-to-machine' },
    });

    // More than a page of apps.
    for (let n = 0; n < 20; n++)
      await server.services.applications.create({ name: `Batch app ${String(n).padStart(2, '0')}`, type: 'SPA' });
    await page.goto(`${server.url}/console/applications`);
    const table = page.getByRole('grid', { name: 'Applications' });
    const pagination = page.getByRole('navigation', { name: 'Pages of Applications' });
    await pagination.getByText('Page 1 of 2').waitFor();
    // 4 made here, 20 in a batch, and the test's own machine-to-machine client.
    expect(await pagination.textContent()).toContain('25 in total');
    expect(await table.getByRole('row').count()).toBe(21);
    await pagination.getByRole('button', { name: 'Next page' }).click();
    await pagination.getByText('Page 2 of 2').waitFor();
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(6);
    expect(await axeLightAndDark(page)).toEqual([]);

    // Search on the server, back to page 1.
    const search = page.getByRole('searchbox', { name: 'Search applications' });
    await search.fill('Batch app 1');
    await pagination.getByText('Page 1 of 1').waitFor();
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(11);
    await search.fill('Mobile');
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(2);
    // The row: name linking to the app, type, App ID.
    const row = table.getByRole('row').nth(1);
    expect(await row.textContent()).toContain('Native');
    expect(await row.textContent()).toContain(flutter);
    await search.fill('');

    // The type filter.
    await page.getByRole('button', { name: /Application type/ }).click();
    await page.getByRole('option', { name: 'Native' }).click();
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(2);
    expect(await table.getByRole('rowheader').textContent()).toBe('Mobile');
    await page.getByRole('button', { name: /Application type/ }).click();
    await page.getByRole('option', { name: 'Machine-to-machine' }).click();
    await table.getByRole('link', { name: 'Nightly job' }).waitFor();
    expect(await table.getByRole('link', { name: 'Mobile' }).count()).toBe(0);
    await page.getByRole('button', { name: /Application type/ }).click();
    await page.getByRole('option', { name: 'Traditional web' }).click();
    await table.getByRole('link', { name: 'Flask site' }).waitFor();
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(2);
    await table.getByRole('link', { name: 'Flask site' }).click();
    await page.getByRole('heading', { level: 1, name: 'Flask site' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/applications/${flask}`);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('saves settings with errors next to the field, shows the endpoints, adds a secret shown once, and deletes the app', async () => {
    const app = await server.services.applications.create({
      name: 'Billing portal',
      type: 'Traditional',
      customData: { tesseraFramework: 'express' },
      oidcClientMetadata: { redirectUris: ['http://localhost:3000/callback'], postLogoutRedirectUris: [] },
    });
    const { context, page, cspReports } = await open(admin, `/console/applications/${app.id}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('heading', { name: 'Integration guide: Express' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    // The guide's URIs the app lacks, added in one click.
    const lacking = page.getByRole('note').filter({ hasText: 'Add to the app first' });
    expect(await lacking.textContent()).toContain('http://localhost:3000/logto/sign-in-callback');
    await lacking.getByRole('button', { name: 'Add them to the app' }).click();
    await page.getByRole('status').getByText('The guide’s URIs were added to the app.').waitFor();
    await lacking.waitFor({ state: 'detached' });
    expect((await stored(app.id)).oidcClientMetadata).toEqual({
      redirectUris: ['http://localhost:3000/callback', 'http://localhost:3000/logto/sign-in-callback'],
      postLogoutRedirectUris: ['http://localhost:3000'],
    });

    // Settings: an invalid URI is refused next to its field.
    await page.getByRole('tab', { name: 'Settings' }).click();
    // Unsaved changes are not lost by a stray click in the nav.
    const nameField = page.getByRole('textbox', { name: 'Application name' });
    await nameField.fill('Billing portal (draft)');
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Users' }).click();
    const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(await nameField.inputValue()).toBe('Billing portal (draft)');
    await nameField.fill('Billing portal');
    const first = page.getByRole('textbox', { name: 'Redirect URIs 1', exact: true });
    expect(await first.inputValue()).toBe('http://localhost:3000/callback');
    await page.getByRole('button', { name: 'Add to Redirect URIs' }).click();
    const second = page.getByRole('textbox', { name: 'Redirect URIs 3', exact: true });
    await second.fill('not a uri');
    await page.getByRole('button', { name: 'Add to CORS allowed origins' }).click();
    await page.getByRole('textbox', { name: 'CORS allowed origins 1' }).fill('https://billing.example.com');
    const rotate = page.getByRole('checkbox', { name: 'Rotate refresh tokens' });
    expect(await rotate.isChecked()).toBe(true);
    await rotate.locator('xpath=ancestor::label[1]').click();
    expect(await rotate.isChecked()).toBe(false);
    await page.getByRole('textbox', { name: 'Refresh token lifetime (days)' }).fill('30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await second.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await second.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(describedBy).toContain('Enter an absolute URI');
    expect((await stored(app.id)).oidcClientMetadata.redirectUris).toHaveLength(2);
    expect(await axeLightAndDark(page)).toEqual([]);

    await second.fill('https://billing.example.com/callback');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Application saved.').waitFor();
    expect(await stored(app.id)).toMatchObject({
      oidcClientMetadata: {
        redirectUris: [
          'http://localhost:3000/callback',
          'http://localhost:3000/logto/sign-in-callback',
          'https://billing.example.com/callback',
        ],
      },
      customClientMetadata: {
        corsAllowedOrigins: ['https://billing.example.com'],
        rotateRefreshToken: false,
        refreshTokenTtlInDays: 30,
        alwaysIssueRefreshToken: false,
      },
    });

    // Endpoints and credentials: the App ID and the discovery document's endpoints.
    await page.getByRole('tab', { name: 'Endpoints & credentials' }).click();
    await page.getByRole('heading', { name: 'Client secrets' }).waitFor();
    expect(await factOf(page, '.record-tab-panel', 'App ID')).toBe(app.id);
    const discovery = (await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      string
    >;
    expect(await factOf(page, '.record-tab-panel', 'Issuer')).toBe(discovery.issuer);
    expect(await factOf(page, '.record-tab-panel', 'Token endpoint')).toBe(discovery.token_endpoint);
    expect(await factOf(page, '.record-tab-panel', 'JSON Web Key Set')).toBe(discovery.jwks_uri);
    expect(await factOf(page, '.record-tab-panel', 'Userinfo endpoint')).toBe(discovery.userinfo_endpoint);
    expect(await factOf(page, '.record-tab-panel', 'Discovery document')).toBe(
      `${discovery.issuer}/.well-known/openid-configuration`,
    );
    await page.getByRole('button', { name: 'Copy App ID' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(app.id);

    // A secret expiring in 30 days: its value once, then masked.
    const secrets = page.getByRole('grid', { name: 'Client secrets' });
    await expect.poll(() => secrets.getByRole('row').count(), { timeout: 15_000 }).toBe(2);
    await page.getByRole('button', { name: 'Add secret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a client secret' });
    await dialog.getByRole('textbox', { name: 'Secret name' }).fill('ci');
    // A date in the past is refused next to the date field.
    await dialog.getByRole('button', { name: /Expires/ }).click();
    await page.getByRole('option', { name: 'On a date…' }).click();
    const date = dialog.getByRole('textbox', { name: 'Expiry date' });
    await date.fill('2020-01-01');
    await dialog.getByRole('button', { name: 'Add secret' }).click();
    await dialog.getByText('Enter a future date as YYYY-MM-DD.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: /Expires/ }).click();
    await page.getByRole('option', { name: 'In 30 days' }).click();
    await dialog.getByRole('button', { name: 'Add secret' }).click();
    await dialog.getByText('Secret ci added').waitFor();
    expect(await dialog.textContent()).toContain('you won’t see it again');
    const value = await dialog.getByRole('textbox', { name: 'Value' }).inputValue();
    expect(value.length).toBeGreaterThan(16);
    await dialog.getByRole('button', { name: 'Copy Value' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
    expect(await axeLightAndDark(page)).toEqual([]);
    const listed = (await (await mgmt()).get(`/applications/${app.id}/secrets`)).body as Array<{
      name: string;
      value: string;
      expiresAt: number | null;
    }>;
    const ci = listed.find((secret) => secret.name === 'ci');
    expect(ci?.value).toBe(value);
    expect(Math.abs((ci?.expiresAt ?? 0) - (Date.now() + 30 * 86_400_000))).toBeLessThan(120_000);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => secrets.getByRole('row').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.content()).not.toContain(value);
    await page.reload();
    await page.getByRole('tab', { name: 'Endpoints & credentials' }).click();
    const ciRow = page.getByRole('grid', { name: 'Client secrets' }).getByRole('row').filter({ hasText: 'ci' }).first();
    await ciRow.getByText(`Hidden, ends in ${value.slice(-4)}`).waitFor();
    expect(await page.content()).not.toContain(value);

    // Deleting it asks first.
    await page.getByRole('button', { name: 'Delete ci' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete the secret ci?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByText('Secret ci deleted.').waitFor();
    const after = (await (await mgmt()).get(`/applications/${app.id}/secrets`)).body as Array<{ name: string }>;
    expect(after.map((secret) => secret.name)).not.toContain('ci');

    // Deleting the app says what is lost and names it.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Delete application' }).click();
    const deletion = page.getByRole('alertdialog', { name: 'Delete the application Billing portal?' });
    expect(await deletion.textContent()).toContain('Users can no longer sign in to Billing portal');
    await deletion.getByRole('button', { name: 'Delete Billing portal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    expect((await (await mgmt()).get(`/applications/${app.id}`)).status).toBe(404);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('tests sign-in: adds the test callback in one click, signs in in a popup and shows the claims', async () => {
    const user = await createUser(server, { name: 'Grace Hopper', primaryEmail: 'grace@example.com' });
    const { context, page, cspReports } = await open(admin, '/console/applications');
    const appId = await createAppThroughConsole(page, { framework: 'React', name: 'Test me' });
    const callback = `${server.url}/console/sign-in-test/callback`;
    const missing = page.getByRole('note').filter({ hasText: callback });
    await missing.waitFor();
    // Started anyway, the server's refusal is said in words.
    await page.getByRole('button', { name: 'Test sign-in' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'redirect URIs' }).textContent()).toContain(
      `Add ${callback} to the application's redirect URIs`,
    );
    await missing.getByRole('button', { name: 'Add it' }).click();
    await page.getByRole('status').getByText('Test redirect URI added.').waitFor();
    await missing.waitFor({ state: 'detached' });
    expect((await stored(appId)).oidcClientMetadata.redirectUris).toContain(callback);

    const popupOpened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Test sign-in' }).click();
    const popup = await popupOpened;
    await popup.locator('#username').fill(user.username as string);
    await popup.locator('#password').fill(password);
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The window lands on the console's result page, which shows the claims too.
    await popup.waitForURL((url) => url.pathname.startsWith(`/console/applications/${appId}/sign-in-test/`));
    await popup.getByRole('table', { name: 'ID token claims' }).waitFor();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();

    await page.getByText('The sign-in worked.').waitFor();
    const claims = page.getByRole('table', { name: 'ID token claims' });
    const claim = (table: Locator, name: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .getByRole('cell')
        .textContent();
    expect(await claim(claims, 'sub')).toBe(user.id);
    expect(await claim(claims, 'name')).toBe('Grace Hopper');
    expect(await claim(claims, 'aud')).toBe(appId);
    expect(await claim(page.getByRole('table', { name: 'User info' }), 'email')).toBe('grace@example.com');
    expect(await axeLightAndDark(page)).toEqual([]);

    // Again for an API resource: the access token carries only the permission the user's role grants.
    const indicator = 'https://api.acme.test';
    const { roleId } = await createApiResource(server, indicator, ['read:orders', 'write:orders'], ['read:orders']);
    await assignRole(server, { userId: user.id }, roleId);
    await page.reload();
    await page.getByRole('button', { name: /API resource \(optional\)/ }).click();
    await page.getByRole('option', { name: `${indicator} (${indicator})` }).click();
    await page.getByRole('textbox', { name: 'Extra scopes (optional)' }).fill('read:orders write:orders');
    const again = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Test sign-in' }).click();
    const second = await again;
    await second.locator('#username').fill(user.username as string);
    await second.locator('#password').fill(password);
    await second.getByRole('button', { name: 'Sign in', exact: true }).click();
    await second.waitForURL((url) => url.pathname.startsWith(`/console/applications/${appId}/sign-in-test/`));
    await second.close();
    const access = page.getByRole('table', { name: 'Access token claims' });
    await access.waitFor();
    expect(await claim(access, 'aud')).toBe(indicator);
    expect(await claim(access, 'scope')).toBe('read:orders');
    expect(await claim(access, 'sub')).toBe(user.id);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('shows a Viewer every write control disabled, with the reason, and no secret', async () => {
    const app = await server.services.applications.create({
      name: 'Read only',
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: ['http://localhost:3000/callback'], postLogoutRedirectUris: [] },
    });
    const { context, page, cspReports } = await open(viewer, '/console/applications');
    const create = page.getByRole('button', { name: 'Create application', exact: true });
    await create.waitFor();
    expect(await create.isDisabled()).toBe(true);
    expect(await page.locator('.with-reason .reason').first().textContent()).toContain('Viewer');

    await page.goto(`${server.url}/console/applications/${app.id}`);
    await page.getByRole('heading', { name: 'Integration guide: Traditional web app (any framework)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Test sign-in' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add it' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add them to the app' }).isDisabled()).toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await page.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Delete application' }).isDisabled()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Application name' }).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: /^Add to / }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Endpoints & credentials' }).click();
    await page.getByText('Client secrets are credentials:').waitFor();
    expect(await page.getByRole('button', { name: 'Add secret' }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('speaks Simplified Chinese on the list and an app’s page', async () => {
    const app = await server.services.applications.create({ name: '商城', type: 'SPA' });
    const context = await chromium.newContext({ storageState: admin.storageState, locale: 'zh-CN' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${server.url}/console/applications`);
    await page.getByRole('heading', { level: 1, name: '应用' }).waitFor();
    await page.getByRole('button', { name: '创建应用', exact: true }).waitFor();
    await page.getByRole('searchbox', { name: '搜索应用' }).fill('商城');
    await page.getByRole('grid', { name: '应用' }).getByRole('link', { name: '商城' }).click();
    await page.getByRole('heading', { level: 1, name: '商城' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/applications/${app.id}`);
    for (const tab of ['指南', '设置', '端点与凭据']) await page.getByRole('tab', { name: tab }).waitFor();
    await page.getByRole('heading', { name: '测试登录' }).waitFor();
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('button', { name: '保存更改' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await context.close();
  });

  it('a Chrome extension app: the placeholder redirect is refused, its chromiumapp.org redirect signs a user in', async () => {
    const user = await createUser(server, { name: 'Ext User' });
    const { context, page } = await open(admin, '/console/applications');
    const extensionId = Array.from({ length: 32 }, (_, n) => 'abcdefghijklmnop'[(n * 7) % 16]).join('');
    const redirectUri = `https://${extensionId}.chromiumapp.org/callback`;
    await page.getByRole('button', { name: 'Create application', exact: true }).click();
    // The suggestion holds a placeholder the form refuses until it is replaced.
    const form = page.getByRole('dialog', { name: 'Create an application' });
    await form
      .getByRole('radio', { name: 'Chrome extension', exact: true })
      .locator('xpath=ancestor::label[1]')
      .click();
    expect(await form.getByRole('textbox', { name: 'Redirect URI' }).inputValue()).toBe(
      'https://<extension-id>.chromiumapp.org/callback',
    );
    await form.getByRole('button', { name: 'Cancel' }).click();
    const appId = await createAppThroughConsole(page, {
      framework: 'Chrome extension',
      name: 'My extension',
      redirectUri,
    });
    await context.close();

    // The extension's sign-in, as chrome.identity runs it: PKCE, and the redirect caught before it loads.
    const config = await clientConfig(server, appId);
    const request = await authorizationRequest(config, { redirect_uri: redirectUri, scope: 'openid profile' });
    const browser = await chromium.newContext();
    browser.setDefaultTimeout(15_000);
    const signIn = await browser.newPage();
    let resolveCallback: (url: string) => void = () => {};
    const caught = new Promise<string>((resolve) => {
      resolveCallback = resolve;
    });
    await signIn.route('https://*.chromiumapp.org/**', async (route) => {
      resolveCallback(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'extension callback' });
    });
    await signIn.goto(request.url.toString());
    await signIn.locator('#username').fill(user.username as string);
    await signIn.locator('#password').fill(password);
    await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
    const callbackUrl = new URL(await caught);
    expect(callbackUrl.origin).toBe(`https://${extensionId}.chromiumapp.org`);
    const tokens = await redeemCode(config, request, callbackUrl);
    const claims = tokens.claims();
    expect(claims?.aud).toBe(appId);
    expect(claims?.sub).toBe(user.id);
    await browser.close();
  });
  it('creates an app by keyboard alone: Tab to the button, arrows to pick the framework, Enter to create', async () => {
    const { context, page, cspReports } = await open(admin, '/console/applications');
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    const focusedName = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim();
      });
    const tabTo = async (name: string, key = 'Tab') => {
      for (let presses = 0; presses < 40 && (await focusedName()) !== name; presses++) await page.keyboard.press(key);
      expect(await focusedName()).toBe(name);
    };
    await tabTo('Create application');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create an application' });
    await dialog.waitFor();
    // The name field takes focus first; the framework list is one Shift+Tab stop, moved with arrows.
    await page.keyboard.type('Keyboard shop');
    await page.keyboard.press('Shift+Tab');
    const checked = () => dialog.getByRole('radio', { checked: true }).getAttribute('value');
    // Down the list to React (past the Chrome extension, whose placeholder redirect must be edited first).
    for (let presses = 0; presses < 10 && (await checked()) !== 'react'; presses++)
      await page.keyboard.press('ArrowDown');
    const picked = await checked();
    expect(picked).toBe('react');
    await page.keyboard.press('Tab');
    await tabTo('Create application');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Keyboard shop' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() as string;
    expect((await stored(id)).customData).toMatchObject({ tesseraFramework: picked });
    expect(cspReports).toEqual([]);
    await context.close();
  });
});
