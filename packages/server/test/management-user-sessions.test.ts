import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { authorizeSilently, Browser, signIn } from './support/sign-in.js';

const callback = 'http://localhost:3000/callback';

/** GET/DELETE /api/users/:userId/sessions: an admin ends a user's single sign-on session. */
describe(`Management API: user sessions (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    config = await clientConfig(server, (await createApp(server, 'SPA', [callback])).id);
  });
  afterAll(() => server.stop());

  const silently = async (browser: Browser) =>
    authorizeSilently(
      browser,
      (await authorizationRequest(config, { redirect_uri: callback, prompt: 'none', scope: 'openid' })).url,
    );

  it('lists the user’s live sessions and ends one: the browser must sign in again', async () => {
    const user = await createUser(server);
    const other = await createUser(server);
    const browser = new Browser(server.url);
    const request = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid' });
    await signIn(browser, request.url, { username: user.username as string, password });
    const otherBrowser = new Browser(server.url);
    const otherRequest = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid' });
    await signIn(otherBrowser, otherRequest.url, { username: other.username as string, password });
    expect((await silently(browser)).searchParams.get('code')).toBeTruthy();

    const listed = await api.get(`/users/${user.id}/sessions`);
    expect(listed.status).toBe(200);
    expect(listed.body.sessions).toHaveLength(1);
    const [session] = listed.body.sessions;
    expect(session).toMatchObject({ modelName: 'Session', payload: { accountId: user.id, kind: 'Session' } });
    expect(session.payload).not.toHaveProperty('jti');
    expect((await api.get(`/users/${user.id}/sessions/${session.id}`)).body).toEqual(session);
    // Another user's session is not reachable through this user.
    expect(
      (
        await api.get(
          `/users/${user.id}/sessions/${(await api.get(`/users/${other.id}/sessions`)).body.sessions[0].id}`,
        )
      ).status,
    ).toBe(404);

    expect((await api.delete(`/users/${user.id}/sessions/${session.id}`)).status).toBe(204);
    expect((await api.get(`/users/${user.id}/sessions`)).body.sessions).toEqual([]);
    expect((await silently(browser)).searchParams.get('error')).toBe('login_required');
    // The other user's single sign-on is untouched.
    expect((await silently(otherBrowser)).searchParams.get('code')).toBeTruthy();
    expect((await api.delete(`/users/${user.id}/sessions/${session.id}`)).status).toBe(404);
    expect((await api.get('/users/no-such-user/sessions')).status).toBe(404);
  });

  it('lists the user’s grants and revokes one with its tokens: the refresh token stops working', async () => {
    const user = await createUser(server);
    const browser = new Browser(server.url);
    const request = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    const redirect = await signIn(browser, request.url, { username: user.username as string, password });
    const tokens = await oidc.authorizationCodeGrant(config, redirect, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    expect(tokens.refresh_token).toBeTruthy();

    const listed = await api.get(`/users/${user.id}/grants`);
    expect(listed.status).toBe(200);
    expect(listed.body.grants).toHaveLength(1);
    const [grant] = listed.body.grants;
    expect(grant.payload).toMatchObject({
      kind: 'Grant',
      accountId: user.id,
      clientId: config.clientMetadata().client_id,
    });
    // Logto's appType filter, by whether the grant's app is third-party.
    const ofType = async (appType: string) => (await api.get(`/users/${user.id}/grants?appType=${appType}`)).body;
    expect((await ofType('firstParty')).grants).toEqual([grant]);
    expect((await ofType('thirdParty')).grants).toEqual([]);
    await server.services.stores.applications.update(config.clientMetadata().client_id, { is_third_party: 1 });
    expect((await ofType('thirdParty')).grants).toEqual([grant]);
    expect((await ofType('firstParty')).grants).toEqual([]);
    await server.services.stores.applications.update(config.clientMetadata().client_id, { is_third_party: 0 });
    expect((await api.get(`/users/${user.id}/grants?appType=all`)).status).toBe(400);

    expect((await api.delete(`/users/${user.id}/grants/${grant.id}`)).status).toBe(204);
    expect((await api.get(`/users/${user.id}/grants`)).body.grants).toEqual([]);
    const refused = await oidc.refreshTokenGrant(config, tokens.refresh_token as string).then(
      () => undefined,
      (error: { error?: string }) => error.error,
    );
    expect(refused).toBe('invalid_grant');
    expect((await api.delete(`/users/${user.id}/grants/${grant.id}`)).status).toBe(404);
    expect((await api.get('/users/no-such-user/grants')).status).toBe(404);
  });
});
