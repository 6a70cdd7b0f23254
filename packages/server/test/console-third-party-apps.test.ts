import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

describe.skipIf(dialect === 'postgres')('browser: third-party applications in the console', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: Administrator;
  let api: ManagementApi;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [admin, api] = await Promise.all([signInToConsole(chromium, server, 'admin'), managementApi(server)]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  it('creates a third-party app, sets what users consent to, its branding and a user’s shared organizations', async () => {
    // An API permission, a user and an organization the user belongs to, to consent with.
    const resource = (await api.post('/resources', { name: 'Orders API', indicator: 'https://orders.example' })).body;
    const scope = (await api.post(`/resources/${resource.id}/scopes`, { name: 'read:orders' })).body;
    const user = (await api.post('/users', { username: 'dana', name: 'Dana Reyes' })).body;
    const org = (await api.post('/organizations', { name: 'Acme' })).body;
    expect((await api.post(`/organizations/${org.id}/users`, { userIds: [user.id] })).status).toBe(201);

    const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/applications');
    await page.getByRole('button', { name: 'Create application', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Create an application' });
    await form.getByRole('radio', { name: 'Express', exact: true }).locator('xpath=ancestor::label[1]').click();
    await form.getByRole('textbox', { name: 'Application name' }).fill('Partner portal');
    // Keyboard: the switch is reached and turned on with Space.
    await form.getByRole('switch', { name: 'Third-party app' }).focus();
    await page.keyboard.press('Space');
    expect(await form.getByRole('switch', { name: 'Third-party app' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Create application' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner portal' }).waitFor();
    const appId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect((await api.get(`/applications/${appId}`)).body.isThirdParty).toBe(true);

    // Permissions: user data by checkbox, an API permission seeded then removed after a confirmation.
    expect((await api.post(`/applications/${appId}/user-consent-scopes`, { resourceScopes: [scope.id] })).status).toBe(
      201,
    );
    await page.getByRole('tab', { name: 'Permissions' }).click();
    const permissions = page.getByRole('tabpanel', { name: 'Permissions' });
    await permissions.getByRole('group', { name: 'User data' }).waitFor();
    await permissions.getByRole('checkbox', { name: 'email', exact: true }).locator('xpath=ancestor::label').click();
    await permissions.getByRole('button', { name: 'Save' }).first().click();
    await page.getByText('Permissions saved.').waitFor();
    await expect
      .poll(async () => (await api.get(`/applications/${appId}/user-consent-scopes`)).body.userScopes, {
        timeout: 15_000,
      })
      .toEqual(['email']);
    expect(await axeLightAndDark(page)).toEqual([]);
    await permissions.getByRole('button', { name: 'Remove read:orders' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove read:orders?' });
    await confirm.getByText('Partner portal can no longer ask users for read:orders.').waitFor();
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await api.get(`/applications/${appId}/user-consent-scopes`)).body.resourceScopes).toEqual([]);

    // Branding: a bad colour is said next to its field; a good one is saved with the links.
    await page.getByRole('tab', { name: 'Branding' }).click();
    const branding = page.getByRole('tabpanel', { name: 'Branding' });
    await branding.getByRole('textbox', { name: 'Display name' }).fill('Partner Portal by Acme');
    const color = branding.getByRole('textbox', { name: 'Brand colour', exact: true });
    await color.fill('purple');
    await branding.getByRole('textbox', { name: 'Terms of use URL' }).fill('https://partner.example/terms');
    await branding.getByRole('button', { name: 'Save' }).click();
    await branding.getByText('Enter a hex colour such as #5D34F2.').waitFor();
    expect(await color.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(color)).toContain('Enter a hex colour such as #5D34F2.');
    expect(await axeLightAndDark(page)).toEqual([]);
    await color.fill('#5d34f2');
    await branding.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Branding saved.').waitFor();
    expect((await api.get(`/applications/${appId}/sign-in-experience`)).body).toMatchObject({
      displayName: 'Partner Portal by Acme',
      color: { primaryColor: '#5d34f2' },
      termsOfUseUrl: 'https://partner.example/terms',
      privacyPolicyUrl: null,
    });

    // Consent organizations: find the user, share their organization, then stop sharing it.
    await page.getByRole('tab', { name: 'Consent organizations' }).click();
    const orgs = page.getByRole('tabpanel', { name: 'Consent organizations' });
    await orgs.getByRole('combobox', { name: 'User' }).fill('dana');
    await page.getByRole('option', { name: /Dana Reyes/ }).click();
    await orgs.getByText('This user shares no organization with this app.').waitFor();
    await orgs.getByRole('combobox', { name: 'Organization of this user' }).fill('Ac');
    await page.getByRole('option', { name: /Acme/ }).click();
    await orgs.getByRole('button', { name: 'Share organization' }).click();
    await orgs.getByRole('button', { name: 'Stop sharing Acme' }).waitFor();
    const shared = await api.get(`/applications/${appId}/users/${user.id}/consent-organizations`);
    expect(shared.body.organizations.map((entry: { id: string }) => entry.id)).toEqual([org.id]);
    expect(await axeLightAndDark(page)).toEqual([]);
    await orgs.getByRole('button', { name: 'Stop sharing Acme' }).click();
    await page.getByRole('alertdialog', { name: 'Stop sharing Acme?' }).getByRole('button', { name: 'Remove' }).click();
    await orgs.getByText('This user shares no organization with this app.').waitFor();
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('shows the Permissions tab in Simplified Chinese', async () => {
    const app = (
      await api.post('/applications', {
        name: 'Partner CN',
        type: 'Traditional',
        isThirdParty: true,
        oidcClientMetadata: { redirectUris: ['https://partner.example/cb'], postLogoutRedirectUris: [] },
      })
    ).body;
    const { context, page } = await openConsoleAs(chromium, server, admin, `/console/applications/${app.id}`);
    await page.getByRole('heading', { level: 1, name: 'Partner CN' }).waitFor();
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await page.getByRole('tab', { name: '权限' }).click();
    await page.getByRole('group', { name: '用户数据' }).waitFor();
    await page.getByRole('tab', { name: '品牌' }).click();
    await page.getByRole('textbox', { name: '显示名称' }).waitFor();
    await context.close();
  });
});
