import { type LogtoConfig, UserScope } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignRole,
  createApiResource,
  createApp,
  createUser,
  decodeJwt,
  password,
  tokenRequest,
} from './support/oidc-fixtures.js';
import { createSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn, signOut } from './support/sign-in.js';

/** @logto/node (on @logto/client and @logto/js) as a Traditional web app with a secret. */

const callbackUri = 'http://localhost:3000/callback';
const signedOutUri = 'http://localhost:3000/';
const api = 'https://api.shop.example.com';

describe(`@logto/node against Tessera (${dialect})`, () => {
  let server: TestServer;
  let app: Awaited<ReturnType<typeof createApp>>;
  let user: Awaited<ReturnType<typeof createUser>>;
  let config: LogtoConfig;

  beforeAll(async () => {
    server = await startTestServer();
    app = await createApp(server, 'Traditional', [callbackUri], [signedOutUri]);
    user = await createUser(server, {
      name: 'Grace Hopper',
      primaryEmail: 'grace@example.com',
      customData: { team: 'compilers' },
    });
    const { roleId } = await createApiResource(server, api, ['read:orders', 'write:orders'], ['read:orders']);
    await assignRole(server, { userId: user.id }, roleId);
    config = {
      endpoint: server.url,
      appId: app.id,
      appSecret: app.secret,
      resources: [api],
      scopes: [UserScope.Email, UserScope.CustomData, 'read:orders', 'write:orders'],
    };
  });
  afterAll(() => server.stop());

  async function signedInSdk() {
    const sdk = createSdk(config);
    const browser = new Browser(server.url);
    await sdk.client.signIn(callbackUri);
    const authorizationUrl = new URL(sdk.lastNavigation('sign-in'));
    const callback = await signIn(browser, authorizationUrl, { username: user.username as string, password });
    await sdk.client.handleSignInCallback(callback.href);
    return { ...sdk, browser, authorizationUrl };
  }

  it('signs in with the SDK’s defaults and verifies the ID token', async () => {
    const { client, authorizationUrl } = await signedInSdk();
    // What Logto SDKs send: prompt=consent, reserved scopes, the resource, PKCE S256.
    expect(authorizationUrl.searchParams.get('prompt')).toBe('consent');
    expect(authorizationUrl.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['openid', 'offline_access', 'profile', 'email']),
    );
    expect(authorizationUrl.searchParams.getAll('resource')).toEqual([api]);

    expect(await client.isAuthenticated()).toBe(true);
    const claims = await client.getIdTokenClaims();
    expect(claims).toMatchObject({
      iss: server.issuer,
      aud: app.id,
      sub: user.id,
      name: 'Grace Hopper',
      username: user.username,
      email: 'grace@example.com',
      email_verified: true,
    });
    expect(claims).not.toHaveProperty('custom_data');
    expect(await client.getRefreshToken()).toBeTruthy();
  });

  it('fetches user info with custom data', async () => {
    const { client } = await signedInSdk();
    const info = await client.fetchUserInfo();
    expect(info).toMatchObject({ sub: user.id, email: 'grace@example.com', custom_data: { team: 'compilers' } });
  });

  it('gets an access token for the API resource through the refresh-token grant', async () => {
    const { client, storage } = await signedInSdk();
    const refreshBefore = storage.get('refreshToken');
    const token = await client.getAccessToken(api);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: server.issuer, aud: api, sub: user.id, client_id: app.id });
    expect(claims.scope.split(' ')).toEqual(['read:orders']);
    await expect(client.getAccessTokenClaims(api)).resolves.toMatchObject({ aud: api, scope: 'read:orders' });
    // Cached: a second call does not spend the refresh token again.
    expect(await client.getAccessToken(api)).toBe(token);
    expect(storage.get('refreshToken')).toBeTruthy();
    expect(refreshBefore).toBeTruthy();
  });

  it('reports an authenticated context like the framework integrations do', async () => {
    const { client } = await signedInSdk();
    const context = await client.getContext({ getAccessToken: true, resource: api, fetchUserInfo: true });
    expect(context).toMatchObject({
      isAuthenticated: true,
      claims: { sub: user.id },
      userInfo: { sub: user.id },
      scopes: ['read:orders'],
    });
  });

  it('signs out: revokes the refresh token and ends the session at the post-logout URI', async () => {
    const { client, browser, storage, lastNavigation } = await signedInSdk();
    const refreshToken = storage.get('refreshToken') as string;
    await client.signOut(signedOutUri);
    expect(await client.isAuthenticated()).toBe(false);

    const result = await signOut(browser, lastNavigation('sign-out'));
    expect(result.leftServer).toBe(true);
    expect(result.url.href).toBe(signedOutUri);

    const reuse = await tokenRequest(
      server,
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      { basic: [app.id, app.secret] },
    );
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');

    // The session is over: signing in again shows the sign-in page.
    const again = createSdk(config);
    await again.client.signIn(callbackUri);
    const landing = await browser.follow(again.lastNavigation('sign-in'));
    await landing.response?.body?.cancel();
    expect(landing.url.pathname).toBe('/sign-in');
  });
});
