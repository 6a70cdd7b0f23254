import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smtpConfig } from './fakes/configs.js';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { type AuthorizationRequest, authorizationRequest, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { appCallback, socialApp } from './support/social-sign-in.js';

/**
 * Logto's authentication parameters in Chromium, from an openid-client app's authorization
 * request: the screen `first_screen` opens, `direct_sign_in=social:<target>` straight to the
 * provider (the OAuth 2.0 fake), and a magic link (`one_time_token` + `login_hint`) signing a
 * new user up and refusing the same link twice.
 */
describe(`authentication parameters in Chromium (${dialect})`, () => {
  let server: TestServer;
  let oauth2: OAuth2Fake;
  let chromium: Browser;
  let page: Page;
  let config: oidc.Configuration;
  let api: ManagementApi;
  /** Every page the browser navigated to since the page opened. */
  let visited: URL[] = [];

  beforeAll(async () => {
    oauth2 = await startOAuth2Fake();
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    // An email connector (nothing is sent here) lets email be a sign-up identifier and reset by email.
    const mail = await api.post('/connectors', { connectorId: 'simple-mail-transfer-protocol', config: smtpConfig(9) });
    expect(mail.status, JSON.stringify(mail.body)).toBe(200);
    const social = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'acme', name: { en: 'Acme ID' } },
      config: oauth2.config({ tokenEndpointResponseType: 'json', profileMap: oauth2.verifiedMailProfileMap }),
    });
    expect(social.status, JSON.stringify(social.body)).toBe(200);
    const patched = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: false, verify: true },
      signIn: {
        methods: [
          { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
          { identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: true },
        ],
      },
      socialSignInConnectorTargets: ['acme'],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  afterEach(async () => {
    await page?.context().close();
    expect(oauth2.violations).toEqual([]);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    await oauth2?.close();
  });

  /** Opens the app's authorization request in a fresh page; returns the request for the code exchange. */
  async function open(params: Record<string, string>): Promise<AuthorizationRequest> {
    page = await (await chromium.newContext()).newPage();
    visited = [];
    page.on('request', (sent) => {
      if (sent.isNavigationRequest() && sent.frame() === page.mainFrame()) visited.push(new URL(sent.url()));
    });
    const request = await authorizationRequest(config, { redirect_uri: appCallback, scope: 'openid email', ...params });
    await page.goto(request.url.toString());
    return request;
  }

  /** The ID token claims of the code the browser brought to the app's callback. */
  async function claimsAtApp(request: AuthorizationRequest): Promise<oidc.IDToken> {
    const atApp = () => visited.find((url) => url.href.startsWith(appCallback));
    await expect.poll(atApp, { timeout: 15_000 }).toBeDefined();
    const tokens = await redeemCode(config, request, atApp() as URL);
    return tokens.claims() as oidc.IDToken;
  }

  const heading = () => page.getByRole('heading', { level: 1 });
  const socialButton = () => page.getByRole('button', { name: 'Continue with Acme ID' });

  it('first_screen=reset_password opens the reset form; Back is the sign-in screen', async () => {
    await open({ first_screen: 'reset_password' });
    await expect.poll(() => heading().textContent()).toBe('Reset your password');
    expect(new URL(page.url()).pathname).toBe('/forgot-password');
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => heading().textContent()).toBe('Sign in');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('first_screen=identifier:sign_in with identifier=email asks for the email alone, without social buttons', async () => {
    await open({ first_screen: 'identifier:sign_in', identifier: 'email' });
    await expect.poll(() => page.locator('#username-label').textContent()).toBe('Email');
    expect(await socialButton().isVisible()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The plain sign-in screen offers every identifier and the social button.
    await page.context().close();
    await open({ first_screen: 'sign_in' });
    await socialButton().waitFor();
    expect(await page.locator('#username-label').textContent()).toBe('Username or email');
  });

  it('direct_sign_in=social:acme goes straight to the provider and back to the app signed in', async () => {
    oauth2.signedIn.user = { id: 77, displayName: 'Direct Dora', mail: 'dora@acme.test', mailVerified: true };
    const request = await open({ direct_sign_in: 'social:acme' });
    // A new identity: the callback page asks whether to link an existing account or create one.
    await page.getByRole('button', { name: 'Create a new account' }).click();
    const claims = await claimsAtApp(request);
    expect(claims.email).toBe('dora@acme.test');
    const path = visited.map((url) => (url.origin === server.url ? url.pathname : url.origin + url.pathname));
    expect(path.slice(0, 3)).toEqual(['/oidc/auth', '/sign-in', `${oauth2.url}/oauth/authorize`]);
  });

  it('direct_sign_in with an unknown social target or SSO connector stays on the sign-in screen', async () => {
    for (const value of ['social:nope', 'sso:some-connector']) {
      await open({ direct_sign_in: value });
      await socialButton().waitFor();
      expect(await heading().textContent()).toBe('Sign in');
      expect(visited.some((url) => url.origin === new URL(oauth2.url).origin)).toBe(false);
      await page.context().close();
    }
  });

  it('a magic link signs a new user up with its email, takes the token out of the address, and works once', async () => {
    const created = await api.post('/one-time-tokens', { email: 'magic@example.com' });
    expect(created.status).toBe(201);
    const link = { one_time_token: created.body.token, login_hint: 'magic@example.com' };
    const request = await open(link);
    const claims = await claimsAtApp(request);
    expect(claims).toMatchObject({ email: 'magic@example.com', email_verified: true });
    expect((await api.get(`/users/${claims.sub}`)).body.primaryEmail).toBe('magic@example.com');

    await page.context().close();
    await open(link);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This sign-in link has already been used.');
    expect(new URL(page.url()).searchParams.has('one_time_token')).toBe(false);
    expect(new URL(page.url()).searchParams.get('login_hint')).toBe('magic@example.com');
  });
});
