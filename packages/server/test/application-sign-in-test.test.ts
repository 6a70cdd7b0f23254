import type { Browser as Chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/admin-token.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import type { ApiResponse, apiClient } from './support/management-client.js';
import { assignRole, createApiResource, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience } from './support/sign-in.js';

type Json = Record<string, any>;
type Api = ReturnType<typeof apiClient>;

const callbackPath = '/console/sign-in-test/callback';
const nativeCallback = 'io.tessera.demo://callback';
const itemsApi = 'https://items.example.com';

/** The console's "test sign-in" of an app: a real sign-in with the app's settings, whose claims the API returns. */
describe(`Management API: test sign-ins of applications (${dialect})`, () => {
  let server: TestServer;
  let admin: Api;
  let viewer: Api;
  let user: Awaited<ReturnType<typeof createUser>>;
  const callback = () => `${server.url}${callbackPath}`;

  beforeAll(async () => {
    server = await startTestServer();
    const accounts = {
      admin: { username: 'test_admin', password: 'a long admin passphrase' },
      viewer: { username: 'test_viewer', password: 'a long viewer passphrase' },
    };
    await server.services.admins.create({ ...accounts.admin, role: 'admin' });
    await server.services.admins.create({ ...accounts.viewer, role: 'viewer' });
    [admin, viewer] = await Promise.all([adminApi(server, accounts.admin), adminApi(server, accounts.viewer)]);
    user = await createUser(server, { name: 'Grace Hopper', primaryEmail: 'grace@example.com' });
    const { roleId } = await createApiResource(server, itemsApi, ['read:items', 'write:items'], ['read:items']);
    await assignRole(server, { userId: user.id }, roleId);
  });
  afterAll(() => server.stop());

  async function createApp(type: string, redirectUris: string[] = []): Promise<Json> {
    const created = await admin.post('/applications', {
      name: `${type} under test`,
      type,
      oidcClientMetadata: { redirectUris, postLogoutRedirectUris: [] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return created.body;
  }

  async function startTest(appId: string, body: Json = {}): Promise<Json> {
    const created = await admin.post(`/applications/${appId}/sign-in-tests`, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  /**
   * Opens the test's authorization URL, signs in on the hosted page's API as the test user and
   * follows the provider to the test callback, which stays on this server. Returns that URL.
   */
  async function signInToCallback(
    authorizationUrl: string,
    browser = new Browser(server.url),
    username = user.username as string,
  ): Promise<URL> {
    const landing = await browser.follow(authorizationUrl);
    await landing.response?.body?.cancel();
    // prompt=login: the sign-in page, even for a browser that holds a session.
    expect(landing.url.pathname).toBe('/sign-in');
    let next = new URL(await completeExperience(browser, { username, password }), browser.origin);
    for (let hops = 0; next.pathname !== callbackPath; hops++) {
      const response = await browser.request(next);
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location || hops > 10) throw new Error(`no way to the callback from ${next} (${response.status})`);
      next = new URL(location, next);
    }
    return next;
  }

  /** The callback as the browser gets it: a redirect to the console page of the result, or a page. */
  async function openCallback(url: URL | string, headers: Record<string, string> = {}) {
    const response = await fetch(url, { redirect: 'manual', headers: { accept: 'text/html', ...headers } });
    return { status: response.status, location: response.headers.get('location'), response };
  }

  const result = (appId: string, testId: string, api: Api = admin): Promise<ApiResponse> =>
    api.get(`/applications/${appId}/sign-in-tests/${testId}`);

  for (const [type, extraUris] of [
    ['SPA', ['http://localhost:3000/callback']],
    ['Native', [nativeCallback]],
    ['Traditional', ['https://app.example.com/callback']],
  ] as const) {
    it(`signs a real user in to a ${type} app once its callback is added, and returns the claims only`, async () => {
      const app = await createApp(type, [...extraUris]);
      const missing = await admin.post(`/applications/${app.id}/sign-in-tests`, {});
      expect(missing.status).toBe(422);
      expect(missing.body).toMatchObject({
        code: 'application.sign_in_test_callback_missing',
        data: { redirectUri: callback() },
      });
      expect(missing.body.message).toContain(callback());

      // The console's "add it": an ordinary update of the app's redirect URIs.
      const patched = await admin.patch(`/applications/${app.id}`, {
        oidcClientMetadata: { redirectUris: [...extraUris, callback()] },
      });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);

      const test = await startTest(app.id);
      expect(test).toMatchObject({ id: expect.any(String), redirectUri: callback() });
      expect(test.expiresAt - Date.now()).toBeGreaterThan(9 * 60_000);
      const url = new URL(test.authorizationUrl);
      expect(url.origin + url.pathname).toBe(`${server.issuer}/auth`);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        client_id: app.id,
        redirect_uri: callback(),
        response_type: 'code',
        scope: 'openid profile email phone',
        code_challenge_method: 'S256',
        prompt: 'login',
        state: expect.any(String),
        nonce: expect.any(String),
        code_challenge: expect.any(String),
      });
      expect((await result(app.id, test.id)).body.status).toBe('pending');

      const landed = await openCallback(await signInToCallback(test.authorizationUrl));
      expect(landed.status).toBe(303);
      expect(landed.location).toBe(`/console/applications/${app.id}/sign-in-test/${test.id}`);

      const { status, body } = await result(app.id, test.id);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: test.id, applicationId: app.id, status: 'succeeded' });
      expect(body.result.idTokenClaims).toMatchObject({
        iss: server.issuer,
        sub: user.id,
        aud: app.id,
        name: 'Grace Hopper',
        email: 'grace@example.com',
      });
      expect(body.result.userinfo).toMatchObject({ sub: user.id, username: user.username, email: 'grace@example.com' });
      expect(body.result.scope.split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'email', 'phone']));
      // Claims, never tokens.
      expect(Object.keys(body.result).sort()).toEqual(['idTokenClaims', 'scope', 'userinfo']);
      expect(JSON.stringify(body)).not.toMatch(/access_token|id_token|refresh_token|eyJ/);
    });
  }

  it('asks the tester to sign in again even when the browser holds a session (prompt=login)', async () => {
    const app = await createApp('SPA', [callback()]);
    const browser = new Browser(server.url);
    for (let round = 0; round < 2; round++) {
      const test = await startTest(app.id);
      // signInToCallback expects the sign-in page each time.
      expect((await openCallback(await signInToCallback(test.authorizationUrl, browser))).status).toBe(303);
      expect((await result(app.id, test.id)).body.status).toBe('succeeded');
    }
  });

  it('tests an API resource: the access token’s claims replace userinfo, with the permissions the roles grant', async () => {
    const app = await createApp('SPA', [callback()]);
    const test = await startTest(app.id, { scopes: ['read:items', 'write:items'], resource: itemsApi });
    const url = new URL(test.authorizationUrl);
    expect(url.searchParams.get('resource')).toBe(itemsApi);
    expect(url.searchParams.get('scope')).toBe('openid profile email phone read:items write:items');
    expect((await openCallback(await signInToCallback(test.authorizationUrl))).status).toBe(303);
    const { body } = await result(app.id, test.id);
    expect(body.status, JSON.stringify(body)).toBe('succeeded');
    expect(body.result.accessTokenClaims).toMatchObject({ aud: itemsApi, sub: user.id, client_id: app.id });
    // write:items exists but no role of the user grants it.
    expect(body.result.accessTokenClaims.scope).toBe('read:items');
    expect(body.result.userinfo).toBeUndefined();
    expect(body.result.idTokenClaims).toMatchObject({ sub: user.id, aud: app.id });
  });

  it('refuses what cannot be tested, each with a clear error', async () => {
    const m2m = await createApp('MachineToMachine');
    const machine = await admin.post(`/applications/${m2m.id}/sign-in-tests`, {});
    expect(machine.status).toBe(422);
    expect(machine.body.code).toBe('application.sign_in_test_unsupported_type');
    expect(machine.body.message).toContain('client credentials');

    const traditional = await createApp('Traditional', [callback()]);
    expect((await admin.delete(`/applications/${traditional.id}/secrets/Default%20secret`)).status).toBe(204);
    const noSecret = await admin.post(`/applications/${traditional.id}/sign-in-tests`, {});
    expect(noSecret.status).toBe(422);
    expect(noSecret.body.code).toBe('application.sign_in_test_no_secret');

    const spa = await createApp('SPA', [callback()]);
    const unknownResource = await admin.post(`/applications/${spa.id}/sign-in-tests`, {
      resource: 'https://nowhere.example.com',
    });
    expect(unknownResource.status).toBe(422);
    expect(unknownResource.body.message).toContain('https://nowhere.example.com');
    for (const body of [{ scopes: ['two words'] }, { resource: 'not a uri' }, { resource: 'https://a.example#x' }]) {
      const refused = await admin.post(`/applications/${spa.id}/sign-in-tests`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.code).toBe('guard.invalid_input');
    }
    expect((await admin.post('/applications/no-such-app/sign-in-tests', {})).status).toBe(404);
    expect((await result(spa.id, 'no-such-test')).status).toBe(404);
  });

  it('redeems a callback once: a replay, an unknown state or an expired test gets a 400 page and changes nothing', async () => {
    const app = await createApp('SPA', [callback()]);
    const test = await startTest(app.id);
    const callbackUrl = await signInToCallback(test.authorizationUrl);
    expect((await openCallback(callbackUrl)).status).toBe(303);
    const before = (await result(app.id, test.id)).body;

    const replay = await openCallback(callbackUrl);
    expect(replay.status).toBe(400);
    expect(replay.response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await replay.response.text();
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('data-reason="used"');
    expect(page).toContain('already been completed');
    expect(page).toContain(`href="/console/applications/${app.id}/sign-in-test/${test.id}"`);
    expect((await result(app.id, test.id)).body).toEqual(before);

    const wrongState = new URL(callbackUrl);
    wrongState.searchParams.set('state', 'not-the-state');
    const unknown = await openCallback(wrongState, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    expect(unknown.status).toBe(400);
    const chinese = await unknown.response.text();
    expect(chinese).toContain('<html lang="zh-CN"');
    expect(chinese).toContain('此登录测试链接无效');
    const noState = await openCallback(`${callback()}?code=abc`);
    expect(noState.status).toBe(400);
    expect(await noState.response.text()).toContain('data-reason="unknown"');

    // A test past its ten minutes: reported expired, and its callback refused before any code is redeemed.
    const late = await startTest(app.id);
    const lateUrl = await signInToCallback(late.authorizationUrl);
    await server.services.db
      .updateTable('application_sign_in_tests')
      .set({ expires_at: Date.now() - 1000 })
      .where('id', '=', late.id)
      .execute();
    expect((await result(app.id, late.id)).body.status).toBe('expired');
    const expired = await openCallback(lateUrl);
    expect(expired.status).toBe(400);
    expect(await expired.response.text()).toContain('data-reason="expired"');
    expect((await result(app.id, late.id)).body).toMatchObject({ status: 'expired' });
    expect((await result(app.id, late.id)).body.result).toBeUndefined();

    expect((await fetch(callbackUrl, { method: 'HEAD' })).status).toBe(405);
  });

  it('records where a sign-in stopped when the provider answers with an error', async () => {
    const app = await createApp('SPA', [callback()]);
    const test = await startTest(app.id);
    const state = new URL(test.authorizationUrl).searchParams.get('state') as string;
    const cancelled = new URL(callback());
    for (const [name, value] of Object.entries({
      error: 'access_denied',
      error_description: 'The user cancelled the sign-in.',
      state,
      iss: server.issuer,
    }))
      cancelled.searchParams.set(name, value);
    const landed = await openCallback(cancelled);
    expect(landed.status).toBe(303);
    expect(landed.location).toBe(`/console/applications/${app.id}/sign-in-test/${test.id}`);
    expect((await result(app.id, test.id)).body).toMatchObject({
      status: 'failed',
      error: { step: 'authorization', code: 'access_denied', message: 'The user cancelled the sign-in.' },
    });
  });

  it('records a token endpoint refusal, and a token endpoint it cannot reach, as failures of that step', async () => {
    const app = await createApp('Traditional', [callback()]);
    const forged = await startTest(app.id);
    const state = new URL(forged.authorizationUrl).searchParams.get('state') as string;
    const landed = await openCallback(`${callback()}?code=not-a-code&state=${encodeURIComponent(state)}`);
    expect(landed.status).toBe(303);
    expect((await result(app.id, forged.id)).body).toMatchObject({
      status: 'failed',
      error: { step: 'token', code: 'invalid_grant' },
    });

    const unreachable = await startTest(app.id);
    const callbackState = new URL(unreachable.authorizationUrl).searchParams.get('state') as string;
    const outcome = await server.services.signInTests.complete(
      { state: callbackState, code: 'any', iss: server.issuer },
      'http://127.0.0.1:1/oidc',
    );
    expect(outcome).toMatchObject({ redeemed: true, testId: unreachable.id });
    expect((await result(app.id, unreachable.id)).body).toMatchObject({
      status: 'failed',
      error: { step: 'token', code: 'request_failed' },
    });
  });

  it('lets a Viewer read results but not start a test', async () => {
    const app = await createApp('SPA', [callback()]);
    const test = await startTest(app.id);
    const refused = await viewer.post(`/applications/${app.id}/sign-in-tests`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.forbidden');
    const read = await result(app.id, test.id, viewer);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: test.id, status: 'pending' });
  });

  it('keeps results an hour past expiry, and deletes them with their app', async () => {
    const app = await createApp('SPA', [callback()]);
    const [old, recent] = [await startTest(app.id), await startTest(app.id)];
    await server.services.db
      .updateTable('application_sign_in_tests')
      .set({ expires_at: Date.now() - 61 * 60_000 })
      .where('id', '=', old.id)
      .execute();
    await server.services.signInTests.prune();
    expect((await result(app.id, old.id)).status).toBe(404);
    expect((await result(app.id, recent.id)).status).toBe(200);
    // Another app's id does not reach the test.
    const other = await createApp('SPA');
    expect((await result(other.id, recent.id)).status).toBe(404);
    expect((await admin.delete(`/applications/${app.id}`)).status).toBe(204);
    const left = await server.services.db.selectFrom('application_sign_in_tests').select('id').execute();
    expect(left.map((row) => row.id)).not.toContain(recent.id);
  });

  it('never lets a redirect URI break a Native app: the provider’s rules apply when URIs are saved', async () => {
    const native = await createApp('Native', [nativeCallback]);
    for (const uri of ['http://tessera.example.com/callback', 'https://localhost/callback', 'javascript://x']) {
      const refused = await admin.patch(`/applications/${native.id}`, { oidcClientMetadata: { redirectUris: [uri] } });
      expect(refused.status, uri).toBe(400);
      expect(refused.body.code).toBe('application.invalid_redirect_uri');
      expect(refused.body.message).toContain(uri);
    }
    const spa = await admin.post('/applications', {
      name: 'SPA',
      type: 'SPA',
      oidcClientMetadata: { redirectUris: [], postLogoutRedirectUris: ['myapp://signed-out'] },
    });
    expect(spa.status).toBe(400);
    expect(spa.body.message).toContain('custom-scheme');
  });

  it('explains why a Native app cannot be tested on a plain-http ENDPOINT that is not loopback', async () => {
    const lan = await startTestServer({ ENDPOINT: 'http://tessera.lan:3001' });
    try {
      const native = await lan.services.applications.create({ name: 'Flutter', type: 'Native' });
      await expect(lan.services.signInTests.create(native.id, {})).rejects.toMatchObject({
        code: 'application.sign_in_test_callback_unsupported',
        status: 422,
        message: expect.stringContaining('http://tessera.lan:3001/console/sign-in-test/callback'),
      });
      const spa = await lan.services.applications.create({
        name: 'Web',
        type: 'SPA',
        oidcClientMetadata: {
          redirectUris: ['http://tessera.lan:3001/console/sign-in-test/callback'],
          postLogoutRedirectUris: [],
        },
      });
      await expect(lan.services.signInTests.create(spa.id, {})).resolves.toMatchObject({ id: expect.any(String) });
    } finally {
      await lan.stop();
    }
  });

  it('reaches its own token endpoint over 127.0.0.1 when the server listens on every interface', async () => {
    const open = await startTestServer({ HOST: '0.0.0.0' });
    try {
      const tester = await createUser(open);
      const app = await open.services.applications.create({
        name: 'Everywhere',
        type: 'Traditional',
        oidcClientMetadata: { redirectUris: [`${open.url}${callbackPath}`], postLogoutRedirectUris: [] },
      });
      const test = await open.services.signInTests.create(app.id, {});
      const browser = new Browser(open.url);
      const landed = await openCallback(
        await signInToCallback(test.authorizationUrl, browser, tester.username as string),
      );
      expect(landed.status).toBe(303);
      const done = await open.services.signInTests.get(app.id, test.id);
      expect(done.status, JSON.stringify(done)).toBe('succeeded');
      expect(done.result?.idTokenClaims.sub).toBe(tester.id);
    } finally {
      await open.stop();
    }
  });

  describe.skipIf(dialect === 'postgres')('in Chromium', () => {
    let chromium: Chromium;
    beforeAll(async () => {
      chromium = await launchChromium();
    });
    afterAll(() => chromium?.close());

    it('signs in on the hosted page, lands on the console page of the result, and refuses a replay accessibly', async () => {
      const app = await createApp('SPA', [callback()]);
      const test = await startTest(app.id);
      const context = await chromium.newContext();
      const page = await context.newPage();
      const visited: string[] = [];
      page.on('request', (request) => {
        if (request.isNavigationRequest()) visited.push(request.url());
      });
      await page.goto(test.authorizationUrl);
      await page.locator('#username').fill(user.username as string);
      await page.locator('#password').fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/console/applications/${app.id}/sign-in-test/${test.id}`);
      const callbackUrl = visited.find((url) => url.startsWith(callback())) as string;
      expect(callbackUrl).toContain('code=');
      expect((await result(app.id, test.id)).body.result.idTokenClaims.sub).toBe(user.id);

      for (const locale of ['en-US', 'zh-CN']) {
        const localized = await (await chromium.newContext({ locale, colorScheme: 'dark' })).newPage();
        await localized.goto(callbackUrl);
        const heading = locale === 'en-US' ? 'Sign-in test not completed' : '登录测试未完成';
        await localized.getByRole('heading', { name: heading }).waitFor();
        await localized.getByRole('alert').waitFor();
        await localized.getByRole('link', { name: locale === 'en-US' ? 'See the result' : '查看结果' }).waitFor();
        expect(await seriousAxeViolations(localized)).toEqual([]);
        await localized.context().close();
      }
      await context.close();
    });
  });
});
