import type * as oidc from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  captchaKeys,
  captchaTokens,
  startRecaptchaEnterpriseFake,
  startTurnstileFake,
} from './fakes/captcha-providers.js';
import type { HttpFake } from './fakes/http-fake.js';
import { startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  createAcmeConnector,
  openInteraction,
  setSocialTargets,
  socialApp,
  socialSignIn,
} from './support/social-sign-in.js';

const turnstile = { type: 'Turnstile', ...captchaKeys.turnstile };
const recaptcha = { type: 'RecaptchaEnterprise', ...captchaKeys.recaptcha };

/**
 * Logto's CAPTCHA: the provider through `/api/captcha-provider`, its public keys in
 * `/api/.well-known/sign-in-exp`, and the Experience API refusing interactions without a token
 * the provider (a local fake checking the documented wire format) accepted.
 */
describe(`CAPTCHA provider and enforcement (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let config: oidc.Configuration;
  let turnstileFake: HttpFake;
  let recaptchaFake: HttpFake;

  const setPolicy = (enabled: boolean) => api.patch('/sign-in-exp', { captchaPolicy: { enabled } });
  /** A browser on a fresh interaction of the app, started with this token (or none). */
  async function start(captchaToken?: string, interactionEvent = 'SignIn') {
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    const started = await browser.api('PUT', '', { interactionEvent, ...(captchaToken && { captchaToken }) });
    return { browser, started };
  }
  /** Password sign-in up to the submit's answer. */
  async function passwordSignIn(browser: Browser) {
    const user = await createUser(server);
    const identifier = { type: 'username', value: user.username };
    const verified = await browser.api('POST', '/verification/password', { identifier, password });
    expect(verified.status).toBe(200);
    const identified = await browser.api('POST', '/identification', { verificationId: verified.body.verificationId });
    expect(identified.status).toBe(204);
    return browser.api('POST', '/submit');
  }

  beforeAll(async () => {
    [turnstileFake, recaptchaFake] = await Promise.all([startTurnstileFake(), startRecaptchaEnterpriseFake()]);
    server = await startTestServer({
      TESSERA_INTERNAL_TEST_CAPTCHA_BASE_URLS: JSON.stringify({
        Turnstile: turnstileFake.url,
        RecaptchaEnterprise: recaptchaFake.url,
      }),
      TESSERA_INTERNAL_TEST_PROVIDER_TIMEOUT_MS: '1500',
    });
    api = await managementApi(server);
    ({ config } = await socialApp(server, { enableSocialConnectors: false }));
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all([turnstileFake?.close(), recaptchaFake?.close()]);
  });
  beforeEach(() => {
    turnstileFake.mode = 'normal';
    recaptchaFake.mode = 'normal';
  });

  it('manages the provider with Logto’s shapes; the secret key is sealed at rest and masked in answers', async () => {
    expect(await api.get('/captcha-provider')).toMatchObject({ status: 404, body: { code: 'entity.not_found' } });
    expect(await api.delete('/captcha-provider')).toMatchObject({ status: 404, body: { code: 'entity.not_found' } });

    const created = await api.put('/captcha-provider', { config: turnstile });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      tenantId: 'default',
      id: expect.any(String),
      config: { type: 'Turnstile', siteKey: captchaKeys.turnstile.siteKey, secretKey: '********' },
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
    });
    expect(await api.get('/captcha-provider')).toMatchObject({ status: 200, body: created.body });
    const rows = await server.services.db.selectFrom('captcha_providers').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.config_sealed).not.toContain(captchaKeys.turnstile.secretKey);
    expect(rows[0]?.config_sealed).not.toContain(captchaKeys.turnstile.siteKey);

    // The mask keeps the stored key for the same provider; a new provider needs its own key.
    const kept = await api.put('/captcha-provider', { config: { ...turnstile, secretKey: '********' } });
    expect(kept.body.id).toBe(created.body.id);
    const moved = await api.put('/captcha-provider', { config: { ...recaptcha, secretKey: '********' } });
    expect(moved).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    const missing = await api.put('/captcha-provider', { config: { ...recaptcha, projectId: undefined } });
    expect(missing).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    expect(
      (await api.put('/captcha-provider', { config: { type: 'hCaptcha', siteKey: 'a', secretKey: 'b' } })).status,
    ).toBe(400);
    // A field neither Logto nor Tessera knows is refused.
    expect((await api.put('/captcha-provider', { config: { ...turnstile, theme: 'dark' } })).status).toBe(400);

    const replaced = await api.put('/captcha-provider', {
      config: { ...recaptcha, domain: 'www.recaptcha.net', mode: 'checkbox' },
    });
    expect(replaced.body).toMatchObject({
      id: created.body.id,
      config: { ...recaptcha, secretKey: '********', domain: 'www.recaptcha.net', mode: 'checkbox' },
    });

    await setPolicy(true);
    expect((await api.delete('/captcha-provider')).status).toBe(204);
    expect((await api.get('/captcha-provider')).status).toBe(404);
    expect((await api.get('/sign-in-exp')).body.captchaPolicy).toEqual({ enabled: false });
  });

  it('shows the widget keys in the public sign-in experience only when CAPTCHA is on, never the secret', async () => {
    await api.put('/captcha-provider', { config: turnstile });
    await setPolicy(false);
    const off = await fetch(`${server.url}/api/.well-known/sign-in-exp`).then((r) => r.json());
    expect(off.captchaConfig).toBeUndefined();
    await setPolicy(true);
    const onText = await fetch(`${server.url}/api/.well-known/sign-in-exp`).then((r) => r.text());
    expect(JSON.parse(onText).captchaConfig).toEqual({ type: 'Turnstile', siteKey: captchaKeys.turnstile.siteKey });
    expect(onText).not.toContain(captchaKeys.turnstile.secretKey);
  });

  it('Turnstile: refuses a missing or bad token, accepts a good one checked with the provider', async () => {
    await api.put('/captcha-provider', { config: turnstile });
    await setPolicy(true);

    const none = await start();
    expect(none.started.status).toBe(204);
    expect(await passwordSignIn(none.browser)).toMatchObject({
      status: 422,
      body: { code: 'session.captcha_required' },
    });
    // Sign-up creates no account without the CAPTCHA either.
    const signUp = await start(undefined, 'Register');
    const username = `captcha_${Date.now()}`;
    const identity = await signUp.browser.api('POST', '/verification/new-password-identity', {
      identifier: { type: 'username', value: username },
      password,
    });
    const refusedSignUp = await signUp.browser.api('POST', '/identification', {
      verificationId: identity.body.verificationId,
    });
    expect(refusedSignUp).toMatchObject({ status: 422, body: { code: 'session.captcha_required' } });
    expect(await server.services.users.findByIdentifier('username', username)).toBeUndefined();

    const before = turnstileFake.requests.length;
    const bad = await start('widget-token-forged');
    expect(bad.started).toMatchObject({ status: 422, body: { code: 'session.captcha_failed' } });

    const good = await start(captchaTokens.good);
    expect(good.started.status).toBe(204);
    expect(await passwordSignIn(good.browser)).toMatchObject({ status: 200, body: { redirectTo: expect.any(String) } });

    const sent = turnstileFake.requests.slice(before).map((request) => new URLSearchParams(request.body));
    expect(sent.map((form) => form.get('response'))).toEqual(['widget-token-forged', captchaTokens.good]);
    expect(sent.every((form) => form.get('secret') === captchaKeys.turnstile.secretKey)).toBe(true);
    expect(sent.every((form) => /127\.0\.0\.1/.test(form.get('remoteip') ?? ''))).toBe(true);
    expect(turnstileFake.violations).toEqual([]);
  });

  it('a provider that fails or never answers gives a clear error, not a pass', async () => {
    await api.put('/captcha-provider', { config: turnstile });
    await setPolicy(true);
    turnstileFake.mode = 'server_error';
    const failing = await start(captchaTokens.good);
    expect(failing.started.status).toBe(503);
    expect(failing.started.body.code).toBe('session.captcha_failed');
    expect(failing.started.body.message).toMatch(/Cloudflare Turnstile failed on its side \(HTTP 503\)/);

    turnstileFake.mode = 'hang';
    const hanging = await start(captchaTokens.good);
    expect(hanging.started.status).toBe(503);
    expect(hanging.started.body.message).toMatch(/did not answer within 1.5 s/);
    expect(JSON.stringify([failing.started.body, hanging.started.body])).not.toContain(captchaKeys.turnstile.secretKey);

    // A wrong secret key is the administrator's problem, said so, rather than the user's.
    turnstileFake.mode = 'normal';
    await api.put('/captcha-provider', { config: { ...turnstile, secretKey: 'not-the-secret' } });
    const misconfigured = await start(captchaTokens.good);
    expect(misconfigured.started).toMatchObject({ status: 503, body: { code: 'session.captcha_failed' } });
    expect(misconfigured.started.body.message).toMatch(/refused the secret key/);
  });

  it('reCAPTCHA Enterprise: a valid token with a good score passes; a low score or bad token fails', async () => {
    await api.put('/captcha-provider', { config: recaptcha });
    await setPolicy(true);
    const before = recaptchaFake.requests.length;

    const good = await start(captchaTokens.good);
    expect(good.started.status).toBe(204);
    expect((await passwordSignIn(good.browser)).status).toBe(200);
    expect((await start(captchaTokens.lowScore)).started).toMatchObject({
      status: 422,
      body: { code: 'session.captcha_failed' },
    });
    expect((await start('widget-token-forged')).started.status).toBe(422);

    // A checkbox widget passes on the valid token alone, as in Logto.
    await api.put('/captcha-provider', { config: { ...recaptcha, mode: 'checkbox' } });
    expect((await start(captchaTokens.lowScore)).started.status).toBe(204);

    const first = recaptchaFake.requests[before];
    expect(first?.path).toBe(
      `/v1/projects/${captchaKeys.recaptcha.projectId}/assessments?key=${captchaKeys.recaptcha.secretKey}`,
    );
    expect(JSON.parse(first?.body ?? '{}')).toEqual({
      event: {
        token: captchaTokens.good,
        siteKey: captchaKeys.recaptcha.siteKey,
        expectedAction: 'interaction',
        userIpAddress: expect.stringMatching(/127\.0\.0\.1/),
      },
    });
    expect(recaptchaFake.violations).toEqual([]);

    await api.put('/captcha-provider', { config: { ...recaptcha, secretKey: 'wrong-api-key' } });
    const refusedKey = await start(captchaTokens.good);
    expect(refusedKey.started).toMatchObject({ status: 503, body: { code: 'session.captcha_failed' } });
    expect(refusedKey.started.body.message).not.toContain('wrong-api-key');
  });

  it('asks before sending a code to an unidentified address; a passed CAPTCHA survives an event switch', async () => {
    await api.put('/captcha-provider', { config: turnstile });
    await setPolicy(true);
    const none = await start();
    const code = await none.browser.api('POST', '/verification/verification-code', {
      identifier: { type: 'email', value: 'someone@example.com' },
      interactionEvent: 'SignIn',
    });
    expect(code).toMatchObject({ status: 422, body: { code: 'session.captcha_required' } });

    // Passed at SignIn, then switched to Register: the account is created.
    const passed = await start(captchaTokens.good);
    expect((await passed.browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' })).status).toBe(204);
    const username = `captcha_ok_${Date.now()}`;
    const identity = await passed.browser.api('POST', '/verification/new-password-identity', {
      identifier: { type: 'username', value: username },
      password,
    });
    const created = await passed.browser.api('POST', '/identification', {
      verificationId: identity.body.verificationId,
    });
    expect(created.status).toBe(201);
    expect((await passed.browser.api('POST', '/submit')).status).toBe(200);
  });

  it('a magic link (one-time token) signs in without a CAPTCHA, as in Logto', async () => {
    await api.put('/captcha-provider', { config: turnstile });
    await setPolicy(true);
    const email = `magic-${Date.now()}@example.com`;
    await createUser(server, { primaryEmail: email });
    const created = await api.post('/one-time-tokens', { email });
    expect(created.status).toBe(201);
    const { browser } = await start();
    const verified = await browser.api('POST', '/verification/one-time-token/verify', {
      identifier: { type: 'email', value: email },
      token: created.body.token,
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(
      (await browser.api('POST', '/identification', { verificationId: verified.body.verificationId })).status,
    ).toBe(204);
    expect((await browser.api('POST', '/submit')).status).toBe(200);
  });

  it('a verified social sign-in needs no CAPTCHA, as in Logto', async () => {
    const upstream = await startOAuth2Fake();
    try {
      const created = await createAcmeConnector(api, upstream.config({ tokenEndpointResponseType: 'json' }));
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      await setSocialTargets(server, ['acme']);
      await api.put('/captcha-provider', { config: turnstile });
      await setPolicy(true);
      const signedIn = await socialSignIn(server, config, created.body.id);
      expect(signedIn.registered).toBe(true);
      expect(upstream.violations).toEqual([]);
    } finally {
      await setSocialTargets(server, []);
      await upstream.close();
    }
  });

  it('opens the sign-in page’s CSP to the provider’s script and frame origins only while CAPTCHA is on', async () => {
    const cspOf = async () => (await fetch(`${server.url}/sign-in`)).headers.get('content-security-policy') ?? '';
    await api.put('/captcha-provider', { config: { ...recaptcha, domain: 'www.recaptcha.net' } });
    await setPolicy(true);
    const on = await cspOf();
    expect(on).toContain("script-src 'self' https://www.recaptcha.net/recaptcha/ https://www.gstatic.com/recaptcha/;");
    expect(on).toContain('frame-src https://www.recaptcha.net/recaptcha/ https://recaptcha.google.com/recaptcha/;');
    await setPolicy(false);
    const off = await cspOf();
    expect(off).toContain("script-src 'self';");
    expect(off).not.toContain('frame-src');
    expect(off).not.toContain('recaptcha');
  });

  it('asks for nothing while the policy is off or no provider is set up', async () => {
    await api.put('/captcha-provider', { config: turnstile });
    await setPolicy(false);
    const off = await start();
    expect((await passwordSignIn(off.browser)).status).toBe(200);
    await setPolicy(true);
    await api.delete('/captcha-provider');
    const removed = await start();
    expect((await passwordSignIn(removed.browser)).status).toBe(200);
  });
});
