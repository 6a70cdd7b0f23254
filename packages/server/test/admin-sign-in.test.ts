import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleApplicationId } from '../src/realm/admin-seed.js';
import { completeAdminExperience } from './support/admin-token.js';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience, signIn } from './support/sign-in.js';

const adminPassword = 'a long admin passphrase';

describe(`admin realm sign-in at /admin (${dialect})`, () => {
  let server: TestServer;
  let adminIssuer: string;
  let consoleConfig: oidc.Configuration;
  let consoleCallback: string;
  let admin: { id: string; username: string | null };

  beforeAll(async () => {
    server = await startTestServer();
    adminIssuer = `${server.url}/admin/oidc`;
    consoleCallback = `${server.url}/console/callback`;
    consoleConfig = await oidc.discovery(new URL(adminIssuer), consoleApplicationId, undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    admin = await server.services.admins.create({ username: 'root', password: adminPassword, role: 'owner' });
  });
  afterAll(() => server?.stop());

  /** Opens the console's authorization request in a browser; answers where it lands. */
  async function startConsoleSignIn(browser: Browser, params: Record<string, string> = {}) {
    const request = await authorizationRequest(consoleConfig, { redirect_uri: consoleCallback, ...params });
    const landing = await browser.follow(request.url);
    return { request, landing, html: (await landing.response?.text()) ?? '' };
  }

  it('publishes its own issuer and keys at /admin/oidc', async () => {
    expect(consoleConfig.serverMetadata().issuer).toBe(adminIssuer);
    expect(consoleConfig.serverMetadata().authorization_endpoint).toBe(`${adminIssuer}/auth`);
    const kids = async (issuer: string) =>
      ((await (await fetch(`${issuer}/jwks`)).json()) as { keys: Array<{ kid: string }> }).keys.map((k) => k.kid);
    const adminKids = await kids(adminIssuer);
    expect(adminKids.length).toBeGreaterThan(0);
    const mainKids = await kids(server.issuer);
    expect(adminKids.some((kid) => mainKids.includes(kid))).toBe(false);
  });

  it('answers refusals under /admin/api and /admin/oidc in the API shapes, with the same path rules', async () => {
    for (const path of ['/admin/api/experience/nothing-here', '/admin/api/experience/', '/Admin/api/experience']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(Object.keys(await response.json()), path).toEqual(expect.arrayContaining(['code', 'message']));
    }
    const token = await fetch(`${adminIssuer}/Token`, { method: 'POST' });
    expect(token.status).toBe(404);
    expect(await token.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('serves the admin settings to its page, reads JSON token requests, and stays out of the API document', async () => {
    const settings = await (await fetch(`${server.url}/admin/api/.well-known/sign-in-exp`)).json();
    expect(settings).toMatchObject({ signInMode: 'SignIn', mfa: { policy: 'PromptAtSignInAndSignUp' } });
    expect((await (await fetch(`${server.url}/api/.well-known/sign-in-exp`)).json()).signInMode).toBe(
      'SignInAndRegister',
    );

    // A JSON body is read as at /oidc/token: an unknown client, not an unsupported body.
    const json = await fetch(`${adminIssuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', code: 'x', client_id: 'nobody' }),
    });
    expect(json.status).toBe(401);
    expect(await json.json()).toMatchObject({ error: 'invalid_client' });

    const api = await managementApi(server);
    const paths = Object.keys((await api.get('/swagger.json')).body.paths);
    expect(paths).toContain('/api/.well-known/sign-in-exp');
    expect(paths.some((path) => path.startsWith('/admin'))).toBe(false);
  });

  it('signs an administrator in at /admin/sign-in with openid-client, on _admin_ cookies scoped to /admin', async () => {
    const browser = new Browser(server.url, '/admin');
    const { request, landing, html } = await startConsoleSignIn(browser, {
      resource: server.config.managementApiIndicator,
      scope: 'openid all read admins:manage',
    });
    expect(landing.url.pathname).toBe('/admin/sign-in');
    expect(html).toContain('<meta name="tessera-base" content="/admin">');
    const redirectTo = await completeAdminExperience(browser, { username: 'root', password: adminPassword });
    const callback = (await browser.follow(redirectTo)).url;
    expect(callback.origin + callback.pathname).toBe(consoleCallback);
    const tokens = await oidc.authorizationCodeGrant(
      consoleConfig,
      callback,
      { pkceCodeVerifier: request.codeVerifier, expectedState: request.state },
      { resource: server.config.managementApiIndicator },
    );
    expect(tokens.claims()).toMatchObject({ iss: adminIssuer, sub: admin.id, aud: consoleApplicationId });
    // The Owner's Management API token, from the admin issuer: its role's scopes, accepted by the API.
    expect(tokens.scope?.split(' ').sort()).toEqual(['admins:manage', 'all']);
    const api = await fetch(`${server.url}/api/applications`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(api.status).toBe(200);

    const cookies = browser.jar.names();
    expect(cookies).toContain('_admin_session');
    expect(cookies.every((name) => name.startsWith('_admin_'))).toBe(true);
    // Nothing of the admin session is sent outside /admin.
    for (const path of ['/oidc/auth', '/api/experience', '/sign-in'])
      expect(browser.jar.header(new URL(path, server.url))).toBe('');
    expect(browser.jar.header(new URL('/admin/oidc/auth', server.url))).toContain('_admin_session=');
  });

  it('refuses end users at /admin/sign-in, and sign-up there', async () => {
    const endUser = await createUser(server, { username: 'enduser', password: adminPassword });
    expect(endUser.id).toBeTruthy();
    const browser = new Browser(server.url, '/admin');
    await startConsoleSignIn(browser);
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const verification = await browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: 'enduser' },
      password: adminPassword,
    });
    expect(verification.status).toBe(422);
    expect(verification.body.code).toBe('session.invalid_credentials');

    const register = await browser.api('PUT', '', { interactionEvent: 'Register' });
    expect(register.status).toBe(403);
  });

  it('locks out an administrator after failed passwords without locking out the end user of the same name', async () => {
    await server.services.admins.create({ username: 'sam', password: adminPassword, role: 'viewer' });
    await createUser(server, { username: 'sam', password: adminPassword });
    const browser = new Browser(server.url, '/admin');
    await startConsoleSignIn(browser);
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const attempt = (password: string) =>
      browser.api('POST', '/verification/password', { identifier: { type: 'username', value: 'sam' }, password });
    let answer = await attempt('wrong password, again');
    for (let tries = 1; answer.status !== 429 && tries < 20; tries++) answer = await attempt('wrong password, again');
    expect(answer.body.code).toBe('session.verification_blocked_too_many_attempts');
    expect((await attempt(adminPassword)).status).toBe(429);

    const spaCallback = 'http://localhost:3000/callback';
    const spa = await createApp(server, 'SPA', [spaCallback]);
    const request = await authorizationRequest(await clientConfig(server, spa.id), { redirect_uri: spaCallback });
    const callback = await signIn(new Browser(server.url), request.url, { username: 'sam', password: adminPassword });
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('refuses administrators at /sign-in, and the end users’ session does not open /admin', async () => {
    const spaCallback = 'http://localhost:3000/callback';
    const spa = await createApp(server, 'SPA', [spaCallback]);
    const spaConfig = await clientConfig(server, spa.id);
    const browser = new Browser(server.url);
    const request = await authorizationRequest(spaConfig, { redirect_uri: spaCallback });
    const landing = await browser.follow(request.url);
    await landing.response?.body?.cancel();
    expect(landing.url.pathname).toBe('/sign-in');
    await expect(completeExperience(browser, { username: 'root', password: adminPassword })).rejects.toThrow(/422/);

    // An end user signed in on the main realm still meets the admin sign-in page.
    await createUser(server, { username: 'enduser2', password: adminPassword });
    const signedIn = new Browser(server.url);
    const main = await authorizationRequest(spaConfig, { redirect_uri: spaCallback });
    await signIn(signedIn, main.url, { username: 'enduser2', password: adminPassword });
    expect(signedIn.jar.names()).toContain('_session');
    const { landing: adminLanding } = await startConsoleSignIn(signedIn);
    expect(adminLanding.url.pathname).toBe('/admin/sign-in');
  });
});
