import { createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type ManagementApi, managementApi, readOnlyApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { rawRequest } from './support/raw-http.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

type Json = Record<string, any>;
const activationSeconds = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Logto's `/api/configs` routes: OIDC keys, session lifetime, ID token claims, admin console data. */
describe(`Management API: configs (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let reader: Awaited<ReturnType<typeof readOnlyApi>>;
  const callback = 'http://localhost:3000/callback';

  beforeAll(async () => {
    server = await startTestServer({
      TESSERA_KEY_RELOAD_SECONDS: '1',
      TESSERA_KEY_ACTIVATION_DELAY_SECONDS: String(activationSeconds),
    });
    api = await managementApi(server);
    reader = await readOnlyApi(server, api);
  });
  afterAll(() => server.stop());

  const jwks = async () => (await (await fetch(`${server.issuer}/jwks`)).json()) as JSONWebKeySet;
  const verifies = async (token: string) =>
    jwtVerify(token, createLocalJWKSet(await jwks()), { issuer: server.issuer }).then(
      () => true,
      () => false,
    );

  /** Signs a new user in to a Traditional app and answers the tokens and the user. */
  async function signInUser(scope: string, user?: Awaited<ReturnType<typeof createUser>>) {
    const app = await createApp(server, 'Traditional', [callback]);
    const config = await clientConfig(server, app.id, app.secret as string);
    const signedIn = user ?? (await createUser(server));
    const request = await authorizationRequest(config, { redirect_uri: callback, scope });
    const url = await signIn(new Browser(server.url), request.url, {
      username: signedIn.username as string,
      password,
    });
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    return { tokens, user: signedIn, app };
  }

  it('lists keys by id, date and status, never their material', async () => {
    const privateKeys = await api.get('/configs/oidc/private-keys');
    expect(privateKeys.status).toBe(200);
    expect(privateKeys.body).toEqual([
      {
        id: expect.any(String),
        createdAt: expect.any(Number),
        signingKeyAlgorithm: 'EC',
        status: 'Current',
        activatesAt: expect.any(Number),
      },
    ]);
    expect((await jwks()).keys.map((key) => key.kid)).toEqual([privateKeys.body[0].id]);
    const cookieKeys = await api.get('/configs/oidc/cookie-keys');
    expect(cookieKeys.body).toEqual([{ id: expect.any(String), createdAt: expect.any(Number) }]);
    expect((await api.get('/configs/oidc/other-keys')).status).toBe(400);
    // A viewer reads them too: there is no secret in the answer.
    expect((await reader.get('/configs/oidc/private-keys')).body).toEqual(privateKeys.body);
  });

  it('refuses to delete the only key, an unknown key, and refuses RSA (Tessera signs with EC)', async () => {
    const [signing] = (await api.get('/configs/oidc/private-keys')).body;
    const only = await api.delete(`/configs/oidc/private-keys/${signing.id}`);
    expect([only.status, only.body.code]).toEqual([422, 'oidc.key_required']);
    const [cookie] = (await api.get('/configs/oidc/cookie-keys')).body;
    const onlyCookie = await api.delete(`/configs/oidc/cookie-keys/${cookie.id}`);
    expect([onlyCookie.status, onlyCookie.body.code]).toEqual([422, 'oidc.key_required']);
    expect((await api.delete('/configs/oidc/private-keys/no-such-key')).status).toBe(404);
    const rsa = await api.post('/configs/oidc/private-keys/rotate', { signingKeyAlgorithm: 'RSA' });
    expect([rsa.status, rsa.body.code]).toEqual([400, 'oidc.unsupported_signing_key_algorithm']);
    expect((await api.post('/configs/oidc/private-keys/rotate', { signingKeyAlgorithm: 'DSA' })).status).toBe(400);
  });

  it('rotates the signing key: published at once, signs from activation; old tokens verify until their key is deleted', async () => {
    const [old] = (await api.get('/configs/oidc/private-keys')).body;
    const oldToken = api.accessToken;
    expect(decodeProtectedHeader(oldToken).kid).toBe(old.id);

    const rotated = await api.post('/configs/oidc/private-keys/rotate', { signingKeyAlgorithm: 'EC' });
    expect(rotated.status).toBe(200);
    const [fresh, previous] = rotated.body;
    expect(rotated.body).toHaveLength(2);
    expect(fresh).toMatchObject({ signingKeyAlgorithm: 'EC', status: 'Next' });
    expect(previous).toMatchObject({ id: old.id, status: 'Current' });
    expect((await jwks()).keys.map((key) => key.kid)).toEqual([old.id, fresh.id]);
    // The key about to sign cannot be deleted.
    const next = await api.delete(`/configs/oidc/private-keys/${fresh.id}`);
    expect([next.status, next.body.code]).toEqual([422, 'oidc.only_previous_key_can_be_deleted']);

    await sleep(activationSeconds * 1000 + 300);
    const active = (await api.get('/configs/oidc/private-keys')).body;
    expect(active.map((key: Json) => [key.id, key.status])).toEqual([
      [fresh.id, 'Current'],
      [old.id, 'Previous'],
    ]);
    const current = await api.delete(`/configs/oidc/private-keys/${fresh.id}`);
    expect([current.status, current.body.code]).toEqual([422, 'oidc.only_previous_key_can_be_deleted']);
    const newApi = await managementApi(server);
    expect(decodeProtectedHeader(newApi.accessToken).kid).toBe(fresh.id);
    // The token the old key signed still verifies and still calls the API.
    expect(await verifies(oldToken)).toBe(true);
    expect((await apiClient(server, oldToken).get('/configs/oidc/private-keys')).status).toBe(200);

    expect((await newApi.delete(`/configs/oidc/private-keys/${old.id}`)).status).toBe(204);
    expect((await jwks()).keys.map((key) => key.kid)).toEqual([fresh.id]);
    expect(await verifies(oldToken)).toBe(false);
    expect((await apiClient(server, oldToken).get('/configs/oidc/private-keys')).status).toBe(401);
    expect(await verifies(newApi.accessToken)).toBe(true);
    api = newApi;
    // The viewer's token was signed by the deleted key too.
    reader = await readOnlyApi(server, api);
  });

  it('rotates cookie keys: a signed-in session survives, and only a previous key can be deleted', async () => {
    const [old] = (await api.get('/configs/oidc/cookie-keys')).body;
    const rotated = await api.post('/configs/oidc/cookie-keys/rotate', {});
    expect(rotated.status).toBe(200);
    expect(rotated.body).toEqual([
      { id: expect.any(String), createdAt: expect.any(Number) },
      { id: old.id, createdAt: old.createdAt },
    ]);
    const current = await api.delete(`/configs/oidc/cookie-keys/${rotated.body[0].id}`);
    expect([current.status, current.body.code]).toEqual([422, 'oidc.only_previous_key_can_be_deleted']);
    expect((await api.delete(`/configs/oidc/cookie-keys/${old.id}`)).status).toBe(204);
    expect((await api.get('/configs/oidc/cookie-keys')).body.map((key: Json) => key.id)).toEqual([rotated.body[0].id]);
    // Sign-in still works with the new key.
    expect((await signInUser('openid')).tokens.id_token).toEqual(expect.any(String));
  });

  it('reads and changes the session lifetime, which new sign-in sessions get', async () => {
    expect((await api.get('/configs/oidc/session')).body).toEqual({ ttl: server.config.sessionTtl });
    const updated = await api.patch('/configs/oidc/session', { ttl: 7200 });
    expect([updated.status, updated.body]).toEqual([200, { ttl: 7200 }]);
    expect((await reader.get('/configs/oidc/session')).body).toEqual({ ttl: 7200 });
    for (const bad of [{ ttl: 'long' }, { ttl: 10 }, { ttl: 7200, other: 1 }])
      expect((await api.patch('/configs/oidc/session', bad)).status).toBe(400);

    // Only the session of the sign-in below is left to look at.
    await server.services.db.deleteFrom('oidc_model_instances').where('model_name', '=', 'Session').execute();
    const before = Date.now();
    await signInUser('openid');
    const sessions = await server.services.db
      .selectFrom('oidc_model_instances')
      .select('expires_at')
      .where('model_name', '=', 'Session')
      .execute();
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      expect(Number(session.expires_at)).toBeGreaterThanOrEqual(before + 7200_000 - 1000);
      expect(Number(session.expires_at)).toBeLessThanOrEqual(Date.now() + 7200_000);
    }
  });

  it('sets the extended claims the ID token carries; user info serves them all', async () => {
    expect((await api.get('/configs/id-token')).body).toEqual({
      enabledExtendedClaims: ['roles', 'organizations', 'organization_roles'],
    });
    const user = await createUser(server, { customData: { plan: 'pro' } } as never);
    const before = await signInUser('openid roles custom_data', user);
    expect(before.tokens.claims()).toMatchObject({ roles: [] });
    expect(before.tokens.claims()).not.toHaveProperty('custom_data');

    const put = await api.put('/configs/id-token', { enabledExtendedClaims: ['custom_data'] });
    expect([put.status, put.body]).toEqual([200, { enabledExtendedClaims: ['custom_data'] }]);
    expect((await api.get('/configs/id-token')).body).toEqual({ enabledExtendedClaims: ['custom_data'] });
    const after = await signInUser('openid roles custom_data', user);
    expect(after.tokens.claims()).toMatchObject({ custom_data: { plan: 'pro' } });
    expect(after.tokens.claims()).not.toHaveProperty('roles');
    const config = await clientConfig(server, after.app.id, after.app.secret as string);
    const userinfo = await oidc.fetchUserInfo(config, after.tokens.access_token, user.id);
    expect(userinfo).toMatchObject({ roles: [], custom_data: { plan: 'pro' } });
    expect((await api.put('/configs/id-token', { enabledExtendedClaims: ['password'] })).status).toBe(400);
    expect((await api.put('/configs/id-token', {})).status).toBe(400);
  });

  it('stores the admin console data as JSON, merging each change', async () => {
    expect((await api.get('/configs/admin-console')).body).toEqual({
      signInExperienceCustomized: false,
      organizationCreated: false,
    });
    const patched = await api.patch('/configs/admin-console', { signInExperienceCustomized: true, language: 'en' });
    expect([patched.status, patched.body]).toEqual([
      200,
      { signInExperienceCustomized: true, organizationCreated: false, language: 'en' },
    ]);
    expect((await api.get('/configs/admin-console')).body).toEqual(patched.body);
    expect((await api.call('PATCH', '/configs/admin-console', undefined, '[1]')).status).toBe(400);
  });

  it('refuses writes with a read-only token and everything without a token', async () => {
    const writes: Array<[string, string, Json]> = [
      ['POST', '/configs/oidc/private-keys/rotate', {}],
      ['DELETE', '/configs/oidc/cookie-keys/some-id', {}],
      ['PATCH', '/configs/oidc/session', { ttl: 3600 }],
      ['PUT', '/configs/id-token', { enabledExtendedClaims: [] }],
      ['PATCH', '/configs/admin-console', {}],
    ];
    for (const [method, path, body] of writes) {
      const answer = await reader.call(method, path, method === 'DELETE' ? undefined : body);
      expect([method, path, answer.status]).toEqual([method, path, 403]);
    }
    for (const path of ['/configs/oidc/private-keys', '/configs/oidc/session', '/configs/id-token']) {
      expect((await rawRequest(server.url, 'GET', `/api${path}`)).status).toBe(401);
    }
    expect((await api.get('/configs/oidc/session')).body).toEqual({ ttl: 7200 });
  });
});
