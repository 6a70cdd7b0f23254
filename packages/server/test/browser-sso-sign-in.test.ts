import type * as oidc from 'openid-client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OidcFake, oidcClient, startOidcFake } from './fakes/oidc-provider-fake.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp } from './support/browser-sign-in.js';
import { recordCspViolations } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { appCallback, socialApp } from './support/social-sign-in.js';

/**
 * The hosted sign-in page with enterprise SSO in Chromium: an email of the company's domain,
 * typed and sent with the keyboard, goes straight to the company's provider and comes back
 * signed in (and in the connector's JIT organization); the single sign-on first screen and
 * `direct_sign_in=sso:<id>` work; axe finds nothing serious, the CSP nothing to block.
 */
describe.skipIf(dialect === 'postgres')('enterprise SSO on the hosted sign-in page', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let idp: OidcFake;
  let api: ManagementApi;
  let config: oidc.Configuration;
  let connectorId: string;
  let organizationId: string;
  let context: BrowserContext;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    idp = await startOidcFake();
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const settings = await server.services.signInExperience.update({
      singleSignOnEnabled: true,
      signIn: {
        methods: [
          { identifier: 'email', password: true, verificationCode: false, isPasswordPrimary: true },
          { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
        ],
      },
    });
    expect(settings.singleSignOnEnabled).toBe(true);
    const created = await api.post('/sso-connectors', {
      providerName: 'Okta',
      connectorName: 'Initech Okta',
      config: { issuer: idp.url, ...oidcClient },
      domains: ['initech.test'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    connectorId = created.body.id;
    organizationId = (await api.post('/organizations', { name: 'Initech' })).body.id;
    await api.put(`/organizations/${organizationId}/jit/sso-connectors`, { ssoConnectorIds: [connectorId] });
  });
  afterEach(async () => {
    await context?.close();
    expect(cspViolations).toEqual([]);
    expect(idp.violations).toEqual([]);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    await idp?.close();
  });

  async function open(params: Record<string, string> = {}) {
    context = await chromium.newContext();
    cspViolations = await recordCspViolations(context);
    page = await context.newPage();
    const request = await authorizationRequest(config, {
      redirect_uri: appCallback,
      scope: 'openid profile email',
      ...params,
    });
    return { request, navigated: page.goto(request.url.toString()) };
  }

  it('sends a company email straight to its provider with the keyboard, signs up and provisions the organization', async () => {
    idp.signedIn.user = { sub: 'initech-peter', name: 'Peter Gibbons', email: 'peter@initech.test' };
    const { request, navigated } = await open();
    await navigated;
    const field = page.getByRole('textbox', { name: 'Email or username' });
    await field.waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Single sign-on' }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);
    await field.focus();
    await page.keyboard.type('Peter@Initech.test');
    const atApp = appCallbackRequest(page);
    await page.keyboard.press('Enter');
    const claims = await claimsAtApp(config, request, atApp);
    const members = await api.get(`/organizations/${organizationId}/users`);
    expect(members.body.map((member: { id: string }) => member.id)).toContain(claims.sub);
    expect((await api.get(`/users/${claims.sub}`)).body).toMatchObject({
      primaryEmail: 'peter@initech.test',
      name: 'Peter Gibbons',
    });
  });

  it('opens the single sign-on screen for first_screen=single_sign_on and says when a domain has none', async () => {
    idp.signedIn.user = { sub: 'initech-peter', name: 'Peter Gibbons', email: 'peter@initech.test' };
    const { request, navigated } = await open({ first_screen: 'single_sign_on' });
    await navigated;
    await page.waitForURL((url) => url.pathname === '/single-sign-on');
    const field = page.getByRole('textbox', { name: 'Work email' });
    await field.waitFor();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Single sign-on' }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await field.fill('samir@elsewhere.test');
    await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await page.getByRole('alert').textContent()).toBe('Single sign-on is not set up for this email domain.');
    expect(await axeLightAndDark(page)).toEqual([]);
    await field.fill('peter@initech.test');
    const atApp = appCallbackRequest(page);
    await field.press('Enter');
    const claims = await claimsAtApp(config, request, atApp);
    // The same identity as before: the same user.
    expect((await api.get(`/users/${claims.sub}/sso-identities/${connectorId}`)).body.identityId).toBe('initech-peter');
  });

  it('goes straight to the provider for direct_sign_in=sso:<connector id>', async () => {
    idp.signedIn.user = { sub: 'initech-michael', name: 'Michael Bolton', email: 'michael@initech.test' };
    const { request, navigated } = await open({ direct_sign_in: `sso:${connectorId}` });
    const atApp = appCallbackRequest(page);
    await navigated.catch(() => undefined);
    const claims = await claimsAtApp(config, request, atApp);
    expect((await api.get(`/users/${claims.sub}`)).body.name).toBe('Michael Bolton');
  });
});
