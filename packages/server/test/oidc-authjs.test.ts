import { Auth, type AuthConfig } from '@auth/core';
import Logto from '@auth/core/providers/logto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthjsApp, startAuthjsSignIn } from './support/authjs-app.js';
import { createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/** Auth.js (@auth/core) with its Logto provider, driven as a Next.js/SvelteKit app would drive it. */

const appOrigin = 'http://localhost:3000';
const callbackUri = `${appOrigin}/api/auth/callback/logto`;

describe(`Auth.js Logto provider against Tessera (${dialect})`, () => {
  let server: TestServer;
  let authConfig: AuthConfig;
  let user: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    server = await startTestServer();
    const app = await createApp(server, 'Traditional', [callbackUri]);
    user = await createUser(server, {
      name: 'Margaret Hamilton',
      primaryEmail: 'margaret@example.com',
      avatar: 'https://example.com/margaret.png',
    });
    authConfig = {
      providers: [Logto({ clientId: app.id, clientSecret: app.secret, issuer: server.issuer })],
      secret: 'a-test-secret-that-is-long-enough-for-authjs',
      trustHost: true,
      basePath: '/api/auth',
      logger: { error: () => undefined, warn: () => undefined, debug: () => undefined },
      callbacks: {
        jwt({ token, profile }) {
          if (profile) Object.assign(token, { username: profile.username, tesseraId: profile.sub });
          return token;
        },
        session({ session, token }) {
          return { ...session, username: token.username, tesseraId: token.tesseraId };
        },
      },
    };
  });
  afterAll(() => server.stop());

  const createAppSide = () => createAuthjsApp(appOrigin, (request) => Auth(request, authConfig));

  it('signs in through Tessera and keeps the profile in the Auth.js session', async () => {
    const appRequest = createAppSide();
    const start = await startAuthjsSignIn(appRequest, `${appOrigin}/dashboard`);
    expect(start.status).toBe(302);
    const authorizationUrl = new URL(start.headers.get('location') as string);
    expect(authorizationUrl.origin + authorizationUrl.pathname).toBe(`${server.issuer}/auth`);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');

    const callback = await signIn(new Browser(server.url), authorizationUrl, {
      username: user.username as string,
      password,
    });
    expect(callback.origin + callback.pathname).toBe(callbackUri);

    const finish = await appRequest(callback.pathname + callback.search);
    expect(finish.status).toBe(302);
    expect(finish.headers.get('location')).toBe(`${appOrigin}/dashboard`);

    const session = await (await appRequest('/api/auth/session')).json();
    expect(session).toMatchObject({
      user: { name: 'Margaret Hamilton', email: 'margaret@example.com', image: 'https://example.com/margaret.png' },
      username: user.username,
      tesseraId: user.id,
    });
  });

  it('refuses a callback whose code was never issued', async () => {
    const appRequest = createAppSide();
    const start = await startAuthjsSignIn(appRequest);
    const state = new URL(start.headers.get('location') as string).searchParams.get('state');
    const query = new URLSearchParams({ code: 'forged-code', iss: server.issuer, ...(state ? { state } : {}) });
    const finish = await appRequest(`/api/auth/callback/logto?${query}`);
    expect(finish.status).toBe(302);
    expect(finish.headers.get('location')).toContain('error=');
    const session = await (await appRequest('/api/auth/session')).json();
    expect(session).toBeNull();
  });
});
