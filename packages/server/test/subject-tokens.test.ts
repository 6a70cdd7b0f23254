import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ManagementApi, managementApi, readOnlyApi } from './support/management-client.js';
import { createUser, decodeJwt } from './support/oidc-fixtures.js';
import { rawRequest } from './support/raw-http.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { expectSharedRefusals, grantRefusal, tokenExchangeFixture } from './support/token-exchange.js';

const grantType = 'urn:ietf:params:oauth:grant-type:token-exchange';
const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';
const impersonationType = 'urn:logto:token-type:impersonation_token';
const shop = 'https://impersonation.example.com';

/** Logto's impersonation: `POST /api/subject-tokens`, then the token exchange grant at /oidc/token. */
describe(`Impersonation: subject tokens (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let userId: string;
  let allowed: oidc.Configuration;
  let notAllowed: oidc.Configuration;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    ({ userId, allowed, notAllowed } = await tokenExchangeFixture(server, shop));
  });
  afterAll(() => server.stop());

  const subjectToken = async (forUser = userId) => {
    const created = await api.post('/subject-tokens', { userId: forUser, context: { ticket: 'SUP-42' } });
    expect(created.status).toBe(201);
    return created.body.subjectToken as string;
  };
  const exchange = (config: oidc.Configuration, value: string, extra: Record<string, string> = {}) =>
    oidc.genericGrantRequest(config, grantType, {
      subject_token: value,
      subject_token_type: accessTokenType,
      ...extra,
    });
  const refusal = grantRefusal;

  it('creates a short-lived token in Logto’s shape, stored only as a hash', async () => {
    const created = await api.post('/subject-tokens', { userId });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ subjectToken: expect.stringMatching(/^sub_[\w-]{32}$/), expiresIn: 600 });
    const rows = await server.services.db.selectFrom('subject_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(created.body.subjectToken.slice(4));
  });

  it('refuses bad input, unknown users, read-only tokens and no token', async () => {
    const missing = await api.post('/subject-tokens', {});
    expect([missing.status, missing.body.code]).toEqual([400, 'guard.invalid_input']);
    const badContext = await api.post('/subject-tokens', { userId, context: 'why' });
    expect(badContext.status).toBe(400);
    const unknown = await api.post('/subject-tokens', { userId: 'no-such-user' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'entity.not_found']);
    const reader = await readOnlyApi(server, api);
    expect((await reader.post('/subject-tokens', { userId })).status).toBe(403);
    const anonymous = await rawRequest(server.url, 'POST', '/api/subject-tokens', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('exchanges once for a JWT of the user for the resource, with their role scopes and no refresh token', async () => {
    const value = await subjectToken();
    const tokens = await exchange(allowed, value, { resource: shop, scope: 'read:orders write:orders' });
    expect(tokens).toMatchObject({ token_type: 'bearer', issued_token_type: accessTokenType });
    expect(tokens.refresh_token).toBeUndefined();
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({ sub: userId, aud: shop, scope: 'read:orders' });
    expect(claims).not.toHaveProperty('act');
    // Single use.
    expect(await refusal(exchange(allowed, value, { resource: shop }))).toBe('invalid_grant');
  });

  it('accepts Logto’s impersonation token type, and without a resource answers an opaque token for userinfo', async () => {
    const tokens = await exchange(allowed, await subjectToken(), {
      subject_token_type: impersonationType,
      scope: 'openid profile',
    });
    const userinfo = await oidc.fetchUserInfo(allowed, tokens.access_token, oidc.skipSubjectCheck);
    expect(userinfo.sub).toBe(userId);
  });

  it('names the actor in `act` when an actor token is given', async () => {
    const support = await createUser(server);
    const actorTokens = await exchange(allowed, await subjectToken(support.id), { scope: 'openid' });
    const tokens = await exchange(allowed, await subjectToken(), {
      resource: shop,
      actor_token: actorTokens.access_token,
      actor_token_type: accessTokenType,
    });
    expect(decodeJwt(tokens.access_token)).toMatchObject({ sub: userId, act: { sub: support.id } });
    // An actor token without `openid`, or not a token at all, is refused; the subject token stays usable.
    const value = await subjectToken();
    expect(await refusal(exchange(allowed, value, { actor_token: 'nope', actor_token_type: accessTokenType }))).toBe(
      'invalid_grant',
    );
    expect(decodeJwt((await exchange(allowed, value, { resource: shop })).access_token).sub).toBe(userId);
  });

  it('refuses expired, unknown and foreign tokens, suspended users and apps not allowed to exchange', async () => {
    const expired = await subjectToken();
    await server.services.db
      .updateTable('subject_tokens')
      .set({ expires_at: Date.now() - 1 })
      .execute();
    expect(await refusal(exchange(allowed, expired, { resource: shop }))).toBe('invalid_grant');
    expect(await refusal(exchange(allowed, 'sub_not-a-real-token', { resource: shop }))).toBe('invalid_grant');
    // An access token type value that is no subject token.
    expect(await refusal(exchange(allowed, 'pat_whatever', { resource: shop }))).toBe('invalid_grant');
    // None of the shared refusals uses a token up.
    const value = await subjectToken();
    await expectSharedRefusals({ api, userId, allowed, notAllowed, value, resource: shop, exchange });
  });

  it('leaves audit entries: the creation (Management API write) and each exchange', async () => {
    await exchange(allowed, await subjectToken(), { resource: shop });
    await server.services.auditLog.flush();
    const writes = (await api.get('/logs?logKey=ManagementApi.POST&page_size=100')).body as Array<{
      payload: { route?: string; result: string };
    }>;
    expect(writes.some((entry) => entry.payload.route === 'POST /api/subject-tokens')).toBe(true);
    const exchanges = (await api.get('/logs?logKey=ExchangeTokenBy.TokenExchange&page_size=100')).body as Array<{
      payload: { result: string; userId?: string };
    }>;
    expect(exchanges.some((entry) => entry.payload.result === 'Success')).toBe(true);
    expect(exchanges.some((entry) => entry.payload.result === 'Error')).toBe(true);
  });
});
