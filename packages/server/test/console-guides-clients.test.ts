import { Auth, setEnvDefaults } from '@auth/core';
import Logto from '@auth/core/providers/logto';
import type { LogtoConfig } from '@logto/node';
import * as jose from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkId } from '../../console/src/guides/frameworks.js';
import { type GuideApp, guideUris, guideValues } from '../../console/src/guides/guide-values.js';
import { guides, type Step } from '../../console/src/guides/snippets/index.js';
import { callsOf, constantOf, dotenvOf } from '../../console/src/guides/snippets/read-snippet.js';
import { createAuthjsApp, startAuthjsSignIn } from './support/authjs-app.js';
import { assignRole, createApiResource, createApp, createUser, decodeJwt, password } from './support/oidc-fixtures.js';
import { createSdk as createLogtoNodeSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn, signOut } from './support/sign-in.js';
import { runSnippetModule } from './support/snippet-module.js';

/**
 * The console's integration guides, proven with the real clients: each test renders a guide
 * for a real app with the values the guide panel fills in, then configures the client from
 * the snippet's own text (its env file, its config literal, or the snippet run as a module)
 * and signs in. A guide that drifts from what the client or Tessera expects fails here.
 */

const api = 'https://api.shop.example.com';
const permissions = ['read:orders', 'write:orders'];

function codeOf(steps: Step[], filename: string): string {
  const text = steps.find((step) => step.code?.filename === filename)?.code?.text;
  if (text === undefined) throw new Error(`the guide has no ${filename}`);
  return text;
}

