import fs from 'node:fs';
import path from 'node:path';
import type * as oidc from 'openid-client';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { twilioConfig } from './fakes/configs.js';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { launchChromium } from './support/browser.js';
import { openHostedSignIn } from './support/browser-sign-in.js';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, createUser, password, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { appCallback, socialApp } from './support/social-sign-in.js';

/** Screenshots for people to look at (kept out of the repository), only with TESSERA_SCREENSHOTS=1. */
const screensDir = process.env.TESSERA_SCREENS_DIR ?? '/tmp/tessera-screens';
const takeScreenshots = process.env.TESSERA_SCREENSHOTS === '1';

const signInBy = (...methods: Array<[identifier: string, password: boolean, verificationCode: boolean]>) => ({
  methods: methods.map(([identifier, withPassword, verificationCode]) => ({
    identifier,
    password: withPassword,
    verificationCode,
    isPasswordPrimary: withPassword,
  })),
});

/**
 * The hosted sign-in page in Chromium, each flow from an openid-client app's authorization
 * request to the app's callback with a code redeemed for tokens (PKCE): password, SMS code
 * through the Twilio fake, sign-up as the first screen, social sign-in through the OAuth 2.0
 * fake and the /callback page, SSO into a second app, and refusals said in words.
 */
describe(`sign-in page flows in Chromium (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let oauth2: OAuth2Fake;
  let chromium: Browser;
  let page: Page;
  let config: oidc.Configuration;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let socialConnectorId: string;
  /** Every page the browser navigated to since the page opened. */
  let visited: URL[] = [];

  const lastSms = () => fakes.twilio.messages.at(-1);
  const smsCode = () => /(\d{6})/.exec(lastSms()?.body ?? '')?.[1] as string;

  beforeAll(async () => {
    [fakes, oauth2] = await Promise.all([startProviderFakes(), startOAuth2Fake()]);
    [server, chromium] = await Promise.all([startTestServer(fakes.env), launchChromium()]);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const sms = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: {
        ...twilioConfig(),
        templates: [
          ...twilioConfig().templates,
          { usageType: 'Register', content: 'Welcome to Tessera, your code is {{code}}.' },
        ],
      },
    });
    expect(sms.status, JSON.stringify(sms.body)).toBe(200);
    const social = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'acme', name: { en: 'Acme ID' } },
      config: oauth2.config({ tokenEndpointResponseType: 'json', profileMap: oauth2.verifiedMailProfileMap }),
    });
    expect(social.status, JSON.stringify(social.body)).toBe(200);
    socialConnectorId = social.body.id;
  });
  afterEach(async () => {
    await page?.context().close();
    expect(fakes.twilio.violations).toEqual([]);
    expect(oauth2.violations).toEqual([]);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    await fakes?.close();
    await oauth2?.close();
  });

  async function settings(patch: Record<string, unknown>) {
    const patched = await api.patch('/sign-in-exp', {
      socialSignInConnectorTargets: [],
      signInMode: 'SignInAndRegister',
      color: { primaryColor: '#0A7B5C', isDarkModeEnabled: false, darkPrimaryColor: '#6FD6B4' },
      ...patch,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  }

  /** A fresh browser context and page, recording where the page navigates (redirects included). */
  async function newPage(options: BrowserContextOptions = {}) {
    page = await (await chromium.newContext({ colorScheme: 'light', ...options })).newPage();
    visited = [];
    page.on('request', (sent) => {
      if (sent.isNavigationRequest() && sent.frame() === page.mainFrame()) visited.push(new URL(sent.url()));
    });
    return page;
  }

  /** Sends the app's authorization request from the current page; the hosted page answers. */
  const openSignIn = (params: Record<string, string> = {}, clientConfig = config) =>
    openHostedSignIn(page, clientConfig, { scope: 'openid profile email phone', ...params });

  const alertText = async () =>
    (await page.getByRole('alert').isVisible()) ? await page.getByRole('alert').textContent() : '(no alert)';
  const focused = () => page.evaluate(() => document.activeElement?.id);

  /**
   * Waits for the browser to reach the app's callback, then redeems the code there for tokens.
   * The app is not running: the browser's request for its callback URL is what the app would get.
   */
  async function tokensAtApp(request: Awaited<ReturnType<typeof openSignIn>>, clientConfig = config) {
    const atApp = () => visited.find((url) => url.href.startsWith(appCallback));
    try {
      await expect.poll(atApp, { timeout: 15_000 }).toBeDefined();
    } catch {
      throw new Error(`not back at the app (at ${page.url()}); the page says: ${await alertText()}`);
    }
    const tokens = await redeemCode(clientConfig, request, atApp() as URL);
    expect(tokens.access_token).toBeTruthy();
    return tokens.claims() as oidc.IDToken;
  }

  const button = (name: string) => page.getByRole('button', { name, exact: true });

  async function signInWithPassword(identifierLabel: string, identifier: string, secret = password) {
    const field = page.getByLabel(identifierLabel, { exact: true });
    await field.waitFor();
    await field.fill(identifier);
    await page.getByLabel('Password', { exact: true }).fill(secret);
    await button('Sign in').click();
  }

  it('password: signs in by username, then by email, and returns to the app with tokens for that user', async () => {
    await settings({
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: signInBy(['username', true, false]),
    });
    const user = await createUser(server, { username: 'pat.reader', primaryEmail: 'pat@example.com' });
    await newPage();
    let request = await openSignIn();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInWithPassword('Username', 'pat.reader');
    let claims = await tokensAtApp(request);
    expect(claims.sub).toBe(user.id);
    expect(claims.username).toBe('pat.reader');
    await page.context().close();

    await settings({
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: signInBy(['username', true, false], ['email', true, false]),
    });
    await newPage();
    request = await openSignIn();
    await signInWithPassword('Username or email', 'Pat@Example.com');
    claims = await tokensAtApp(request);
    expect(claims.sub).toBe(user.id);
    expect(claims.email).toBe('pat@example.com');
  });

  it('SMS code: signs in by phone with the SignIn template (Twilio fake), and signs up by phone with Register', async () => {
    await settings({
      signUp: { identifiers: ['phone'], password: false, verify: true },
      signIn: signInBy(['phone', false, true]),
    });
    const user = await createUser(server, { primaryPhone: '15550001111' });
    await newPage();
    let request = await openSignIn();
    const phone = page.getByLabel('Phone number', { exact: true });
    await phone.waitFor();
    expect(await phone.getAttribute('type')).toBe('tel');
    expect(await page.getByLabel('Password').isVisible()).toBe(false);
    let sent = fakes.twilio.messages.length;
    await phone.fill('+1 555 000 1111');
    await button('Send code').click();
    let codeField = page.getByLabel('Verification code');
    await codeField.waitFor();
    await expect.poll(() => fakes.twilio.messages.length).toBe(sent + 1);
    expect(lastSms()).toMatchObject({ to: '+15550001111', body: expect.stringMatching(/^Sign in with \d{6}\.$/) });
    expect(await page.getByText('We sent a verification code to +1 555 000 1111').isVisible()).toBe(true);
    expect(await focused()).toBe('code');
    await codeField.fill(smsCode());
    await button('Continue').click();
    const claims = await tokensAtApp(request);
    expect(claims.sub).toBe(user.id);
    await page.context().close();

    // Passwordless sign-up: the Register template, and a new user holding the number.
    await newPage();
    request = await openSignIn({ first_screen: 'register' });
    await page.getByRole('heading', { name: 'Create account' }).waitFor();
    sent = fakes.twilio.messages.length;
    await page.getByLabel('Phone number', { exact: true }).fill('+1 555 000 2222');
    await button('Send code').click();
    codeField = page.getByLabel('Verification code');
    await codeField.waitFor();
    await expect.poll(() => fakes.twilio.messages.length).toBe(sent + 1);
    expect(lastSms()).toMatchObject({
      to: '+15550002222',
      body: expect.stringMatching(/^Welcome to Tessera, your code is \d{6}\.$/),
    });
    await codeField.fill(smsCode());
    await button('Continue').click();
    const created = await tokensAtApp(request);
    expect(created.sub).not.toBe(user.id);
    const { body: newUser } = await api.get(`/users/${created.sub}`);
    expect(newUser).toMatchObject({ primaryPhone: '15550002222', hasPassword: false });
  });

  for (const [name, params] of [
    ['first_screen=register', { first_screen: 'register' }],
    ['interaction_mode=signUp', { interaction_mode: 'signUp' }],
  ] as const) {
    it(`sign-up first (${name}): opens "Create account" and a new username + password account reaches the app`, async () => {
      await settings({
        signUp: { identifiers: ['username'], password: true, verify: false },
        signIn: signInBy(['username', true, false]),
      });
      await newPage();
      const request = await openSignIn(params);
      expect(new URL(page.url()).pathname).toBe('/register');
      await page.getByRole('heading', { name: 'Create account' }).waitFor();
      expect(await page.title()).toBe('Create account');
      expect(await button('Sign in').isVisible()).toBe(true); // "Already have an account? Sign in"
      const username = `new_${params.first_screen ? 'first' : 'mode'}_reader`;
      await page.getByLabel('Username', { exact: true }).fill(username);
      await page.getByLabel('Password', { exact: true }).fill('Violet-Anchor-42');
      await button('Create account').click();
      const claims = await tokensAtApp(request);
      const { body: created } = await api.get(`/users/${claims.sub}`);
      expect(created).toMatchObject({ username, hasPassword: true });
      expect(claims.username).toBe(username);
    });
  }

  it('social (OAuth 2.0 fake): "Continue with Acme ID" → provider → /callback → app; creates the user, then signs in the same one', async () => {
    await settings({
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: signInBy(['username', true, false]),
      socialSignInConnectorTargets: ['acme'],
    });
    oauth2.signedIn.user = {
      id: 4242,
      displayName: 'Margaret Hamilton',
      picture: 'https://cdn.acme.test/margaret.png',
      mail: 'Margaret@Acme.test',
      mailVerified: true,
    };

    const viaProvider = async (isNew: boolean) => {
      await newPage();
      const request = await openSignIn();
      const social = button('Continue with Acme ID');
      await social.waitFor();
      const authorizeCalls = oauth2.to('/oauth/authorize').length;
      await social.click();
      // A new identity: the callback page asks whether to link an existing account or create one.
      if (isNew) await button('Create a new account').click();
      const claims = await tokensAtApp(request);
      expect(oauth2.to('/oauth/authorize')).toHaveLength(authorizeCalls + 1);
      const path = visited.map((url) => (url.origin === server.url ? url.pathname : url.origin + url.pathname));
      expect(path).toEqual([
        '/oidc/auth',
        '/sign-in',
        `${oauth2.url}/oauth/authorize`,
        `/callback/${socialConnectorId}`,
        expect.stringMatching(/^\/oidc\/auth/),
        appCallback,
      ]);
      await page.context().close();
      return claims;
    };

    const first = await viaProvider(true);
    expect(first).toMatchObject({ name: 'Margaret Hamilton', email: 'margaret@acme.test' });
    const { body: user } = await api.get(`/users/${first.sub}`);
    expect(user).toMatchObject({
      name: 'Margaret Hamilton',
      avatar: 'https://cdn.acme.test/margaret.png',
      primaryEmail: 'margaret@acme.test',
      identities: { acme: { userId: '4242' } },
    });

    const second = await viaProvider(false);
    expect(second.sub).toBe(first.sub);
    expect((await api.get('/users?search=margaret%40acme.test')).body).toHaveLength(1);
  });

  it('SSO: a second authorization request from the same browser, for a second app, skips the pages', async () => {
    await settings({
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: signInBy(['username', true, false]),
    });
    const user = await createUser(server, { username: 'sso.reader' });
    await newPage();
    const first = await openSignIn();
    await signInWithPassword('Username', 'sso.reader');
    expect((await tokensAtApp(first)).sub).toBe(user.id);

    const { config: secondApp } = await socialApp(server);
    visited = [];
    const request = await authorizationRequest(secondApp, { redirect_uri: appCallback, scope: 'openid profile' });
    // Straight from /oidc/auth to the app, which is not running: the navigation itself fails there.
    const landed = await page.goto(request.url.toString()).catch((error: Error) => error);
    expect(String(landed)).toContain('ERR_NAME_NOT_RESOLVED');
    const claims = await tokensAtApp(request, secondApp);
    expect(claims.sub).toBe(user.id);
    expect(claims.aud).toBe(secondApp.clientMetadata().client_id);
    expect(visited.map((url) => url.pathname)).not.toContain('/sign-in');
    expect(visited.filter((url) => url.origin === server.url).map((url) => url.pathname)).toEqual(['/oidc/auth']);
  });

  it('refusals: a wrong SMS code and a suspended account are said in words, focused where they apply', async () => {
    await settings({
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: signInBy(['username', true, false], ['phone', false, true]),
    });
    await createUser(server, { primaryPhone: '15550003333' });
    await newPage();
    await openSignIn();
    await page.getByLabel('Username or phone number', { exact: true }).fill('+1 555 000 3333');
    await button('Sign in with a verification code').click(); // the phone has no password
    const codeField = page.getByLabel('Verification code');
    await codeField.waitFor();
    await expect.poll(() => lastSms()?.to).toBe('+15550003333');
    const code = smsCode();
    await codeField.fill(`${(Number(code[0]) + 1) % 10}${code.slice(1)}`);
    await button('Continue').click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('The verification code is incorrect.');
    expect(await focused()).toBe('code');
    expect(await codeField.getAttribute('aria-invalid')).not.toBeNull();
    expect(await codeField.getAttribute('aria-describedby')).toBe('error');
    await page.context().close();

    const suspended = await createUser(server, { username: 'suspended.reader' });
    const patched = await api.patch(`/users/${suspended.id}/is-suspended`, { isSuspended: true });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    await newPage();
    await openSignIn();
    await signInWithPassword('Username or phone number', 'suspended.reader');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('This account is suspended. Contact the administrator.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // Not about a field: focus is on the button that was pressed, never lost to the page.
    expect(await focused()).toBe('submit');
  });

  it.runIf(takeScreenshots)(
    'screenshots: password form with a social button, code step, error; light, dark, phone',
    async () => {
      fs.mkdirSync(screensDir, { recursive: true });
      await createUser(server, { primaryPhone: '15550004444' });
      const variants = [
        ['light', { colorScheme: 'light', viewport: { width: 1280, height: 800 } }],
        ['dark', { colorScheme: 'dark', viewport: { width: 1280, height: 800 } }],
        ['phone', { colorScheme: 'light', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
      ] as const;
      for (const [name, options] of variants) {
        await settings({
          signUp: { identifiers: ['username'], password: true, verify: false },
          signIn: signInBy(['username', true, false], ['phone', false, true]),
          socialSignInConnectorTargets: ['acme'],
          color: { primaryColor: '#0A7B5C', isDarkModeEnabled: name === 'dark', darkPrimaryColor: '#6FD6B4' },
        });
        await newPage(options);
        await openSignIn();
        await button('Continue with Acme ID').waitFor();
        await page.screenshot({ path: path.join(screensDir, `flows-${name}-password-social.png`), fullPage: true });
        await page.getByLabel('Username or phone number', { exact: true }).fill('+1 555 000 4444');
        await button('Sign in').click();
        await page.getByLabel('Verification code').waitFor();
        await page.screenshot({ path: path.join(screensDir, `flows-${name}-code.png`), fullPage: true });
        await page.getByLabel('Verification code').fill('000000');
        await button('Continue').click();
        await page.getByRole('alert').waitFor();
        await page.screenshot({ path: path.join(screensDir, `flows-${name}-code-error.png`), fullPage: true });
        await page.context().close();
      }
    },
  );
});
