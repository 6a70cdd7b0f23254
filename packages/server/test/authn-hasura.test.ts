import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignRole,
  authorizationRequest,
  clientConfig,
  createApiResource,
  createApp,
  createUser,
  password,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/** Logto's Hasura auth hook, called as Hasura calls it: the client's headers, forwarded. */

const callback = 'http://localhost:3000/callback';
const hasura = 'https://hasura.api';
const other = 'https://other.api';

describe(`GET /api/authn/hasura (${dialect})`, () => {
  let server: TestServer;
  let userId: string;
  let roleName: string;
  let hasuraToken: string;
  let otherToken: string;

  beforeAll(async () => {
    server = await startTestServer();
    const user = await createUser(server);
    userId = user.id;
    const { roleId } = await createApiResource(server, hasura, ['read:user'], ['read:user']);
    await createApiResource(server, other, ['read:other'], ['read:other']);
    await assignRole(server, { userId }, roleId);
    roleName = (await server.services.stores.roles.findById(roleId))?.name as string;
    const app = await createApp(server, 'SPA', [callback]);
    const config = await clientConfig(server, app.id);
    const tokenFor = async (resource: string) => {
      const request = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid', resource });
      const answer = await signIn(new Browser(server.url), request.url, {
        username: user.username as string,
        password,
      });
      const tokens = await oidc.authorizationCodeGrant(
        config,
        answer,
        { pkceCodeVerifier: request.codeVerifier, expectedState: request.state },
        { resource },
      );
      return tokens.access_token;
    };
    hasuraToken = await tokenFor(hasura);
    otherToken = await tokenFor(other);
  });
  afterAll(() => server.stop());

  async function hook(query: Record<string, string>, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/api/authn/hasura?${new URLSearchParams(query)}`, { headers });
    return { status: response.status, body: await response.json() };
  }

  it("answers the token's user and the expected role the user holds", async () => {
    const answer = await hook(
      { resource: hasura },
      { authorization: `Bearer ${hasuraToken}`, 'expected-role': roleName },
    );
    expect(answer).toEqual({ status: 200, body: { 'X-Hasura-User-Id': userId, 'X-Hasura-Role': roleName } });
    // No Expected-Role header: the user alone.
    expect(await hook({ resource: hasura }, { authorization: `Bearer ${hasuraToken}` })).toEqual({
      status: 200,
      body: { 'X-Hasura-User-Id': userId },
    });
  });

  it('refuses a role the user does not hold, unless an unauthorized role is named', async () => {
    const refused = await hook(
      { resource: hasura },
      { authorization: `Bearer ${hasuraToken}`, 'expected-role': 'admin' },
    );
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('auth.expected_role_not_found');
    const fallback = await hook(
      { resource: hasura, unauthorizedRole: 'anonymous' },
      { authorization: `Bearer ${hasuraToken}`, 'expected-role': 'admin' },
    );
    expect(fallback).toEqual({ status: 200, body: { 'X-Hasura-User-Id': userId, 'X-Hasura-Role': 'anonymous' } });
  });

  it('treats a missing, forged or other-resource token as no user', async () => {
    expect(await hook({ resource: hasura, unauthorizedRole: 'anonymous' })).toEqual({
      status: 200,
      body: { 'X-Hasura-Role': 'anonymous' },
    });
    const [header, payload] = hasuraToken.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not a signature').toString('base64url')}`;
    const withForged = await hook(
      { resource: hasura },
      { authorization: `Bearer ${forged}`, 'expected-role': roleName },
    );
    expect(withForged.status).toBe(401);
    expect(
      await hook({ resource: hasura, unauthorizedRole: 'anonymous' }, { authorization: `Bearer ${forged}` }),
    ).toEqual({ status: 200, body: { 'X-Hasura-Role': 'anonymous' } });
    // A valid token for another API does not carry the role here; with a fallback role, Logto still names the user.
    const wrongAudience = await hook(
      { resource: hasura },
      { authorization: `Bearer ${otherToken}`, 'expected-role': roleName },
    );
    expect(wrongAudience.status).toBe(401);
    expect(
      await hook({ resource: hasura, unauthorizedRole: 'anonymous' }, { authorization: `Bearer ${otherToken}` }),
    ).toEqual({ status: 200, body: { 'X-Hasura-User-Id': userId, 'X-Hasura-Role': 'anonymous' } });
  });

  it('needs the resource query parameter', async () => {
    const answer = await hook({});
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('guard.invalid_query');
  });
});
