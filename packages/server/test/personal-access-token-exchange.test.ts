import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { decodeJwt } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { expectSharedRefusals, grantRefusal, tokenExchangeFixture } from './support/token-exchange.js';

const grantType = 'urn:ietf:params:oauth:grant-type:token-exchange';
const patType = 'urn:logto:token-type:personal_access_token';
const shop = 'https://shop.example.com';

/** Logto's token exchange: a personal access token traded for the user's access token at /oidc/token. */
describe(`Personal access token exchange (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let userId: string;
  let allowed: oidc.Configuration;
  let notAllowed: oidc.Configuration;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    ({ userId, allowed, notAllowed } = await tokenExchangeFixture(server, shop));
  });
  afterAll(() => server.stop());

  const newPat = async (name: string, expiresAt?: number) =>
    (await api.post(`/users/${userId}/personal-access-tokens`, { name, ...(expiresAt && { expiresAt }) })).body
      .value as string;
  const exchange = (config: oidc.Configuration, subjectToken: string, extra: Record<string, string> = {}) =>
    oidc.genericGrantRequest(config, grantType, { subject_token: subjectToken, subject_token_type: patType, ...extra });
  const refusal = grantRefusal;

  it('issues a JWT for the resource whose sub is the PAT’s user, with their role scopes, and no refresh token', async () => {
    const value = await newPat('ci');
    const tokens = await exchange(allowed, value, { resource: shop, scope: 'read:orders write:orders' });
    expect(tokens).toMatchObject({
      token_type: 'bearer',
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    });
    expect(tokens.refresh_token).toBeUndefined();
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({ sub: userId, aud: shop, scope: 'read:orders' });
  });

  it('issues an opaque token for userinfo without a resource', async () => {
    const tokens = await exchange(allowed, await newPat('userinfo'), { scope: 'openid profile' });
    const userinfo = await oidc.fetchUserInfo(allowed, tokens.access_token, oidc.skipSubjectCheck);
    expect(userinfo.sub).toBe(userId);
  });

  it('refuses deleted, expired and unknown tokens, other subject types, and apps not allowed to exchange', async () => {
    const deleted = await newPat('deleted');
    expect((await api.delete(`/users/${userId}/personal-access-tokens/deleted`)).status).toBe(204);
    expect(await refusal(exchange(allowed, deleted, { resource: shop }))).toBe('invalid_grant');

    const expiring = await newPat('expiring', Date.now() + 1500);
    expect(decodeJwt((await exchange(allowed, expiring, { resource: shop })).access_token).sub).toBe(userId);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await refusal(exchange(allowed, expiring, { resource: shop }))).toBe('invalid_grant');

    expect(await refusal(exchange(allowed, 'pat_not-a-real-token', { resource: shop }))).toBe('invalid_grant');
    const live = await newPat('live');
    // A personal access token is no access token: under that type it is refused.
    expect(
      await refusal(
        exchange(allowed, live, {
          subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          resource: shop,
        }),
      ),
    ).toBe('invalid_grant');
    // An unknown type, an app not allowed to exchange, a suspended user: refused, and the token still works after.
    await expectSharedRefusals({ api, userId, allowed, notAllowed, value: live, resource: shop, exchange });
  });
});
