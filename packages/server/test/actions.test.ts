import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminApi } from './support/admin-token.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

const callback = 'http://localhost:3999/callback';
const firstFactor = '/configs/actions/action.postFirstFactorVerification';
const postSignIn = '/configs/actions/action.postSignIn';

/** A legacy user store: POST /verify { username, password } answers the profile, or 401. */
function startLegacyApi() {
  const calls: Array<{ authorization?: string; body: { username: string; password: string } }> = [];
  const server = http.createServer((request, response) => {
    // Never answers: the script's fetch must give up by itself.
    if (request.url === '/hang') return;
    if (request.url === '/big') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('x'.repeat(2 * 1024 * 1024));
      return;
    }
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', () => {
      const body = JSON.parse(raw || '{}');
      calls.push({ authorization: request.headers.authorization, body });
      const known = body.username === 'legacy_lena' && body.password === 'old system secret 7';
      response.writeHead(known ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify(known ? { displayName: 'Lena Legacy', tier: 'gold' } : { error: 'no' }));
    });
  });
  return new Promise<{ url: string; calls: typeof calls; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, calls, close: () => server.close() });
    });
  });
}

const migrationScript = `const runAction = async ({ event, environmentVariables }) => {
  const response = await fetch(environmentVariables.LEGACY_URL + '/verify', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + environmentVariables.LEGACY_TOKEN },
    body: JSON.stringify({ username: event.identifier.value, password: event.password }),
  });
  if (!response.ok) return;
  const profile = await response.json();
  return {
    action: event.user ? 'updateUser' : 'createUser',
    user: { name: profile.displayName, customData: { tier: profile.tier, migrated: true } },
    passwordVerified: true,
  };
};`;

