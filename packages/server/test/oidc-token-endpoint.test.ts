import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateId as newId } from '../src/crypto/ids.js';
import {
  assignRole,
  authorizationRequest,
  clientConfig,
  createApiResource,
  createApp,
  createUser,
  decodeJwt,
  password,
  tokenRequest,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/** Resource targets, error bodies, introspection, revocation and request formats at the token endpoints. */

const callback = 'http://localhost:3000/callback';
const api = 'https://orders.example.com';
const logtoErrorShape = (error: string) => ({
  code: `oidc.${error}`,
  message: expect.any(String),
  error,
  error_description: expect.any(String),
});

describe(`token endpoints (${dialect})`, () => {
  let server: TestServer;
  let web: Awaited<ReturnType<typeof createApp>>;
  let webConfig: oidc.Configuration;
  let m2m: Awaited<ReturnType<typeof createApp>>;
  let user: Awaited<ReturnType<typeof createUser>>;
  let m2mRoleId: string;

  beforeAll(async () => {
    server = await startTestServer();
    web = await createApp(server, 'Traditional', [callback]);
    webConfig = await clientConfig(server, web.id, web.secret);
    user = await createUser(server);
    const { resourceId, roleId } = await createApiResource(server, api, ['orders:read'], ['orders:read']);
    await assignRole(server, { userId: user.id }, roleId);
    m2mRoleId = newId();
    await server.services.stores.roles.insert({
      id: m2mRoleId,
      name: 'order robots',
      description: '',
      type: 'MachineToMachine',
      is_default: 0,
      created_at: Date.now(),
    });
    const scope = await server.services.stores.resources.findScope(resourceId, 'orders:read');
    await server.services.stores.roles.addScopes(m2mRoleId, [scope?.id as string]);
    m2m = await createApp(server, 'MachineToMachine');
    await assignRole(server, { applicationId: m2m.id }, m2mRoleId);
  });
  afterAll(() => server.stop());

  async function signedIn(params: Record<string, string | string[]> = {}) {
    const request = await authorizationRequest(webConfig, {
      redirect_uri: callback,
      scope: 'openid offline_access orders:read',
      prompt: 'consent',
      ...params,
    });
    const url = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    return oidc.authorizationCodeGrant(webConfig, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
  }

  describe('unknown resources', () => {
    it('sends the browser back with invalid_target from the authorization request', async () => {
      const request = await authorizationRequest(webConfig, {
        redirect_uri: callback,
        resource: 'https://unknown.example.com',
      });
      const result = await new Browser(server.url).follow(request.url);
      expect(result.leftServer).toBe(true);
      expect(result.url.searchParams.get('error')).toBe('invalid_target');
    });

    it('answers invalid_target to a refresh or client-credentials request for an unregistered resource', async () => {
      const tokens = await signedIn({ resource: api });
      const refresh = await tokenRequest(
        server,
        {
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token as string,
          resource: 'https://unknown.example.com',
        },
        { basic: [web.id, web.secret] },
      );
      expect(refresh.status).toBe(400);
      expect(refresh.body).toEqual(logtoErrorShape('invalid_target'));

      const m2mAnswer = await tokenRequest(
        server,
        { grant_type: 'client_credentials', resource: 'https://unknown.example.com' },
        { basic: [m2m.id, m2m.secret] },
      );
      expect(m2mAnswer.status).toBe(400);
      expect(m2mAnswer.body).toEqual(logtoErrorShape('invalid_target'));
    });
  });

  it('answers every token-endpoint error in Logto’s shape as well as RFC 6749’s', async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ grant_type: 'authorization_code', code: 'nope', redirect_uri: callback }, 400, 'invalid_grant'],
      [{ grant_type: 'refresh_token', refresh_token: 'nope' }, 400, 'invalid_grant'],
      [{ grant_type: 'password', username: 'u', password: 'p' }, 400, 'unsupported_grant_type'],
      // A Traditional app has no client-credentials grant (oidc-provider answers invalid_request, as Logto does).
      [{ grant_type: 'client_credentials', resource: api }, 400, 'invalid_request'],
      [{}, 400, 'invalid_request'],
    ];
    for (const [params, status, error] of cases) {
      const answer = await tokenRequest(server, params, { basic: [web.id, web.secret] });
      expect({ params, status: answer.status, body: answer.body }).toEqual({
        params,
        status,
        body: logtoErrorShape(error),
      });
    }
  });

  describe('introspection and revocation', () => {
    it('introspects the app’s own access and refresh tokens', async () => {
      const tokens = await signedIn();
      const access = await oidc.tokenIntrospection(webConfig, tokens.access_token);
      expect(access).toMatchObject({ active: true, sub: user.id, client_id: web.id, token_type: 'Bearer' });
      const refresh = await oidc.tokenIntrospection(webConfig, tokens.refresh_token as string);
      expect(refresh).toMatchObject({ active: true, sub: user.id, client_id: web.id });
      expect(await oidc.tokenIntrospection(webConfig, 'not-a-token')).toEqual({ active: false });
    });

    it('tells another app nothing about a token and does not let it revoke one', async () => {
      const tokens = await signedIn();
      const other = await createApp(server, 'Traditional', [callback]);
      const otherConfig = await clientConfig(server, other.id, other.secret);
      expect(await oidc.tokenIntrospection(otherConfig, tokens.access_token)).toEqual({ active: false });
      await oidc.tokenRevocation(otherConfig, tokens.refresh_token as string);
      await expect(oidc.refreshTokenGrant(webConfig, tokens.refresh_token as string)).resolves.toBeTruthy();
    });

    it('revokes a refresh token for good', async () => {
      const tokens = await signedIn();
      await oidc.tokenRevocation(webConfig, tokens.refresh_token as string);
      expect(await oidc.tokenIntrospection(webConfig, tokens.refresh_token as string)).toEqual({ active: false });
      const error = await oidc
        .refreshTokenGrant(webConfig, tokens.refresh_token as string)
        .catch((caught: unknown) => caught as oidc.ResponseBodyError);
      expect(error.error).toBe('invalid_grant');
    });

    it('revokes an access token', async () => {
      const tokens = await signedIn({ scope: 'openid' });
      await oidc.tokenRevocation(webConfig, tokens.access_token);
      expect(await oidc.tokenIntrospection(webConfig, tokens.access_token)).toEqual({ active: false });
      await expect(oidc.fetchUserInfo(webConfig, tokens.access_token, user.id)).rejects.toThrow();
    });
  });

  describe('request formats and secrets', () => {
    it('accepts a JSON body on the token endpoint', async () => {
      const tokens = await signedIn({ resource: api });
      const refresh = await tokenRequest(
        server,
        {
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token as string,
          resource: api,
          client_id: web.id,
          client_secret: web.secret,
        },
        { json: true },
      );
      expect(refresh.status).toBe(200);
      expect(refresh.body).toMatchObject({ token_type: 'Bearer', scope: 'orders:read' });

      const m2mAnswer = await tokenRequest(
        server,
        { grant_type: 'client_credentials', resource: api, client_id: m2m.id, client_secret: m2m.secret },
        { json: true },
      );
      expect(m2mAnswer.status).toBe(200);
      expect(m2mAnswer.body).toMatchObject({ token_type: 'Bearer', scope: 'orders:read', expires_in: 3600 });
    });

    it('refuses a malformed JSON body with invalid_request', async () => {
      const response = await fetch(`${server.issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"grant_type":',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(logtoErrorShape('invalid_request'));
    });

    it('accepts any of an app’s valid secrets and refuses an expired one', async () => {
      const app = await createApp(server, 'MachineToMachine');
      await assignRole(server, { applicationId: app.id }, m2mRoleId);
      const second = await server.services.applications.addSecret(app.id, 'second');
      const expired = await server.services.applications.addSecret(app.id, 'expired', Date.now() + 60_000);
      await server.services.db
        .updateTable('application_secrets')
        .set({ expires_at: Date.now() - 1000 })
        .where('application_id', '=', app.id)
        .where('name', '=', 'expired')
        .execute();
      const ask = (secret: string) =>
        tokenRequest(server, { grant_type: 'client_credentials', resource: api }, { basic: [app.id, secret] });
      expect((await ask(app.secret)).status).toBe(200);
      expect((await ask(second.value)).status).toBe(200);
      const refused = await ask(expired.value);
      expect(refused.status).toBe(401);
      expect(refused.body.error).toBe('invalid_client');
    });
  });
});

describe(`a default API resource (${dialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('is the target of requests that name no resource, while sign-in still gets a user-info token', async () => {
    const indicator = 'https://default.example.com';
    const { roleId } = await createApiResource(server, indicator, ['reports:read'], ['reports:read'], {
      isDefault: true,
      roleType: 'MachineToMachine',
    });
    const m2m = await createApp(server, 'MachineToMachine');
    await assignRole(server, { applicationId: m2m.id }, roleId);
    const machine = await tokenRequest(server, { grant_type: 'client_credentials' }, { basic: [m2m.id, m2m.secret] });
    expect(machine.status).toBe(200);
    expect(decodeJwt(machine.body.access_token)).toMatchObject({ aud: indicator, scope: 'reports:read' });

    const spa = await createApp(server, 'SPA', [callback]);
    const config = await clientConfig(server, spa.id);
    const user = await createUser(server);
    const request = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid profile' });
    const url = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    await expect(oidc.fetchUserInfo(config, tokens.access_token, user.id)).resolves.toMatchObject({
      username: user.username,
    });
  });
});
