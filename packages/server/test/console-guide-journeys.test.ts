import { createHash, randomBytes } from 'node:crypto';
import { Auth, setEnvDefaults } from '@auth/core';
import Logto from '@auth/core/providers/logto';
import {
  discoveryPath,
  fetchOidcConfig,
  fetchTokenByAuthorizationCode,
  generateSignInUri,
  type Requester,
  verifyAndParseCodeFromCallbackUri,
} from '@logto/js';
import * as jose from 'jose';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dotenvOf } from '../../console/src/guides/snippets/read-snippet.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { createAuthjsApp, startAuthjsSignIn } from './support/authjs-app.js';
import { launchChromium } from './support/browser.js';
import { recordCspViolations, signInToConsole } from './support/console.js';
import { createAppThroughConsole } from './support/console-applications.js';
import {
  aliyunConsoleFields,
  sendTestThroughConsole,
  setUpConnectorThroughConsole,
  twilioConsoleFields,
} from './support/console-connectors.js';
import {
  choosePhoneCodeSignIn,
  openSignInExperience,
  saveSignInExperience,
} from './support/console-sign-in-experience.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Issue 12's guide journeys (a), (b) and (c): every administrator step through the console UI
 * only (the connector with a test send to the provider fake, the sign-in policy, the app), then
 * the app's real client signs a person in by SMS code on the hosted page. The person already has
 * an account with their phone number; the proof is the client's own token exchange.
 */

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** @logto/js's requester over fetch: JSON on success, an error with the body otherwise. */
const requester: Requester = async <T>(...args: Parameters<typeof fetch>) => {
  const response = await fetch(...args);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

describe.skipIf(dialect === 'postgres')(
  'browser: the guides’ console steps, proven by real clients',
  { timeout: 120_000 },
  () => {
    let fakes: ProviderFakes;
    let server: TestServer;
    let chromium: Browser;
    let owner: Awaited<ReturnType<typeof signInToConsole>>;

    beforeAll(async () => {
      fakes = await startProviderFakes();
      [server, chromium] = await Promise.all([startTestServer(fakes.env), launchChromium()]);
      owner = await signInToConsole(chromium, server, 'owner');
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), server?.stop(), fakes?.close()]);
    });

    /** A console tab signed in as the Owner, with CSP reports recorded. */
    async function openConsole() {
      const context = await chromium.newContext({ storageState: owner.storageState });
      context.setDefaultTimeout(15_000);
      const cspReports = await recordCspViolations(context);
      const page = await context.newPage();
      await page.goto(`${server.url}/console`);
      await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
      return { context, page, cspReports };
    }

    /** The value the app page's guide shows for a fact ("App ID", "Redirect URI"). */
    async function guideFact(page: Page, label: string): Promise<string> {
      return ((await page.locator(`.guide dt:text-is("${label}") + dd code`).first().textContent()) ?? '').trim();
    }

    /**
     * The person's side: opens `authorizationUrl` in a fresh browser, signs in with a code sent
     * to `phone` (typed as people type it), and answers the URL the provider sent the browser
     * back to, caught before it loads (a custom scheme, a chromiumapp.org or a local app).
     */
    async function signInBySmsCode(authorizationUrl: string, redirectUri: string, phone: string, code: () => string) {
      const context = await chromium.newContext();
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      // The provider's answer is fetched here without following redirects, so the callback is
      // caught whatever its scheme (Chromium never reports a hand-off to a custom scheme).
      let caught: (url: URL) => void = () => {};
      const callback = new Promise<URL>((resolve) => {
        caught = resolve;
      });
      await context.route(
        (url) => url.pathname.startsWith('/oidc/auth'),
        async (route) => {
          const response = await route.fetch({ maxRedirects: 0 });
          const location = response.headers().location;
          if (!location?.startsWith(redirectUri)) return route.fulfill({ response });
          caught(new URL(location));
          return route.fulfill({ status: 200, contentType: 'text/plain', body: 'app callback' });
        },
      );
      await page.goto(authorizationUrl);
      const phoneField = page.getByLabel('Phone number', { exact: true });
      await phoneField.fill(phone);
      await page.getByRole('button', { name: 'Send code', exact: true }).click();
      const codeField = page.getByLabel('Verification code');
      await codeField.waitFor();
      await codeField.fill(code());
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      const url = await callback;
      await context.close();
      return url;
    }

    /**
     * A Native or SPA app's sign-in with @logto/js, as Logto's Flutter and Chrome extension SDKs
     * run it: discovery under `/oidc`, PKCE, the code read from the callback, then the token
     * endpoint. Answers the verified ID token's claims.
     */
    async function logtoJsSignIn(appId: string, redirectUri: string, phone: string, code: () => string) {
      // The Logto SDKs build the discovery URL from the endpoint and this path.
      const discovery = await fetchOidcConfig(new URL(discoveryPath, server.url).href, requester);
      const codeVerifier = base64url(randomBytes(32));
      const state = base64url(randomBytes(16));
      const signInUri = generateSignInUri({
        authorizationEndpoint: discovery.authorizationEndpoint,
        clientId: appId,
        redirectUri,
        codeChallenge: base64url(createHash('sha256').update(codeVerifier).digest()),
        state,
        scopes: ['phone'],
      });
      const callback = await signInBySmsCode(signInUri, redirectUri, phone, code);
      const authorizationCode = verifyAndParseCodeFromCallbackUri(callback.href, redirectUri, state);
      const tokens = await fetchTokenByAuthorizationCode(
        { clientId: appId, tokenEndpoint: discovery.tokenEndpoint, redirectUri, codeVerifier, code: authorizationCode },
        requester,
      );
      expect(tokens.refreshToken).toBeTruthy();
      const jwks = jose.createRemoteJWKSet(new URL(discovery.jwksUri));
      const { payload } = await jose.jwtVerify(tokens.idToken, jwks, { issuer: discovery.issuer, audience: appId });
      return payload;
    }

    const lastTwilioCode = () => /(\d{6})/.exec(fakes.twilio.messages.at(-1)?.body ?? '')?.[1] as string;
    const lastAliyunCode = () =>
      (fakes.aliyun.messages.at(-1)?.templateParam as { code: string } | undefined)?.code as string;

    it('(a) Flutter: Twilio SMS with a test send, phone + code sign-in, then @logto/js signs in by SMS', async () => {
      const { context, page, cspReports } = await openConsole();
      // Console › Connectors › SMS › Twilio, with a test send that reaches the provider.
      await setUpConnectorThroughConsole(page, 'Twilio SMS', twilioConsoleFields('Your Tessera code is {{code}}.'));
      const sent = fakes.twilio.messages.length;
      expect(await sendTestThroughConsole(page, '+1 555 010 0000')).toMatch(/^Sent\./);
      expect(fakes.twilio.messages.slice(sent)).toEqual([expect.objectContaining({ to: '+15550100000' })]);
      // Console › Sign-in experience › phone number with a verification code.
      await openSignInExperience(page);
      await choosePhoneCodeSignIn(page);
      await saveSignInExperience(page);
      // Console › Applications › Flutter.
      const appId = await createAppThroughConsole(page, { framework: 'Flutter', name: 'Flutter shop' });
      const redirectUri = await guideFact(page, 'Redirect URI');
      expect(redirectUri).toBe(`io.tessera.${appId.toLowerCase()}://callback`);
      expect(cspReports).toEqual([]);
      await context.close();

      const person = await createUser(server, { name: 'Flutter Fan', primaryPhone: '15550001111' });
      const claims = await logtoJsSignIn(appId, redirectUri, '+1 555 000 1111', lastTwilioCode);
      expect(fakes.twilio.messages.at(-1)).toMatchObject({ to: '+15550001111' });
      expect(claims).toMatchObject({ sub: person.id, aud: appId, phone_number: '15550001111', name: 'Flutter Fan' });
    });

    it('(b) Chrome extension: the chromiumapp.org redirect, and the same SMS sign-in through @logto/js', async () => {
      const { context, page } = await openConsole();
      const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
      const redirectUri = `https://${extensionId}.chromiumapp.org/callback`;
      const appId = await createAppThroughConsole(page, {
        framework: 'Chrome extension',
        name: 'Shop extension',
        redirectUri,
      });
      expect(await guideFact(page, 'Redirect URI')).toBe(redirectUri);
      // The extension's manifest and service worker carry this app's values.
      const guide = (await page.locator('.guide').textContent()) ?? '';
      expect(guide).toContain(appId);
      expect(guide).toContain('chrome.identity');
      await context.close();

      const person = await createUser(server, { name: 'Extension User', primaryPhone: '15550002222' });
      const claims = await logtoJsSignIn(appId, redirectUri, '+1 555 000 2222', lastTwilioCode);
      expect(claims).toMatchObject({ sub: person.id, aud: appId });
    });

    it('(c) Next.js with Auth.js: the Aliyun connector with a test send, a secret from the console, Auth.js signs in', async () => {
      const { context, page, cspReports } = await openConsole();
      // Console › Connectors › SMS: Aliyun replaces Twilio, after a test send.
      await setUpConnectorThroughConsole(page, 'Aliyun Short Message Service', aliyunConsoleFields());
      const sent = fakes.aliyun.messages.length;
      expect(await sendTestThroughConsole(page, '8613800138000')).toMatch(/^Sent\./);
      expect(fakes.aliyun.messages.slice(sent)).toEqual([
        expect.objectContaining({ phone: '8613800138000', templateParam: { code: '000000' } }),
      ]);
      // Console › Applications › Next.js (Auth.js), with the guide's redirect URI and a new secret.
      const appId = await createAppThroughConsole(page, { framework: 'Next.js (Auth.js)', name: 'Storefront' });
      const redirectUri = await guideFact(page, 'Redirect URI');
      expect(redirectUri).toBe('http://localhost:3000/api/auth/callback/logto');
      await page.getByRole('tab', { name: 'Endpoints & credentials' }).click();
      await page.getByRole('button', { name: 'Add secret' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a client secret' });
      await dialog.getByRole('textbox', { name: 'Secret name' }).fill('production');
      await dialog.getByRole('button', { name: 'Add secret' }).click();
      const secret = await dialog.getByRole('textbox', { name: 'Value' }).inputValue();
      await dialog.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('tab', { name: 'Guide' }).click();

      // The app: Auth.js's Logto provider, configured from the guide's .env.local as shown.
      const env = dotenvOf(
        (await page.locator('figure.code-block', { hasText: '.env.local' }).locator('pre code').textContent()) ?? '',
      );
      expect(env).toMatchObject({ AUTH_LOGTO_ID: appId, AUTH_LOGTO_ISSUER: server.issuer });
      Object.assign(env, { AUTH_LOGTO_SECRET: secret, AUTH_SECRET: 'a-test-secret-that-is-long-enough-for-authjs' });
      const config: Parameters<typeof Auth>[1] = { basePath: '/api/auth', providers: [Logto] };
      setEnvDefaults(env, config);
      expect(cspReports).toEqual([]);
      await context.close();
      const appRequest = createAuthjsApp('http://localhost:3000', (request) => Auth(request, config));
      const start = await startAuthjsSignIn(appRequest);
      expect(start.status).toBe(302);

      await createUser(server, { name: 'Li Lei', primaryPhone: '8613800138000' });
      const callback = await signInBySmsCode(
        start.headers.get('location') as string,
        redirectUri,
        '+86 138 0013 8000',
        lastAliyunCode,
      );
      expect(fakes.aliyun.violations).toEqual([]);
      const finish = await appRequest(callback.pathname + callback.search);
      expect(finish.status).toBe(302);
      expect(finish.headers.get('location')).not.toContain('error');
      const session = await (await appRequest('/api/auth/session')).json();
      expect(session.user).toMatchObject({ name: 'Li Lei' });
    });
  },
);