describe(`Actions (${dialect})`, { timeout: 60_000 }, () => {
  let server: TestServer;
  let api: ManagementApi;
  let legacy: Awaited<ReturnType<typeof startLegacyApi>>;
  let app: Awaited<ReturnType<typeof createApp>>;

  beforeAll(async () => {
    legacy = await startLegacyApi();
    // The fake legacy API listens on loopback: the documented switch lets actions reach it.
    server = await startTestServer({
      TESSERA_ACTIONS_FETCH_ALLOW_PRIVATE_NETWORKS: 'true',
      TESSERA_ACTIONS_TIMEOUT_MS: '3000',
      TESSERA_ACTIONS_FETCH_TIMEOUT_MS: '1000',
    });
    api = await managementApi(server);
    app = await createApp(server, 'Traditional', [callback]);
  });
  afterAll(async () => {
    await server.stop();
    legacy.close();
  });
  beforeEach(async () => {
    await api.delete(firstFactor);
    await api.delete(postSignIn);
  });

  /** Signs in through a real OIDC flow (openid-client + the Experience API); answers the ID token's `sub`. */
  async function signInWith(username: string, password: string): Promise<string> {
    const config = await clientConfig(server, app.id, app.secret);
    const request = await authorizationRequest(config, { redirect_uri: callback });
    const browser = new Browser(server.url);
    const back = await signIn(browser, request.url, { username, password });
    const tokens = await redeemCode(config, request, back);
    return tokens.claims()?.sub as string;
  }

  /** Only the password step, on a fresh interaction: its status and body. */
  async function passwordStep(username: string, password: string) {
    const browser = new Browser(server.url);
    const config = await clientConfig(server, app.id, app.secret);
    const request = await authorizationRequest(config, { redirect_uri: callback });
    await (await browser.follow(request.url)).response?.body?.cancel();
    await browser.api('PUT', '', { interactionEvent: 'SignIn' });
    return browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: username },
      password,
    });
  }

  it('creates, reads, merges, lists and deletes actions; environment values are masked for viewers', async () => {
    expect((await api.get('/configs/actions')).body).toEqual([]);
    expect((await api.get(firstFactor)).status).toBe(404);
    expect((await api.patch(firstFactor, { enabled: true })).status).toBe(404);
    const unknown = await api.get('/configs/actions/action.postRegister');
    expect(unknown.status).toBe(400);
    const created = await api.put(firstFactor, {
      script: migrationScript,
      environmentVariables: { LEGACY_TOKEN: 'legacy-token-123' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const patched = await api.patch(firstFactor, { enabled: true, onExecutionError: 'allow' });
    expect(patched.body).toEqual({
      script: migrationScript,
      environmentVariables: { LEGACY_TOKEN: 'legacy-token-123' },
      enabled: true,
      onExecutionError: 'allow',
    });
    expect((await api.put(firstFactor, { script: migrationScript })).status).toBe(200);
    expect((await api.get('/configs/actions')).body).toEqual([
      { key: 'action.postFirstFactorVerification', value: { script: migrationScript } },
    ]);
    const badPolicy = await api.patch(firstFactor, { onExecutionError: 'ignore' });
    expect(badPolicy.status).toBe(400);

    await api.put(postSignIn, { script: 'const runAction = () => {};', environmentVariables: { KEY: 'secret' } });
    await server.services.admins.create({ username: 'viewer_vic', password: 'a long passphrase 42', role: 'viewer' });
    const viewer = await adminApi(server, { username: 'viewer_vic', password: 'a long passphrase 42' });
    const seen = await viewer.get(postSignIn);
    expect(seen.body.environmentVariables).toEqual({ KEY: '********' });
    expect((await viewer.put(postSignIn, { script: 'const runAction = () => {};' })).status).toBe(403);
    // A test run may reach the network: read-only tokens may not start one.
    const viewerTest = await viewer.post('/configs/actions/test', {
      actionType: 'action.postSignIn',
      script: 'const runAction = () => {};',
    });
    expect(viewerTest.status).toBe(403);
    // Sealed at rest: the stored row never holds the clear value.
    const row = await server.services.db
      .selectFrom('configs')
      .select('value')
      .where('key', '=', 'action.postSignIn')
      .executeTakeFirstOrThrow();
    expect(row.value).not.toContain('secret');

    expect((await api.delete(postSignIn)).status).toBe(204);
    expect((await api.delete(postSignIn)).status).toBe(404);
  });

  it('tests a script: 200 with its result, 204 for none, 422 when it fails or runs too long', async () => {
    const ok = await api.post('/configs/actions/test', {
      actionType: 'action.postSignIn',
      script: `const runAction = ({ event, environmentVariables }) => ({ action: 'updateUser', user: { name: event.user.name + environmentVariables.SUFFIX } });`,
      event: { user: { name: 'Ada' } },
      environmentVariables: { SUFFIX: ' L.' },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ action: 'updateUser', user: { name: 'Ada L.' } });
    const none = await api.post('/configs/actions/test', {
      actionType: 'action.postFirstFactorVerification',
      script: 'const runAction = async () => {};',
      event: {},
    });
    expect(none.status).toBe(204);
    const thrown = await api.post('/configs/actions/test', {
      actionType: 'action.postSignIn',
      script: `const runAction = () => { throw new Error('legacy down'); };`,
    });
    expect(thrown.status).toBe(422);
    expect(thrown.body).toMatchObject({
      code: 'action.script_failed',
      message: 'legacy down',
      data: { kind: 'thrown' },
    });
    const started = Date.now();
    const looping = await api.post('/configs/actions/test', {
      actionType: 'action.postSignIn',
      script: 'const runAction = () => { for (;;) {} };',
    });
    expect(looping.status).toBe(422);
    expect(looping.body.data.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(10_000);
    const fetched = await api.post('/configs/actions/test', {
      actionType: 'action.postFirstFactorVerification',
      script: migrationScript,
      event: { identifier: { type: 'username', value: 'legacy_lena' }, password: 'old system secret 7', user: null },
      environmentVariables: { LEGACY_URL: legacy.url, LEGACY_TOKEN: 't' },
    });
    expect(fetched.body).toMatchObject({ action: 'createUser', user: { name: 'Lena Legacy' }, passwordVerified: true });

    // fetch has its own limits: an API that never answers, and an answer over 1 MiB, fail the request.
    const fetchFrom = (path: string) =>
      api.post('/configs/actions/test', {
        actionType: 'action.postSignIn',
        script: `const runAction = async () => { const r = await fetch('${legacy.url}${path}'); return { length: (await r.text()).length }; };`,
      });
    const hanging = await fetchFrom('/hang');
    expect(hanging.status).toBe(422);
    expect(hanging.body.message).toMatch(/no answer within 1000 ms/);
    const big = await fetchFrom('/big');
    expect(big.status).toBe(422);
    expect(big.body.message).toMatch(/exceeds 1048576 bytes/);
  });

  it('migrates a legacy user on the first password sign-in; the second sign-in uses the local hash', async () => {
    await api.put(firstFactor, {
      script: migrationScript,
      environmentVariables: { LEGACY_URL: legacy.url, LEGACY_TOKEN: 'legacy-token-123' },
      enabled: true,
    });
    legacy.calls.length = 0;
    const wrong = await passwordStep('legacy_lena', 'not the password');
    expect(wrong).toMatchObject({ status: 422, body: { code: 'session.invalid_credentials' } });
    expect(legacy.calls).toHaveLength(1);
    expect(legacy.calls[0]?.authorization).toBe('Bearer legacy-token-123');

    const sub = await signInWith('legacy_lena', 'old system secret 7');
    const { body: user } = await api.get(`/users/${sub}`);
    expect(user).toMatchObject({ username: 'legacy_lena', name: 'Lena Legacy', hasPassword: true });
    expect(user.customData).toEqual({ tier: 'gold', migrated: true });
    expect(legacy.calls).toHaveLength(2);

    expect(await signInWith('legacy_lena', 'old system secret 7')).toBe(sub);
    expect(legacy.calls).toHaveLength(2);
  });

  it('updates an existing user whose local password fails, and refuses when the legacy system does', async () => {
    const user = await createUser(server, { username: 'legacy_lena2', customData: { keep: 1 } });
    await api.put(firstFactor, {
      script: `const runAction = ({ event }) => event.password === 'legacy pass 2' && event.user
        ? { action: 'updateUser', user: { name: 'Synced' , customData: { synced: true } }, passwordVerified: true } : undefined;`,
      enabled: true,
    });
    expect((await passwordStep('legacy_lena2', 'something else')).status).toBe(422);
    expect(await signInWith('legacy_lena2', 'legacy pass 2')).toBe(user.id);
    const { body } = await api.get(`/users/${user.id}`);
    expect(body).toMatchObject({ name: 'Synced', customData: { keep: 1, synced: true } });
    // The migrated password is now the local one: it works with the action disabled.
    await api.patch(firstFactor, { enabled: false });
    expect(await signInWith('legacy_lena2', 'legacy pass 2')).toBe(user.id);
  });

  it('never grants a password when the post first-factor script fails or overruns, in either error mode', async () => {
    for (const onExecutionError of ['block', 'allow']) {
      await api.put(firstFactor, {
        script: `const runAction = () => { throw new Error('broken'); };`,
        enabled: true,
        onExecutionError,
      });
      expect(await passwordStep('nobody_here', 'pw')).toMatchObject({
        status: 422,
        body: { code: 'session.invalid_credentials' },
      });
    }
    await api.put(firstFactor, { script: 'const runAction = async () => { for (;;) {} };', enabled: true });
    const started = Date.now();
    expect((await passwordStep('nobody_here', 'pw')).body.code).toBe('session.invalid_credentials');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('post sign-in patches the name and custom data; a failing script blocks or is skipped per its setting', async () => {
    const user = await createUser(server, { username: 'pat_post', customData: { a: 1 } });
    await api.put(postSignIn, {
      script: `const runAction = ({ event }) => ({ action: 'updateUser', user: { name: 'Pat ' + event.user.username, customData: { seen: event.user.roles.length } } });`,
      enabled: true,
    });
    expect(await signInWith('pat_post', 'correct-horse-battery-staple')).toBe(user.id);
    const { body } = await api.get(`/users/${user.id}`);
    expect(body).toMatchObject({ name: 'Pat pat_post', customData: { a: 1, seen: 0 } });

    // A result that tries to change a field actions may not set is a script error.
    await api.put(postSignIn, {
      script: `const runAction = () => ({ action: 'updateUser', user: { username: 'hijack' } });`,
      enabled: true,
    });
    await expect(signInWith('pat_post', 'correct-horse-battery-staple')).rejects.toThrow(/session.verification_failed/);
    await api.patch(postSignIn, { onExecutionError: 'allow' });
    expect(await signInWith('pat_post', 'correct-horse-battery-staple')).toBe(user.id);
    expect((await api.get(`/users/${user.id}`)).body.username).toBe('pat_post');

    await api.put(postSignIn, { script: 'const runAction = () => { for (;;) {} };', enabled: true });
    await expect(signInWith('pat_post', 'correct-horse-battery-staple')).rejects.toThrow(/session.verification_failed/);
  });

  it('refuses private addresses to fetch unless the server allows them', async () => {
    const strict = await startTestServer();
    try {
      const strictApi = await managementApi(strict);
      // Off the hot path: a saved but disabled action starts no sandbox worker at sign-in.
      await strictApi.put(postSignIn, { script: 'const runAction = () => { for (;;) {} };' });
      const strictApp = await createApp(strict, 'Traditional', [callback]);
      const config = await clientConfig(strict, strictApp.id, strictApp.secret);
      const request = await authorizationRequest(config, { redirect_uri: callback });
      const user = await createUser(strict);
      const back = await signIn(new Browser(strict.url), request.url, {
        username: user.username as string,
        password: 'correct-horse-battery-staple',
      });
      expect((await redeemCode(config, request, back)).claims()?.sub).toBe(user.id);
      expect(strict.services.actionPool.stats().workers).toBe(0);
      const answer = await strictApi.post('/configs/actions/test', {
        actionType: 'action.postSignIn',
        script: `const runAction = async () => { await fetch('${legacy.url}/verify', { method: 'POST', body: '{}' }); };`,
      });
      expect(answer.status).toBe(422);
      expect(answer.body.message).toMatch(/private network address/);
      expect(legacy.calls.every((call) => call.body.username !== undefined)).toBe(true);
    } finally {
      await strict.stop();
    }
  });
});
