import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp } from './support/browser-sign-in.js';
import { addCodeConnectors, codeSignInMethods } from './support/code-connectors.js';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { proveOnLinkForm } from './support/social-link-form.js';
import { appCallback, socialApp } from './support/social-sign-in.js';

/**
 * The /callback/:connectorId page in a real browser: from the sign-in page to the provider and
 * back, the page's script verifies, registers the new identity (or links it to an existing
 * account once a code sent to that account proves it is the user's), submits and returns to the app.
 */
describe(`social callback page in Chromium (${dialect})`, () => {
  let server: TestServer;
  let fake: OAuth2Fake;
  let fakes: ProviderFakes;
  let chromium: Browser;
  let page: Page;
  let config: oidc.Configuration;
  let connectorId: string;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    [fake, fakes, chromium] = await Promise.all([startOAuth2Fake(), startProviderFakes(), launchChromium()]);
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
    await addCodeConnectors(api, fakes);
    expect((await api.patch('/sign-in-exp', { signIn: { methods: codeSignInMethods } })).status).toBe(200);
    ({ config } = await socialApp(server));
    const created = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'acme' },
      config: fake.config({ tokenEndpointResponseType: 'json', profileMap: fake.verifiedMailProfileMap }),
    });
    connectorId = created.body.id;
    fake.signedIn.user = { id: 77, displayName: 'Browser User', mail: 'browser@acme.test', mailVerified: true };
  });
  afterEach(async () => {
    await page?.context().close();
    expect(fake.violations).toEqual([]);
  });
  afterAll(async () => {
    await chromium.close();
    await server.stop();
    await Promise.all([fake.close(), fakes.close()]);
  });

  /** Opens the app's authorization request and, on the sign-in page, starts the social verification. */
  async function startAtSignInPage() {
    page = await (await chromium.newContext()).newPage();
    const request = await authorizationRequest(config, { redirect_uri: appCallback, scope: 'openid profile email' });
    await page.goto(request.url.toString());
    await page.waitForURL((url) => url.pathname === '/sign-in');
    // The page starts its own interaction calls as it loads: let them finish first, or one of them
    // can land after ours and replace the social verification we are about to start.
    await page.waitForLoadState('networkidle');
    const authorizationUri = await page.evaluate(async (id) => {
      const call = (method: string, path: string, body: unknown) =>
        fetch(`/api/experience${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      await call('PUT', '', { interactionEvent: 'SignIn' });
      const answer = await call('POST', `/verification/social/${id}/authorization-uri`, {
        state: crypto.randomUUID(),
        redirectUri: `${location.origin}/callback/${id}`,
      });
      return ((await answer.json()) as { authorizationUri: string }).authorizationUri;
    }, connectorId);
    return { request, authorizationUri };
  }

  it('goes provider → callback page → app, creating the user on the way', async () => {
    const { request, authorizationUri } = await startAtSignInPage();
    // The app is not running: the browser's request for its callback URL is what the app would get.
    const atApp = appCallbackRequest(page);
    await page.goto(authorizationUri);
    // A new identity: the page asks (the same question whoever holds the address), the user creates an account.
    await page.getByRole('button', { name: 'Create a new account' }).click();
    const claims = await claimsAtApp(config, request, atApp);
    const user = await server.services.users.get(claims.sub);
    expect(user).toMatchObject({
      name: 'Browser User',
      primaryEmail: 'browser@acme.test',
      identities: { acme: { userId: '77' } },
    });
  });

  it('links to an existing account after a code sent to its e-mail, never before', async () => {
    const existing = await createUser(server, { primaryEmail: 'coded@acme.test' });
    fake.signedIn.user = { id: 78, displayName: 'Coded', mail: 'someone.else@acme.test' };
    const { request, authorizationUri } = await startAtSignInPage();
    await page.goto(authorizationUri);
    await page.getByRole('button', { name: 'Link account' }).click();
    const identifier = page.getByLabel('Email, phone number or username');
    await identifier.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await identifier.fill('coded@acme.test');
    const sent = fakes.smtp.messages.length;
    await page.getByRole('button', { name: 'Send me a code instead' }).click();
    await page.locator('#form-message').filter({ hasText: 'A code was sent to coded@acme.test.' }).waitFor();
    expect(fakes.smtp.messages).toHaveLength(sent + 1);
    expect(fakes.smtp.messages.at(-1)?.to).toEqual(['coded@acme.test']);
    const code = /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1] as string;

    await proveOnLinkForm(
      page,
      server,
      { config, request },
      {
        field: 'Verification code',
        submit: 'Sign in and link',
        wrong: code === '000000' ? '111111' : '000000',
        right: code,
        userId: existing.id,
      },
    );
    expect(await server.services.users.get(existing.id)).toMatchObject({
      primaryEmail: 'coded@acme.test',
      identities: { acme: { userId: '78' } },
    });
  });

  it('shows the error when the provider declines, and drops the query from the address bar', async () => {
    const { authorizationUri } = await startAtSignInPage();
    const state = new URL(authorizationUri).searchParams.get('state');
    await page.goto(
      `${server.url}/callback/${connectorId}?error=access_denied&error_description=Declined&state=${state}`,
    );
    const status = page.locator('#status[data-code]');
    await status.waitFor();
    expect(await status.getAttribute('data-code')).toBe('connector.authorization_failed');
    expect(await status.textContent()).toContain('access_denied: Declined');
    expect(new URL(page.url()).search).toBe('');
    const csp = (await page.request.get(`${server.url}/callback/${connectorId}`)).headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'nonce-[^']+'/);
  });

  it('follows the dark-mode setting: dark (with the dark brand colour) only when enabled and the system is dark', async () => {
    const look = async (isDarkModeEnabled: boolean) => {
      await api.patch('/sign-in-exp', {
        color: { primaryColor: '#0A7B5C', isDarkModeEnabled, darkPrimaryColor: '#6FD6B4' },
      });
      page = await (await chromium.newContext({ colorScheme: 'dark' })).newPage();
      await page.goto(`${server.url}/callback/${connectorId}`);
      const colors = await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.getElementById('link')!).backgroundColor,
      ]);
      await page.context().close();
      return colors;
    };
    try {
      expect(await look(true)).toEqual(['rgb(18, 19, 22)', 'rgb(111, 214, 180)']);
      expect(await look(false)).toEqual(['rgb(245, 245, 247)', 'rgb(10, 123, 92)']);
    } finally {
      await api.patch('/sign-in-exp', {
        color: { primaryColor: '#5D34F2', isDarkModeEnabled: false, darkPrimaryColor: '#8B6DFF' },
      });
    }
  });
});