describe(`console guides with real clients (${dialect})`, () => {
  let server: TestServer;
  let user: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    server = await startTestServer();
    user = await createUser(server, { name: 'Ada Lovelace', primaryEmail: 'ada@example.com' });
    const { roleId } = await createApiResource(server, api, permissions, ['read:orders']);
    await assignRole(server, { userId: user.id }, roleId);
  });
  afterAll(() => server.stop());

  /** A guide for an app, with every permission of the API picked in the panel. */
  function guideFor(framework: FrameworkId, app: GuideApp) {
    expect(guideUris(framework, app).missing).toEqual([]);
    const values = guideValues(framework, app, server.url, { resources: [api], scopes: permissions });
    return { values, steps: guides[framework](values) };
  }

  it('Next.js + Auth.js: auth.ts and .env.local as written sign in and keep the API token', async () => {
    const app = await createApp(server, 'Traditional', ['http://localhost:3000/api/auth/callback/logto']);
    const { values, steps } = guideFor('nextjs-authjs', app);

    // What the user fills in: a secret of the app for the placeholder, and their own AUTH_SECRET.
    const env = dotenvOf(codeOf(steps, '.env.local'));
    expect(env).toMatchObject({ AUTH_LOGTO_SECRET: '<your-app-secret>', AUTH_SECRET: '<a-long-random-string>' });
    Object.assign(env, { AUTH_LOGTO_SECRET: app.secret, AUTH_SECRET: 'a-test-secret-that-is-long-enough-for-authjs' });

    // next-auth's NextAuth(): its /api/auth base path, the AUTH_* variables, Auth.js's handlers.
    function NextAuth(config: Parameters<typeof Auth>[1]) {
      config.basePath ??= '/api/auth';
      setEnvDefaults(env, config);
      const handle = (request: Request) => Auth(request, config);
      return { handlers: { GET: handle, POST: handle } };
    }
    // Next.js loads .env.local into process.env, where the snippet's own code reads it too.
    const { handlers } = runSnippetModule(codeOf(steps, 'auth.ts'), {
      env,
      modules: { 'next-auth': { default: NextAuth }, 'next-auth/providers/logto': { default: Logto } },
    });
    const appRequest = createAuthjsApp(new URL(values.redirectUri).origin, (request) =>
      request.method === 'POST' ? handlers.POST(request) : handlers.GET(request),
    );

    const start = await startAuthjsSignIn(appRequest);
    expect(start.status).toBe(302);
    const authorizationUrl = new URL(start.headers.get('location') as string);
    expect(authorizationUrl.origin + authorizationUrl.pathname).toBe(`${server.issuer}/auth`);
    expect(authorizationUrl.searchParams.get('client_id')).toBe(app.id);
    expect(authorizationUrl.searchParams.get('redirect_uri')).toBe(values.redirectUri);
    expect(authorizationUrl.searchParams.getAll('resource')).toEqual([api]);
    expect(authorizationUrl.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining(permissions));

    const callback = await signIn(new Browser(server.url), authorizationUrl, {
      username: user.username as string,
      password,
    });
    expect(callback.href.startsWith(values.redirectUri)).toBe(true);
    const finish = await appRequest(callback.pathname + callback.search);
    expect(finish.status).toBe(302);
    expect(finish.headers.get('location')).not.toContain('error');

    const session = await (await appRequest('/api/auth/session')).json();
    expect(session.user).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com' });
    // The snippet's callbacks kept the access token: a JWT for the API with the user's permission.
    expect(decodeJwt(session.accessToken)).toMatchObject({ aud: api, sub: user.id, scope: 'read:orders' });
  });

  it('React: the LogtoProvider config and the signIn/signOut URIs work with the Logto SDK', async () => {
    const app = await createApp(server, 'SPA', ['http://localhost:5173/callback'], ['http://localhost:5173/']);
    const { steps } = guideFor('react', app);
    const main = codeOf(steps, 'src/main.tsx');
    const home = codeOf(steps, 'src/Home.tsx');
    const config = constantOf(main, 'config') as LogtoConfig;
    const [[signInUri]] = callsOf(home, 'signIn') as [[string]];
    const [[signOutUri]] = callsOf(home, 'signOut') as [[string]];
    // The callback page renders at the redirect URI's path.
    expect(main).toContain(`location.pathname === '${new URL(signInUri).pathname}'`);

    // @logto/react runs @logto/client in the browser; @logto/node runs the same client here.
    const sdk = createLogtoNodeSdk(config);
    const browser = new Browser(server.url);
    await sdk.client.signIn(signInUri);
    const authorizationUrl = new URL(sdk.lastNavigation('sign-in'));
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    const callback = await signIn(browser, authorizationUrl, { username: user.username as string, password });
    await sdk.client.handleSignInCallback(callback.href);

    expect(await sdk.client.getIdTokenClaims()).toMatchObject({
      iss: server.issuer,
      aud: app.id,
      sub: user.id,
      email: 'ada@example.com',
    });
    expect(await sdk.client.getAccessTokenClaims(api)).toMatchObject({ aud: api, scope: 'read:orders' });

    await sdk.client.signOut(signOutUri);
    const result = await signOut(browser, sdk.lastNavigation('sign-out'));
    expect(result).toMatchObject({ leftServer: true });
    expect(result.url.href).toBe(signOutUri);
  });

  it('Express: the config object signs in at the SDK callback and signs out to baseUrl', async () => {
    const app = await createApp(
      server,
      'Traditional',
      ['http://localhost:3000/logto/sign-in-callback'],
      ['http://localhost:3000'],
    );
    const { steps } = guideFor('express', app);
    const config = constantOf(codeOf(steps, 'app.js'), 'config', {
      env: { LOGTO_APP_SECRET: app.secret },
    }) as LogtoConfig & { baseUrl: string };
    expect(config.appSecret).toBe(app.secret);

    // What handleAuthRoutes does with the config: @logto/node with these two URIs.
    const sdk = createLogtoNodeSdk(config);
    const browser = new Browser(server.url);
    await sdk.client.signIn(`${config.baseUrl}/logto/sign-in-callback`);
    const callback = await signIn(browser, sdk.lastNavigation('sign-in'), {
      username: user.username as string,
      password,
    });
    await sdk.client.handleSignInCallback(callback.href);
    expect(await sdk.client.getContext({ getAccessToken: true, resource: api })).toMatchObject({
      isAuthenticated: true,
      claims: { sub: user.id, aud: app.id },
      scopes: ['read:orders'],
    });

    await sdk.client.signOut(config.baseUrl);
    const result = await signOut(browser, sdk.lastNavigation('sign-out'));
    expect(result.url.href.replace(/\/$/, '')).toBe(config.baseUrl);
  });

  it('machine-to-machine: token.ts and verify-token.ts run as written', async () => {
    const stock = 'https://stock.shop.example.com';
    const app = await createApp(server, 'MachineToMachine');
    const { roleId } = await createApiResource(server, stock, ['read:stock', 'write:stock'], ['read:stock'], {
      roleType: 'MachineToMachine',
    });
    await assignRole(server, { applicationId: app.id }, roleId);
    const values = guideValues('machine-to-machine', app, server.url, {
      resources: [stock],
      scopes: ['read:stock', 'write:stock'],
    });
    const steps = guides['machine-to-machine'](values);

    const { fetchAccessToken } = runSnippetModule(codeOf(steps, 'token.ts'), { env: { APP_SECRET: app.secret } });
    const token: string = await fetchAccessToken();
    const { verifyAccessToken } = runSnippetModule(codeOf(steps, 'verify-token.ts'), { modules: { jose } });
    expect(await verifyAccessToken(token)).toMatchObject({
      iss: server.issuer,
      aud: stock,
      client_id: app.id,
      scope: 'read:stock',
    });
    // A token for another API does not pass the snippet's check.
    const { fetchAccessToken: fetchForOrders } = runSnippetModule(
      codeOf(guides['machine-to-machine']({ ...values, resources: [api] }), 'token.ts'),
      { env: { APP_SECRET: app.secret } },
    );
    await expect(verifyAccessToken(await fetchForOrders())).rejects.toThrow(/aud/);
  });
});
