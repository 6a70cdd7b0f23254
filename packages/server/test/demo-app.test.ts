import fs from 'node:fs';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createUser, password, redeemCode } from './support/oidc-fixtures.js';
import { restartTestServer } from './support/restart.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience } from './support/sign-in.js';

const builtInPages = [
  { name: 'demo app', clientId: 'demo-app', path: '/demo-app' },
  { name: 'account page', clientId: 'account-center', path: '/account' },
];

/**
 * The built-in pages' clients: the demo app (client id `demo-app`, as in Logto) and the hosted
 * account page (`account-center`), each a public client of the main realm whose only redirect and
 * post-logout URI is its page, `<ENDPOINT>/demo-app` or `<ENDPOINT>/account`, hidden from the
 * Management API, and the same after a restart on the same database.
 */
describe.each(builtInPages)(`built-in $name client (${dialect})`, ({ clientId, path }) => {
  let first: TestServer;
  let server: TestServer;

  beforeAll(async () => {
    first = await startTestServer();
    server = first;
  });
  afterAll(async () => {
    await server.stop();
    if (server !== first) fs.rmSync(first.dataDir, { recursive: true, force: true });
  });

  const pageUri = () => `${server.url}${path}`;

  /** A full sign-in of the built-in client over HTTP: code + PKCE, token, user info. */
  async function signInAsClient() {
    const user = await createUser(server);
    const config = await clientConfig(server, clientId);
    const request = await authorizationRequest(config, { redirect_uri: pageUri(), scope: 'openid profile' });
    // The callback is on this server (the built-in page), so the browser stops there, not off-server.
    const browser = new Browser(server.url);
    const landing = await browser.follow(request.url);
    await landing.response?.body?.cancel();
    expect(landing.url.pathname).toBe('/sign-in');
    const atApp = await browser.follow(
      await completeExperience(browser, { username: user.username as string, password }),
    );
    expect(atApp.response?.status).toBe(200);
    const csp = atApp.response?.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    await atApp.response?.body?.cancel();
    const callback = atApp.url;
    expect(`${callback.origin}${callback.pathname}`).toBe(pageUri());
    const tokens = await redeemCode(config, request, callback);
    expect(tokens.claims()).toMatchObject({ sub: user.id, aud: clientId, username: user.username });
    expect(await oidc.fetchUserInfo(config, tokens.access_token, user.id)).toMatchObject({ sub: user.id });
  }

  /** The refusals an attacker meets: any redirect or post-logout URI but the exact one. */
  async function expectExactRedirects() {
    const config = await clientConfig(server, clientId);
    const attempts = [
      `https://attacker.example${path}`,
      `${pageUri()}/`,
      `${pageUri()}?next=https://attacker.example`,
      `${server.url}${path}-evil`,
      `${server.url}/console`,
    ];
    for (const redirectUri of attempts) {
      const request = await authorizationRequest(config, { redirect_uri: redirectUri });
      const response = await new Browser(server.url).request(request.url);
      expect(response.status, redirectUri).toBe(400);
      expect(response.headers.get('location'), redirectUri).toBeNull();
      expect(await response.text()).toContain('invalid_redirect_uri');
    }
    const logout = await new Browser(server.url).request(
      oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: `https://attacker.example${path}` }),
    );
    expect(logout.status).toBe(400);
    expect(logout.headers.get('location')).toBeNull();
  }

  /** Hidden from the Management API: never listed, not readable, not deletable. */
  async function expectHiddenFromManagementApi() {
    const api = await managementApi(server);
    const list = await api.get('/applications?page_size=100');
    expect(list.status).toBe(200);
    expect(list.body.map((app: { id: string }) => app.id)).not.toContain(clientId);
    expect(Number(list.headers.get('total-number'))).toBe(list.body.length);
    expect((await api.get(`/applications/${clientId}`)).status).toBe(404);
    expect((await api.delete(`/applications/${clientId}`)).status).toBe(404);
  }

  it('signs in with code + PKCE at its exact redirect URI, and refuses any other', async () => {
    await signInAsClient();
    await expectExactRedirects();
  });

  it('is hidden from the Management API', async () => {
    await expectHiddenFromManagementApi();
  });

  it('belongs to the main realm only: the administrators’ provider does not know it', async () => {
    const config = await oidc.discovery(new URL(`${server.url}/admin/oidc`), clientId, undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    const request = await authorizationRequest(config, { redirect_uri: pageUri() });
    const response = await new Browser(server.url).request(request.url);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('invalid_client');
  });

  it('is the same one client after a restart on the same database', async () => {
    server = await restartTestServer(first);
    await signInAsClient();
    await expectExactRedirects();
    await expectHiddenFromManagementApi();
  });

  it('follows ENDPOINT: behind a public address, that address is its redirect URI', async () => {
    const publicUrl = 'https://id.tessera.example';
    const behindProxy = await startTestServer({ ENDPOINT: publicUrl, TESSERA_TRUST_PROXY: 'true' });
    try {
      // As the TLS-terminating proxy forwards it.
      const authorize = (redirectUri: string) =>
        fetch(
          `http://127.0.0.1:${behindProxy.config.port}/oidc/auth?${new URLSearchParams({
            client_id: clientId,
            redirect_uri: redirectUri,
            response_type: 'code',
            scope: 'openid',
            state: 'state',
            code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
            code_challenge_method: 'S256',
          })}`,
          { redirect: 'manual', headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'id.tessera.example' } },
        );
      const accepted = await authorize(`${publicUrl}${path}`);
      expect(accepted.status).toBe(303);
      expect(accepted.headers.get('location')).toContain('/sign-in');
      const refused = await authorize(`http://127.0.0.1:${behindProxy.config.port}${path}`);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('location')).toBeNull();
      // The page builds its issuer and redirect URI from the same ENDPOINT.
      const page = await (await fetch(`http://127.0.0.1:${behindProxy.config.port}${path}`)).text();
      expect(page).toContain(`<meta name="tessera-endpoint" content="${publicUrl}">`);
    } finally {
      await behindProxy.stop();
    }
  });
});
