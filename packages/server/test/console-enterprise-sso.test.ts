import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OidcFake, oidcClient, startOidcFake } from './fakes/oidc-provider-fake.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

/**
 * The console's Enterprise SSO area: add a connector, set up its connection with the redirect
 * URI shown to copy (a bad issuer refused next to its field), its email domains (a public one
 * refused next to the field), then delete it; a Viewer cannot add one.
 */
describe.skipIf(dialect === 'postgres')('browser: the console Enterprise SSO area', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let idp: OidcFake;
  let admin: Administrator;
  let viewer: Administrator;
  let api: ManagementApi;

  beforeAll(async () => {
    [server, chromium, idp] = await Promise.all([startTestServer(), launchChromium(), startOidcFake()]);
    [admin, viewer, api] = await Promise.all([
      signInToConsole(chromium, server, 'admin'),
      signInToConsole(chromium, server, 'viewer'),
      managementApi(server),
    ]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop(), idp?.close()]);
  });

  it('adds an Okta connector, sets up its connection and domains, and deletes it', async () => {
    const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/enterprise-sso');
    await page.getByRole('heading', { level: 1, name: 'Enterprise SSO' }).waitFor();
    await page.getByText('No enterprise connector yet.').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add enterprise connector' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an enterprise connector' });
    await dialog.getByRole('button', { name: /Identity provider/ }).click();
    await page.getByRole('option', { name: 'Okta' }).click();
    await dialog.getByRole('textbox', { name: 'Connector name' }).fill('Acme Okta');
    await dialog.getByRole('button', { name: 'Add enterprise connector' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Okta' }).waitFor();
    const [created] = (await api.get('/sso-connectors')).body;
    expect(created).toMatchObject({ providerName: 'Okta', connectorName: 'Acme Okta' });

    // The redirect URI to give the provider, to read and copy.
    const redirectUri = page.getByRole('textbox', { name: 'Redirect URI' });
    expect(await redirectUri.inputValue()).toBe(`${server.url}/callback/sso/${created.id}`);
    await page.getByRole('button', { name: 'Copy the redirect URI' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    const issuer = page.getByRole('textbox', { name: 'Issuer URL' });
    await issuer.fill('http://127.0.0.1:1/nowhere');
    await page.getByRole('textbox', { name: 'Client ID' }).fill(oidcClient.clientId);
    await page.getByLabel('Client secret').fill(oidcClient.clientSecret);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => issuer.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await descriptionOf(issuer)).toContain('could not be reached');
    await issuer.fill(idp.url);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('What the provider answered').waitFor();
    const saved = (await api.get(`/sso-connectors/${created.id}`)).body;
    expect(saved.config).toMatchObject({ issuer: idp.url, clientId: oidcClient.clientId, clientSecret: '********' });
    expect(saved.providerConfig.authorizationEndpoint).toBe(`${idp.url}/authorize`);

    // Test connection: a real sign-in at the provider, whose answer the console shows.
    idp.signedIn.user = { sub: 'okta-ada', name: 'Ada Lovelace', email: 'ada@acme.test', email_verified: true };
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Test sign-in' }).waitFor();
    await page.getByText('The provider signed in okta-ada').waitFor();
    expect(await page.locator('pre code').textContent()).toContain('"email": "ada@acme.test"');
    expect(await axeLightAndDark(page)).toEqual([]);
    expect((await api.get('/users?search=ada%40acme.test')).body).toEqual([]);
    await page.getByRole('link', { name: 'Back to the connector' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Okta' }).waitFor();

    await page.getByRole('tab', { name: 'Experience' }).click();
    const domains = page.getByRole('textbox', { name: 'Email domains' });
    await domains.fill('gmail.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => domains.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await descriptionOf(domains)).toContain('Public email domains');
    await domains.fill('acme.test, acme-labs.test');
    const sync = page.getByRole('checkbox', { name: /Update name and picture/ });
    await sync.focus();
    await page.keyboard.press('Space');
    expect(await sync.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await api.get(`/sso-connectors/${created.id}`)).body, { timeout: 15_000 })
      .toMatchObject({ domains: ['acme.test', 'acme-labs.test'], syncProfile: true });
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete connector' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Enterprise SSO' }).waitFor();
    expect((await api.get('/sso-connectors')).body).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it("picks an organization's enterprise connectors for just-in-time provisioning", async () => {
    const connector = (await api.post('/sso-connectors', { providerName: 'Okta', connectorName: 'Initech Okta' })).body;
    const organization = (await api.post('/organizations', { name: 'Initech' })).body;
    const { context, page, cspReports } = await openConsoleAs(
      chromium,
      server,
      admin,
      `/console/organizations/${organization.id}`,
    );
    await page.getByRole('tab', { name: 'Just-in-time provisioning' }).click();
    const section = page.getByRole('region', { name: 'Enterprise SSO' });
    const box = section.getByRole('checkbox', { name: 'Initech Okta' });
    await box.focus();
    await page.keyboard.press('Space');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await api.get(`/organizations/${organization.id}/jit/sso-connectors`)).body, {
        timeout: 15_000,
      })
      .toEqual([expect.objectContaining({ id: connector.id })]);
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('shows a Viewer the connectors without a way to add one', async () => {
    await api.post('/sso-connectors', { providerName: 'OIDC', connectorName: 'Viewer sees this' });
    const { context, page } = await openConsoleAs(chromium, server, viewer, '/console/enterprise-sso');
    await page.getByRole('link', { name: 'Viewer sees this' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add enterprise connector' }).isDisabled()).toBe(true);
    await context.close();
  });
});
