import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { createRemoteJWKSet, decodeJwt, exportJWK, jwtVerify, SignJWT } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAccountCenter } from './support/account-client.js';
import { clientCredentialsToken, type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createUser, password, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn, signOut } from './support/sign-in.js';

/** PAR (RFC 9126), DPoP (RFC 9449), back-channel logout and JARM, each switched on per application. */

const callback = 'http://localhost:3000/callback';
const afterLogout = 'http://localhost:3000/signed-out';

/** A relying party's back-channel logout endpoint on a local port, recording each logout token. */
async function startLogoutReceiver() {
  const tokens: string[] = [];
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    request.on('end', () => {
      tokens.push(new URLSearchParams(raw).get('logout_token') ?? '');
      response.statusCode = 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}/logout`, tokens, close: () => server.close() };
}

describe(`OAuth extensions (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let receiver: Awaited<ReturnType<typeof startLogoutReceiver>>;

  beforeAll(async () => {
    receiver = await startLogoutReceiver();
    server = await startTestServer({ TESSERA_BACKCHANNEL_LOGOUT_ALLOW_PRIVATE_NETWORKS: 'true' });
    api = await managementApi(server);
  });
  afterAll(async () => {
    await server.stop();
    receiver.close();
  });

  const spa = async (extra: { customClientMetadata?: object; oidcClientMetadata?: object } = {}) => {
    const created = await api.post('/applications', {
      name: 'App',
      type: 'SPA',
      oidcClientMetadata: {
        redirectUris: [callback],
        postLogoutRedirectUris: [afterLogout],
        ...extra.oidcClientMetadata,
      },
      ...(extra.customClientMetadata && { customClientMetadata: extra.customClientMetadata }),
    });
    expect(created.status).toBe(200);
    return created.body.id as string;
  };

  it('lists each extension in discovery', async () => {
    const discovery = await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({
      pushed_authorization_request_endpoint: `${server.issuer}/request`,
      require_pushed_authorization_requests: false,
      dpop_signing_alg_values_supported: expect.arrayContaining(['ES256']),
      backchannel_logout_supported: true,
      backchannel_logout_session_supported: true,
      device_authorization_endpoint: `${server.issuer}/device/auth`,
      authorization_signing_alg_values_supported: ['ES256'],
    });
    expect(discovery.response_modes_supported).toEqual(expect.arrayContaining(['jwt', 'query.jwt', 'form_post.jwt']));
  });

  it('signs in through a pushed authorization request, and an app requiring PAR refuses a plain one', async () => {
    const clientId = await spa({ customClientMetadata: { requirePushedAuthorizationRequests: true } });
    const app = await api.get(`/applications/${clientId}`);
    expect(app.body.customClientMetadata.requirePushedAuthorizationRequests).toBe(true);
    const user = await createUser(server);
    const config = await clientConfig(server, clientId);

    const plain = await authorizationRequest(config, { redirect_uri: callback });
    const refused = await new Browser(server.url).follow(plain.url);
    expect(refused.leftServer).toBe(true);
    expect(refused.url.searchParams.get('error')).toBe('invalid_request');
    expect(refused.url.searchParams.get('error_description')).toMatch(/Pushed Authorization Request must be used/);

    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = await oidc.buildAuthorizationUrlWithPAR(config, {
      redirect_uri: callback,
      scope: 'openid',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    });
    expect(url.searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    const back = await signIn(new Browser(server.url), url, { username: user.username as string, password });
    const tokens = await redeemCode(config, { codeVerifier: verifier, state }, back);
    expect(tokens.claims()?.sub).toBe(user.id);
  });

  it('binds tokens to a DPoP key: refused without the proof at user info and at the Account API', async () => {
    await setAccountCenter(api, { enabled: true, fields: { name: 'Edit' } });
    const clientId = await spa({ customClientMetadata: { dpopBoundAccessTokens: true } });
    const user = await createUser(server);
    const config = await clientConfig(server, clientId);
    const request = await authorizationRequest(config, { redirect_uri: callback });
    const back = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });

    // Without a proof the token endpoint refuses: the app requires DPoP-bound tokens.
    await expect(redeemCode(config, request, back)).rejects.toMatchObject({ error: 'invalid_grant' });

    const second = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    const browser = new Browser(server.url);
    const again = await signIn(browser, second.url, { username: user.username as string, password });
    const keyPair = await oidc.randomDPoPKeyPair();
    const DPoP = oidc.getDPoPHandle(config, keyPair);
    const tokens = await oidc.authorizationCodeGrant(
      config,
      again,
      { pkceCodeVerifier: second.codeVerifier, expectedState: second.state },
      undefined,
      { DPoP },
    );
    expect(tokens.token_type.toLowerCase()).toBe('dpop');
    const accessToken = tokens.access_token;

    // User info: with the proof, and refused without.
    expect((await oidc.fetchUserInfo(config, accessToken, user.id, { DPoP })).sub).toBe(user.id);
    const bearerInfo = await fetch(`${server.issuer}/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(bearerInfo.status).toBe(401);

    // The Account API: with the proof, and refused without it, with the wrong scheme, or replayed.
    const account = new URL(`${server.url}/api/my-account`);
    const ok = await oidc.fetchProtectedResource(config, accessToken, account, 'GET', undefined, undefined, { DPoP });
    expect(ok.status).toBe(200);
    expect((await ok.json()).id).toBe(user.id);
    const bearer = await fetch(account, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(bearer.status).toBe(401);
    const noProof = await fetch(account, { headers: { authorization: `DPoP ${accessToken}` } });
    expect(noProof.status).toBe(401);
    // A proof made by hand with the same key: accepted once, refused when replayed.
    const proof = await new SignJWT({
      htm: 'GET',
      htu: account.href,
      ath: createHash('sha256').update(accessToken).digest('base64url'),
      jti: randomUUID(),
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: await exportJWK(keyPair.publicKey) })
      .setIssuedAt()
      .sign(keyPair.privateKey);
    const first = await fetch(account, { headers: { authorization: `DPoP ${accessToken}`, dpop: proof } });
    expect(first.status).toBe(200);
    const replayed = await fetch(account, { headers: { authorization: `DPoP ${accessToken}`, dpop: proof } });
    expect(replayed.status).toBe(401);
    expect((await replayed.json()).code).toBe('auth.unauthorized');

    // The public client's refresh token is bound too: another key cannot use it.
    const otherKey = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair());
    await expect(
      oidc.refreshTokenGrant(config, tokens.refresh_token as string, undefined, { DPoP: otherKey }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token as string, undefined, { DPoP });
    expect(refreshed.token_type.toLowerCase()).toBe('dpop');
  });

  it('binds Management API tokens of a machine app requiring DPoP', async () => {
    const app = await api.post('/applications', {
      name: 'Bound machine',
      type: 'MachineToMachine',
      customClientMetadata: { dpopBoundAccessTokens: true },
    });
    await server.services.stores.roles.assignToApplication(app.body.id, server.services.managementRoleId);
    const secret = (await api.get(`/applications/${app.body.id}/secrets`)).body[0].value as string;
    const params = { resource: server.config.managementApiIndicator, scope: 'all' };
    const unbound = await clientCredentialsToken(server, { clientId: app.body.id, clientSecret: secret }, params);
    expect(unbound.status).toBe(400);

    const config = await clientConfig(server, app.body.id, secret);
    const DPoP = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair());
    const tokens = await oidc.clientCredentialsGrant(config, params, { DPoP });
    expect((decodeJwt(tokens.access_token).cnf as { jkt: string }).jkt).toBeTruthy();
    const url = new URL(`${server.url}/api/applications`);
    const ok = await oidc.fetchProtectedResource(config, tokens.access_token, url, 'GET', undefined, undefined, {
      DPoP,
    });
    expect(ok.status).toBe(200);
    const bearer = await fetch(url, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(bearer.status).toBe(401);
  });

  it('posts a signed logout token to the app after RP-initiated sign-out', async () => {
    const clientId = await spa({
      oidcClientMetadata: { backchannelLogoutUri: receiver.url, backchannelLogoutSessionRequired: true },
    });
    const user = await createUser(server);
    const config = await clientConfig(server, clientId);
    const request = await authorizationRequest(config, { redirect_uri: callback });
    const browser = new Browser(server.url);
    const back = await signIn(browser, request.url, { username: user.username as string, password });
    const tokens = await redeemCode(config, request, back);
    const sid = tokens.claims()?.sid;
    expect(sid).toBeTruthy();

    const end = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: afterLogout,
    });
    const signedOut = await signOut(browser, end);
    expect(signedOut.url.href).toBe(afterLogout);
    expect(receiver.tokens).toHaveLength(1);
    const { payload, protectedHeader } = await jwtVerify(
      receiver.tokens[0] as string,
      createRemoteJWKSet(new URL(`${server.issuer}/jwks`)),
      { issuer: server.issuer, audience: clientId, typ: 'logout+jwt' },
    );
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload).toMatchObject({
      sub: user.id,
      sid,
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    });
    expect(typeof payload.iat).toBe('number');
    expect(typeof payload.jti).toBe('string');
    expect(payload.nonce).toBeUndefined();
  });

  it('posts a logout token when the Management API ends the session', async () => {
    const clientId = await spa({ oidcClientMetadata: { backchannelLogoutUri: receiver.url } });
    const user = await createUser(server);
    const config = await clientConfig(server, clientId);
    const request = await authorizationRequest(config, { redirect_uri: callback });
    await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    const before = receiver.tokens.length;
    const [session] = (await api.get(`/users/${user.id}/sessions`)).body.sessions;
    expect((await api.delete(`/users/${user.id}/sessions/${session.id}`)).status).toBe(204);
    expect(receiver.tokens).toHaveLength(before + 1);
    const { payload } = await jwtVerify(
      receiver.tokens.at(-1) as string,
      createRemoteJWKSet(new URL(`${server.issuer}/jwks`)),
      { issuer: server.issuer, audience: clientId, typ: 'logout+jwt' },
    );
    expect(payload.sub).toBe(user.id);
    // Session required is off for this app: no sid.
    expect(payload.sid).toBeUndefined();
  });

  it('refuses loopback back-channel URIs unless private networks are allowed', async () => {
    const strict = await startTestServer();
    try {
      const strictApi = await managementApi(strict);
      const app = await strictApi.post('/applications', {
        name: 'App',
        type: 'SPA',
        oidcClientMetadata: { redirectUris: [callback], backchannelLogoutUri: receiver.url },
      });
      const user = await createUser(strict);
      const config = await clientConfig(strict, app.body.id);
      const request = await authorizationRequest(config, { redirect_uri: callback });
      await signIn(new Browser(strict.url), request.url, { username: user.username as string, password });
      const before = receiver.tokens.length;
      const [session] = (await strictApi.get(`/users/${user.id}/sessions`)).body.sessions;
      expect((await strictApi.delete(`/users/${user.id}/sessions/${session.id}`)).status).toBe(204);
      expect(receiver.tokens).toHaveLength(before);
    } finally {
      await strict.stop();
    }
  });

  it('answers with a signed authorization response (JARM) when asked', async () => {
    const clientId = await spa();
    const user = await createUser(server);
    const config = await clientConfig(server, clientId);
    const request = await authorizationRequest(config, { redirect_uri: callback, response_mode: 'query.jwt' });
    const back = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    const response = back.searchParams.get('response') as string;
    const { payload } = await jwtVerify(response, createRemoteJWKSet(new URL(`${server.issuer}/jwks`)), {
      issuer: server.issuer,
      audience: clientId,
    });
    expect(payload.state).toBe(request.state);
    expect(typeof payload.code).toBe('string');
  });
});
