import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { openHostedSignIn } from './support/browser-sign-in.js';
import { recordCspViolations } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { clientConfig } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { appCallback } from './support/social-sign-in.js';

type Json = Record<string, any>;
const realmHeading = 'rgb(120, 0, 0)';
const partnerHeading = 'rgb(0, 100, 0)';
const acmeHeading = 'rgb(0, 0, 160)';
const acmeLogo = 'https://acme.example.test/logo.png';

/**
 * Logto's sign-in experience overrides on the hosted pages, in Chromium: the realm's custom CSS,
 * an application's own custom CSS (on its pages only), and an organization's look named by
 * `organization_id` in the authorization request (its logo, colour and custom CSS), all served
 * as stylesheets of the server's own origin under the strict CSP.
 */
describe.skipIf(dialect === 'postgres')('sign-in pages: app and organization branding', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let api: ManagementApi;
  let page: Page;
  let cspReports: string[];
  let partner: oidc.Configuration;
  let plain: oidc.Configuration;
  let acme: Json;

  const ok = async (answer: Promise<{ status: number; body: Json }>) => {
    const { status, body } = await answer;
    expect(status, JSON.stringify(body)).toBeLessThan(300);
    return body;
  };
  async function newApp(name: string, isThirdParty: boolean) {
    const app = await ok(
      api.post('/applications', {
        name,
        type: 'Traditional',
        isThirdParty,
        oidcClientMetadata: { redirectUris: [appCallback], postLogoutRedirectUris: [] },
      }),
    );
    const secret = (await ok(api.get(`/applications/${app.id}/secrets`)))[0].value;
    return { app, config: await clientConfig(server, app.id, secret) };
  }

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    api = await managementApi(server);
    await ok(
      // The default sign-in methods (username and password) stay.
      api.patch('/sign-in-exp', {
        color: { primaryColor: '#5D34F2', isDarkModeEnabled: false, darkPrimaryColor: '#A796FF' },
        customCss: `h1 { color: ${realmHeading}; }`,
      }),
    );
    const partnerApp = await newApp('partner-app', true);
    partner = partnerApp.config;
    await ok(
      api.put(`/applications/${partnerApp.app.id}/sign-in-experience`, {
        customCss: `h1 { color: ${partnerHeading}; }`,
      }),
    );
    plain = (await newApp('plain-app', false)).config;
    acme = await ok(
      api.post('/organizations', {
        name: 'Acme',
        color: { primaryColor: '#0a7d33' },
        branding: { logoUrl: acmeLogo },
        customCss: `h1 { color: ${acmeHeading}; }`,
      }),
    );
  });
  afterEach(async () => {
    // The custom CSS comes as a stylesheet: the strict CSP refuses nothing.
    expect(cspReports).toEqual([]);
    await page?.context().close();
  });
  afterAll(() => Promise.all([chromium?.close(), server?.stop()]));

  async function open(config: oidc.Configuration, params: Record<string, string> = {}) {
    const context = await chromium.newContext({ colorScheme: 'light', locale: 'en-US' });
    cspReports = await recordCspViolations(context);
    page = await context.newPage();
    // A third-party app asks for no more than `openid` here (its user consent scopes are empty).
    await openHostedSignIn(page, config, { scope: 'openid', ...params });
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  }
  const headingColor = () =>
    page.getByRole('heading', { level: 1 }).evaluate((element) => getComputedStyle(element).color);

  it('applies an application’s custom CSS on its own sign-in page and not on another app’s', async () => {
    await open(partner);
    await expect.poll(headingColor, { timeout: 15_000 }).toBe(partnerHeading);
    await page.context().close();

    await open(plain);
    await expect.poll(headingColor, { timeout: 15_000 }).toBe(realmHeading);
  });

  it('shows the organization’s logo, colour and custom CSS when the request names organization_id', async () => {
    // The organization's custom CSS wins over the application's, as in Logto.
    await open(partner, { organization_id: acme.id });
    await expect.poll(headingColor, { timeout: 15_000 }).toBe(acmeHeading);
    await expect.poll(() => page.locator('#logo').getAttribute('src'), { timeout: 15_000 }).toBe(acmeLogo);
    const submitBackground = () =>
      page.getByRole('button', { name: 'Sign in' }).evaluate((element) => getComputedStyle(element).backgroundColor);
    await expect.poll(submitBackground, { timeout: 15_000 }).toBe('rgb(10, 125, 51)');
    await page.context().close();

    // An id no organization has changes nothing.
    await open(plain, { organization_id: 'no-such-organization' });
    await expect.poll(headingColor, { timeout: 15_000 }).toBe(realmHeading);
    expect(await page.locator('#logo-picture').isHidden()).toBe(true);
  });
});
