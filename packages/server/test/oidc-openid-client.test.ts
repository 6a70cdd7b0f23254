import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignRole,
  authorizationRequest,
  clientConfig,
  createApiResource,
  createApp,
  createUser,
  decodeJwt,
  password,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { authorizeSilently, Browser, signIn, signOut } from './support/sign-in.js';

/** openid-client v6 as a public client (SPA, Native) and as a machine-to-machine app. */

const spaCallback = 'http://localhost:3000/callback';
const spaSignedOut = 'http://localhost:3000/signed-out';
const nativeCallback = 'io.tessera.demo://callback';
const api = 'https://api.example.com';

describe(`openid-client against Tessera (${dialect})`, () => {
  let server: TestServer;
  let spa: Awaited<ReturnType<typeof createApp>>;
  let user: Awaited<ReturnType<typeof createUser>>;
  let config: oidc.Configuration;

  beforeAll(async () => {
    server = await startTestServer();
    spa = await createApp(server, 'SPA', [spaCallback], [spaSignedOut]);
    config = await clientConfig(server, spa.id);
    user = await createUser(server, {
      name: 'Ada Lovelace',
      primaryEmail: 'ada@example.com',
      primaryPhone: '15550100',
      customData: { plan: 'pro' },
      profile: { givenName: 'Ada', familyName: 'Lovelace' },
    });
    const { roleId } = await createApiResource(
      server,
      api,
      ['read:items', 'write:items', 'delete:items'],
      ['read:items', 'write:items'],
    );
    await assignRole(server, { userId: user.id }, roleId);
  });
  afterAll(() => server.stop());

  /** Signs the user in to an app in a new browser and redeems the code. */
  async function signInTo(
    appConfig: oidc.Configuration,
    params: Record<string, string | string[]>,
    browser = new Browser(server.url),
  ) {
    const request = await authorizationRequest(appConfig, { redirect_uri: spaCallback, ...params });
    const callback = await signIn(browser, request.url, { username: user.username as string, password });
    const tokens = await oidc.authorizationCodeGrant(appConfig, callback, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    return { tokens, browser, callback };
  }

  it('signs a SPA user in with PKCE and puts the profile, email and phone claims in the ID token', async () => {
    const { tokens, callback } = await signInTo(config, { scope: 'openid profile email phone' });
    expect(callback.origin + callback.pathname).toBe(spaCallback);
    expect(callback.searchParams.get('iss')).toBe(server.issuer);
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: server.issuer,
      aud: spa.id,
      sub: user.id,
      name: 'Ada Lovelace',
      username: user.username,
      given_name: 'Ada',
      family_name: 'Lovelace',
      email: 'ada@example.com',
      email_verified: true,
      phone_number: '15550100',
      phone_number_verified: true,
    });
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.refresh_token).toBeUndefined();
  });

  it('releases only the claims of the scopes asked for', async () => {
    const { tokens } = await signInTo(config, { scope: 'openid' });
    const claims = tokens.claims() as Record<string, unknown>;
    expect(claims.sub).toBe(user.id);
    for (const claim of ['name', 'username', 'email', 'phone_number', 'custom_data']) {
      expect(claims[claim]).toBeUndefined();
    }
  });

  it('serves custom_data and identities from user info only, not in the ID token', async () => {
    const { tokens } = await signInTo(config, { scope: 'openid profile email custom_data identities' });
    const claims = tokens.claims() as Record<string, unknown>;
    expect(claims.custom_data).toBeUndefined();
    expect(claims.identities).toBeUndefined();
    const info = await oidc.fetchUserInfo(config, tokens.access_token, user.id);
    expect(info).toMatchObject({
      sub: user.id,
      name: 'Ada Lovelace',
      username: user.username,
      email: 'ada@example.com',
      custom_data: { plan: 'pro' },
      identities: {},
    });
    expect(info.phone_number).toBeUndefined();
  });

  it('signs a Native app in through a custom-scheme redirect URI', async () => {
    const native = await createApp(server, 'Native', [nativeCallback]);
    const nativeConfig = await clientConfig(server, native.id);
    const { tokens, callback } = await signInTo(nativeConfig, {
      redirect_uri: nativeCallback,
      scope: 'openid profile',
    });
    expect(callback.protocol).toBe('io.tessera.demo:');
    expect(tokens.claims()).toMatchObject({ sub: user.id, aud: native.id, username: user.username });
  });

  it('gives a JWT for an API resource with only the permissions the user’s roles grant', async () => {
    const { tokens } = await signInTo(config, {
      scope: 'openid offline_access read:items delete:items',
      resource: api,
      prompt: 'consent',
    });
    // The code exchange without `resource` gives the user-info token, as Logto SDKs expect.
    await expect(oidc.fetchUserInfo(config, tokens.access_token, user.id)).resolves.toMatchObject({ sub: user.id });
    expect(tokens.refresh_token).toBeTruthy();

    const forApi = await oidc.refreshTokenGrant(config, tokens.refresh_token as string, { resource: api });
    const jwks = createRemoteJWKSet(new URL(`${server.issuer}/jwks`));
    const { payload, protectedHeader } = await jwtVerify(forApi.access_token, jwks, {
      issuer: server.issuer,
      audience: api,
    });
    expect(protectedHeader.typ).toBe('at+jwt');
    expect(payload).toMatchObject({ sub: user.id, client_id: spa.id });
    // delete:items exists on the API but no role of the user grants it: silently dropped.
    expect((payload.scope as string).split(' ').sort()).toEqual(['read:items']);
    expect(forApi.scope).toBe('read:items');
  });

  it('rotates the refresh token on every use for a public client', async () => {
    const { tokens } = await signInTo(config, { scope: 'openid offline_access profile', prompt: 'consent' });
    const first = tokens.refresh_token as string;
    const second = await oidc.refreshTokenGrant(config, first);
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first);
    expect(second.claims()?.sub).toBe(user.id);
    const third = await oidc.refreshTokenGrant(config, second.refresh_token as string);
    expect(third.refresh_token).not.toBe(second.refresh_token);
    await expect(oidc.fetchUserInfo(config, third.access_token, user.id)).resolves.toMatchObject({
      username: user.username,
    });
  });

  it('signs into a second app silently with the session cookie, and honours prompt=none', async () => {
    const { browser } = await signInTo(config, { scope: 'openid' });
    const second = await createApp(server, 'SPA', [spaCallback]);
    const secondConfig = await clientConfig(server, second.id);

    const silent = await authorizationRequest(secondConfig, { redirect_uri: spaCallback, scope: 'openid profile' });
    const callback = await authorizeSilently(browser, silent.url);
    const tokens = await oidc.authorizationCodeGrant(secondConfig, callback, {
      pkceCodeVerifier: silent.codeVerifier,
      expectedState: silent.state,
    });
    expect(tokens.claims()).toMatchObject({ sub: user.id, aud: second.id });

    const none = await authorizationRequest(secondConfig, { redirect_uri: spaCallback, prompt: 'none' });
    const noneCallback = await authorizeSilently(browser, none.url);
    expect(noneCallback.searchParams.get('code')).toBeTruthy();

    // A browser without a session gets login_required back at the app, with no page shown.
    const anonymous = await authorizeSilently(new Browser(server.url), none.url);
    expect(anonymous.searchParams.get('error')).toBe('login_required');
    expect(anonymous.searchParams.get('state')).toBe(none.state);
  });

  it('signs out at /oidc/session/end to the registered post-logout URI, ending the session', async () => {
    const { tokens, browser } = await signInTo(config, { scope: 'openid' });
    const end = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: spaSignedOut,
      state: 'bye',
    });
    const result = await signOut(browser, end);
    expect(result.leftServer).toBe(true);
    expect(result.url.origin + result.url.pathname).toBe(spaSignedOut);
    expect(result.url.searchParams.get('state')).toBe('bye');

    const none = await authorizationRequest(config, { redirect_uri: spaCallback, prompt: 'none' });
    const after = await authorizeSilently(browser, none.url);
    expect(after.searchParams.get('error')).toBe('login_required');
  });

  it('shows its own signed-out page when no post-logout URI is given', async () => {
    const { browser } = await signInTo(config, { scope: 'openid' });
    const result = await signOut(browser, oidc.buildEndSessionUrl(config, {}));
    expect(result.leftServer).toBe(false);
    expect(result.url.pathname).toBe('/oidc/session/end/success');
    expect(result.page).toContain('signed out');
  });

  it('refuses a post-logout URI that is not registered exactly', async () => {
    const { browser } = await signInTo(config, { scope: 'openid' });
    const response = await browser.request(
      oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: `${spaSignedOut}/` }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('post_logout_redirect_uri not registered');
  });

  it('registers a new account from first_screen=register and signs it in', async () => {
    const request = await authorizationRequest(config, {
      redirect_uri: spaCallback,
      scope: 'openid profile',
      first_screen: 'register',
    });
    const username = `new_${Date.now()}`;
    const callback = await signIn(new Browser(server.url), request.url, { username, password }, 'register');
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    expect(tokens.claims()).toMatchObject({ username });
  });

  describe('client credentials', () => {
    it('gives an M2M app a JWT for the resource with its role’s permissions', async () => {
      const m2m = await createApp(server, 'MachineToMachine');
      const { roleId } = await createApiResource(
        server,
        'https://m2m.example.com',
        ['jobs:run', 'jobs:read'],
        ['jobs:run'],
        { roleType: 'MachineToMachine' },
      );
      await assignRole(server, { applicationId: m2m.id }, roleId);
      const m2mConfig = await clientConfig(server, m2m.id, m2m.secret);

      const all = await oidc.clientCredentialsGrant(m2mConfig, { resource: 'https://m2m.example.com' });
      expect(all.scope).toBe('jobs:run');
      const claims = decodeJwt(all.access_token);
      expect(claims).toMatchObject({
        aud: 'https://m2m.example.com',
        sub: m2m.id,
        client_id: m2m.id,
        scope: 'jobs:run',
      });

      const asked = await oidc.clientCredentialsGrant(m2mConfig, {
        resource: 'https://m2m.example.com',
        scope: 'jobs:run jobs:read',
      });
      expect(decodeJwt(asked.access_token).scope).toBe('jobs:run');
    });

    it('answers invalid_target when neither a resource nor a default resource exists', async () => {
      const m2m = await createApp(server, 'MachineToMachine');
      const m2mConfig = await clientConfig(server, m2m.id, m2m.secret);
      const error = await oidc.clientCredentialsGrant(m2mConfig, {}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(oidc.ResponseBodyError);
      const { status, error: code, cause } = error as oidc.ResponseBodyError;
      expect(status).toBe(400);
      expect(code).toBe('invalid_target');
      expect(cause).toMatchObject({
        code: 'oidc.invalid_target',
        error_description: 'both `resource` and `organization_id` are not provided',
      });
    });
  });
});
