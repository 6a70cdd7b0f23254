import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainUserinfoClaims } from '../src/oidc/plain-userinfo.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createUser, password, redeemCode } from './support/oidc-fixtures.js';
import { requestCount } from './support/prometheus-text.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

const callback = 'http://127.0.0.1:9/userinfo-callback';

/**
 * User info for a plain bearer token is answered before Koa (http/userinfo-fast-path.ts), from the
 * provider's own models (oidc/plain-userinfo.ts). The answer must be the provider's: a request
 * with an empty query goes through Koa, so the two are compared, and every case the provider must
 * decide (refusals, CORS, DPoP) must be left to it.
 */
describe(`user info answered before the request pipeline (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let config: oidc.Configuration;
  let clientId: string;

  beforeAll(async () => {
    server = await startTestServer({ TESSERA_METRICS_PORT: '0', TESSERA_METRICS_HOST: '127.0.0.1' });
    api = await managementApi(server);
    const app = await api.post('/applications', {
      name: 'User info app',
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: [callback], postLogoutRedirectUris: [] },
    });
    clientId = app.body.id;
    config = await clientConfig(server, clientId, app.body.secret);
  });
  afterAll(async () => server?.stop());

  /** A signed-in user's opaque access token for `scope`. */
  async function accessTokenFor(scope = 'openid profile email') {
    const user = await createUser(server, { primaryEmail: `u${Date.now()}${Math.random()}@example.com`.slice(2) });
    const request = await authorizationRequest(config, { redirect_uri: callback, scope });
    const back = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    const tokens = await redeemCode(config, request, back);
    return { user, token: tokens.access_token };
  }
  const userinfo = (token: string, { query = '', headers = {} as Record<string, string> } = {}) =>
    fetch(`${server.issuer}/me${query}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  /** Headers that differ on every answer, whichever path gives it. */
  const perResponse = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);
  const answer = async (response: Response) => {
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!perResponse.has(name)) headers[name] = value;
    });
    return { status: response.status, headers, body: await response.json() };
  };
  const metricCount = () => requestCount(server.metricsPort, { route: 'oidc:userinfo', method: 'GET', status: '200' });
  const tokenRowId = (token: string) => createHash('sha256').update(token).digest('base64url');

  it('answers a bearer token as the provider does: claims, headers, request id, metrics', async () => {
    const { user, token } = await accessTokenFor();
    expect(await plainUserinfoClaims(server.services.getProvider(), token)).toMatchObject({ sub: user.id });
    const counted = await metricCount();
    const fast = await userinfo(token);
    const piped = await userinfo(token, { query: '?' });
    expect(fast.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const fastAnswer = await answer(fast);
    expect(fastAnswer).toEqual(await answer(piped));
    expect(fastAnswer.status).toBe(200);
    expect(fastAnswer.body).toMatchObject({ sub: user.id, username: user.username, email: user.primaryEmail });
    expect(fastAnswer.headers).toMatchObject({
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
      'x-frame-options': 'DENY',
    });
    expect(await metricCount()).toBe(counted + 2);
    // openid-client checks the answer's subject and media type.
    expect((await oidc.fetchUserInfo(config, token, user.id)).email).toBe(user.primaryEmail);
  });

  it('gives only the claims of the granted scopes', async () => {
    const { user, token } = await accessTokenFor('openid');
    const fast = await answer(await userinfo(token));
    expect(fast.body).toEqual({ sub: user.id });
    expect(fast).toEqual(await answer(await userinfo(token, { query: '?' })));
  });

  /** A refusal or rarer case: the fast lookup declines, and the answer is the provider's own. */
  async function expectLeftToProvider(token: string, headers: Record<string, string> = {}) {
    expect(await plainUserinfoClaims(server.services.getProvider(), token)).toBeUndefined();
    const fast = await answer(await userinfo(token, { headers }));
    expect(fast).toEqual(await answer(await userinfo(token, { query: '?', headers })));
    return fast;
  }

  it('leaves unknown, expired and malformed tokens to the provider (401 invalid_token)', async () => {
    const unknown = await expectLeftToProvider('A'.repeat(43));
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_token']);
    expect(unknown.headers['www-authenticate']).toContain('error="invalid_token"');

    const { token } = await accessTokenFor();
    await server.services.db
      .updateTable('oidc_model_instances')
      .set({ expires_at: Date.now() - 1000 })
      .where('model_name', '=', 'AccessToken')
      .where('id', '=', tokenRowId(token))
      .execute();
    const expired = await expectLeftToProvider(token);
    expect([expired.status, expired.body.error]).toEqual([401, 'invalid_token']);

    const malformed = await fetch(`${server.issuer}/me`, { headers: { authorization: `Bearer ${token}.x` } });
    expect(malformed.status).toBe(401);
  });

  it('leaves a suspended user, a revoked grant and a deleted app to the provider', async () => {
    const suspended = await accessTokenFor();
    expect((await userinfo(suspended.token)).status).toBe(200);
    await api.patch(`/users/${suspended.user.id}/is-suspended`, { isSuspended: true });
    const refused = await expectLeftToProvider(suspended.token);
    expect([refused.status, refused.body.error]).toEqual([401, 'invalid_token']);

    const revoked = await accessTokenFor();
    const provider = server.services.getProvider();
    const accessToken = await provider.AccessToken.find(revoked.token);
    const grant = await provider.Grant.find(accessToken?.grantId as string);
    await grant?.destroy();
    const noGrant = await expectLeftToProvider(revoked.token);
    expect([noGrant.status, noGrant.body.error]).toEqual([401, 'invalid_token']);

    const other = await api.post('/applications', {
      name: 'Deleted app',
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: [callback], postLogoutRedirectUris: [] },
    });
    const otherConfig = await clientConfig(server, other.body.id, other.body.secret);
    const user = await createUser(server);
    const request = await authorizationRequest(otherConfig, { redirect_uri: callback });
    const back = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    const { access_token: token } = await redeemCode(otherConfig, request, back);
    expect((await userinfo(token)).status).toBe(200);
    expect((await api.delete(`/applications/${other.body.id}`)).status).toBe(204);
    const noClient = await expectLeftToProvider(token);
    expect(noClient.status).toBe(401);
  });

  it('leaves browser requests (per-app CORS), DPoP proofs and other methods to the provider', async () => {
    const { user, token } = await accessTokenFor();
    const allowed = await answer(await userinfo(token, { headers: { origin: 'http://127.0.0.1:9' } }));
    expect([allowed.status, allowed.headers['access-control-allow-origin']]).toEqual([200, 'http://127.0.0.1:9']);
    const foreign = await answer(await userinfo(token, { headers: { origin: 'https://evil.example' } }));
    expect(foreign.status).toBe(400);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    // A DPoP proof for a bearer token: the provider refuses the mix.
    const proofed = await answer(await userinfo(token, { headers: { dpop: 'not-a-proof' } }));
    expect(proofed.status).toBe(400);
    const post = await fetch(`${server.issuer}/me`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect([post.status, (await post.json()).sub]).toEqual([200, user.id]);
  });

  it('keeps answering from the new provider after a key rotation', async () => {
    const { user, token } = await accessTokenFor();
    await server.services.rotateSigningKeys();
    const after = await answer(await userinfo(token));
    expect([after.status, after.body.sub]).toEqual([200, user.id]);
  });
});
