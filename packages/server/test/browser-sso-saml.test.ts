import type * as oidc from 'openid-client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp } from './support/browser-sign-in.js';
import { recordCspViolations } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest } from './support/oidc-fixtures.js';
import { createTestKey, type SamlIdp, startSamlIdp } from './support/saml-idp.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { appCallback, socialApp } from './support/social-sign-in.js';

/**
 * SAML enterprise SSO on the hosted sign-in page in Chromium: a company email goes to the SAML
 * IdP, whose page POSTs the signed response across sites to the ACS (no SameSite cookie comes
 * along), and the browser lands back on the sign-in page's SSO callback, then in the app.
 */
describe.skipIf(dialect === 'postgres')('SAML enterprise SSO on the hosted sign-in page', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let idp: SamlIdp;
  let api: ManagementApi;
  let config: oidc.Configuration;
  let organizationId: string;
  let context: BrowserContext;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    idp = await startSamlIdp({ keys: [createTestKey('Umbrella IdP')] });
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await server.services.signInExperience.update({
      singleSignOnEnabled: true,
      signIn: {
        methods: [
          { identifier: 'email', password: true, verificationCode: false, isPasswordPrimary: true },
          { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
        ],
      },
    });
    const created = await api.post('/sso-connectors', {
      providerName: 'SAML',
      connectorName: 'Umbrella SAML',
      config: { metadata: idp.metadata() },
      domains: ['umbrella.test'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    organizationId = (await api.post('/organizations', { name: 'Umbrella' })).body.id;
    await api.put(`/organizations/${organizationId}/jit/sso-connectors`, { ssoConnectorIds: [created.body.id] });
  });
  afterEach(async () => {
    await context?.close();
    expect(cspViolations).toEqual([]);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    await idp?.close();
  });

  it('signs a company email in through the SAML IdP and provisions the organization', async () => {
    idp.signedIn.user = {
      nameId: 'jill@umbrella.test',
      attributes: { email: 'jill@umbrella.test', name: 'Jill Valentine' },
    };
    context = await chromium.newContext();
    cspViolations = await recordCspViolations(context);
    page = await context.newPage();
    const request = await authorizationRequest(config, { redirect_uri: appCallback, scope: 'openid profile email' });
    await page.goto(request.url.toString());
    const field = page.getByRole('textbox', { name: 'Email or username' });
    await field.waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Single sign-on' }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await field.fill('jill@umbrella.test');
    const atApp = appCallbackRequest(page);
    await field.press('Enter');
    const claims = await claimsAtApp(config, request, atApp);
    expect(claims).toMatchObject({ email: 'jill@umbrella.test', name: 'Jill Valentine' });
    const members = await api.get(`/organizations/${organizationId}/users`);
    expect(members.body.map((member: { id: string }) => member.id)).toContain(claims.sub);
  });
});
