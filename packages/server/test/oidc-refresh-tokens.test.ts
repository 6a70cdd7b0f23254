import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationType, CustomClientMetadata } from '../src/applications/applications.schemas.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/** Refresh-token rotation per application type, reuse detection with Logto's leeway, and suspended users. */

const callback = 'http://localhost:3000/callback';

async function setUp(env: Record<string, string> = {}) {
  const server = await startTestServer(env);
  const app = await createApp(server, 'SPA', [callback]);
  const config = await clientConfig(server, app.id);
  const user = await createUser(server);
  const signedIn = async (into = new Browser(server.url)) => {
    const request = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    const url = await signIn(into, request.url, { username: user.username as string, password });
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    return tokens.refresh_token as string;
  };
  return { server, config, user, signedIn };
}

const refresh = (config: oidc.Configuration, token: string) =>
  oidc.refreshTokenGrant(config, token).catch((error: unknown) => error as oidc.ResponseBodyError);

describe(`refresh tokens without reuse leeway (${dialect})`, () => {
  let ctx: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    ctx = await setUp();
  });
  afterAll(() => ctx.server.stop());

  it('treats reuse of a rotated refresh token as theft and revokes the whole grant', async () => {
    const first = await ctx.signedIn();
    const rotated = await oidc.refreshTokenGrant(ctx.config, first);
    const second = rotated.refresh_token as string;
    expect(second).not.toBe(first);

    const reuse = await refresh(ctx.config, first);
    expect(reuse).toBeInstanceOf(oidc.ResponseBodyError);
    expect((reuse as oidc.ResponseBodyError).error).toBe('invalid_grant');

    // The thief's replay also killed the legitimate client's newest token and access token.
    const newest = await refresh(ctx.config, second);
    expect((newest as oidc.ResponseBodyError).error).toBe('invalid_grant');
    await expect(oidc.fetchUserInfo(ctx.config, rotated.access_token, oidc.skipSubjectCheck)).rejects.toThrow();
  });

  it('stops refreshing once the user is suspended, and the Experience API refuses the sign-in', async () => {
    const token = await ctx.signedIn();
    await ctx.server.services.users.setSuspended(ctx.user.id, true);
    try {
      const refused = await refresh(ctx.config, token);
      expect((refused as oidc.ResponseBodyError).error).toBe('invalid_grant');

      const request = await authorizationRequest(ctx.config, { redirect_uri: callback });
      const browser = new Browser(ctx.server.url);
      await browser.follow(request.url);
      expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
      const verification = await browser.api('POST', '/verification/password', {
        identifier: { type: 'username', value: ctx.user.username },
        password,
      });
      const identification = await browser.api('POST', '/identification', {
        verificationId: verification.body?.verificationId,
      });
      expect(identification.status).toBe(401);
      expect(identification.body.code).toBe('user.suspended');
      expect((await browser.api('POST', '/submit')).status).not.toBe(200);
    } finally {
      await ctx.server.services.users.setSuspended(ctx.user.id, false);
    }
  });

  it('ends a signed-in session of a user who is suspended afterwards', async () => {
    const browser = new Browser(ctx.server.url);
    await ctx.signedIn(browser);
    await ctx.server.services.users.setSuspended(ctx.user.id, true);
    try {
      const none = await authorizationRequest(ctx.config, { redirect_uri: callback, prompt: 'none' });
      const result = await browser.follow(none.url);
      expect(result.leftServer).toBe(true);
      expect(result.url.searchParams.get('code')).toBeNull();
      expect(result.url.searchParams.get('error')).toBe('login_required');

      const interactive = await authorizationRequest(ctx.config, { redirect_uri: callback });
      const landing = await browser.follow(interactive.url);
      await landing.response?.body?.cancel();
      expect(landing.url.pathname).toBe('/sign-in');
    } finally {
      await ctx.server.services.users.setSuspended(ctx.user.id, false);
    }
  });
});

describe(`refresh tokens with Logto's 3-second reuse leeway (${dialect})`, () => {
  let ctx: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    ctx = await setUp({ TESSERA_REFRESH_TOKEN_REUSE_LEEWAY: '3' });
  });
  afterAll(() => ctx.server.stop());

  it('accepts an immediate reuse (concurrent refreshes) and keeps the grant alive', async () => {
    const first = await ctx.signedIn();
    const a = await oidc.refreshTokenGrant(ctx.config, first);
    const b = await oidc.refreshTokenGrant(ctx.config, first);
    expect(a.refresh_token).not.toBe(b.refresh_token);
    await expect(oidc.refreshTokenGrant(ctx.config, a.refresh_token as string)).resolves.toBeTruthy();
    await expect(oidc.refreshTokenGrant(ctx.config, b.refresh_token as string)).resolves.toBeTruthy();
  });

  it('treats a reuse after the leeway as theft', async () => {
    const first = await ctx.signedIn();
    const rotated = await oidc.refreshTokenGrant(ctx.config, first);
    // Pretend the rotation happened four seconds ago.
    await ctx.server.services.db
      .updateTable('oidc_model_instances')
      .set({ consumed_at: Date.now() - 4000 })
      .where('model_name', '=', 'RefreshToken')
      .where('consumed_at', 'is not', null)
      .execute();
    expect((await refresh(ctx.config, first)).error).toBe('invalid_grant');
    expect((await refresh(ctx.config, rotated.refresh_token as string)).error).toBe('invalid_grant');
  });
});

describe(`refresh-token rotation per application, as Logto decides it (${dialect})`, () => {
  let server: TestServer;
  let user: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    server = await startTestServer({ TESSERA_REFRESH_TOKEN_REUSE_LEEWAY: '3' });
    user = await createUser(server);
  });
  afterAll(() => server.stop());

  async function appSignedIn(type: ApplicationType, custom: CustomClientMetadata = {}) {
    const app = await server.services.applications.create({
      name: `${type} app`,
      type,
      oidcClientMetadata: { redirectUris: [callback], postLogoutRedirectUris: [] },
      customClientMetadata: custom,
    });
    const config = await clientConfig(server, app.id, app.secret || undefined);
    const request = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    const url = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    return { config, refreshToken: tokens.refresh_token as string };
  }

  /** Moves every consumed refresh token's consumption four seconds back: past Logto's 3-second leeway. */
  const afterLeeway = () =>
    server.services.db
      .updateTable('oidc_model_instances')
      .set({ consumed_at: Date.now() - 4000 })
      .where('model_name', '=', 'RefreshToken')
      .where('consumed_at', 'is not', null)
      .execute();

  /** Ages a refresh token as if 80 % of its lifetime had passed (ids are stored as their SHA-256). */
  async function age(token: string) {
    const id = createHash('sha256').update(token).digest('base64url');
    const row = await server.services.db
      .selectFrom('oidc_model_instances')
      .select('payload')
      .where('model_name', '=', 'RefreshToken')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const payload = JSON.parse(row.payload) as { iat: number; exp: number; iiat: number };
    const shift = Math.ceil((payload.exp - payload.iat) * 0.8);
    await server.services.db
      .updateTable('oidc_model_instances')
      .set({
        payload: JSON.stringify({
          ...payload,
          iat: payload.iat - shift,
          exp: payload.exp - shift,
          iiat: payload.iiat - shift,
        }),
      })
      .where('model_name', '=', 'RefreshToken')
      .where('id', '=', id)
      .execute();
  }

  for (const custom of [{}, { rotateRefreshToken: true }]) {
    it(`gives a Traditional web app the same refresh token back on every use (${JSON.stringify(custom)})`, async () => {
      const { config, refreshToken } = await appSignedIn('Traditional', custom);
      const first = await oidc.refreshTokenGrant(config, refreshToken);
      const second = await oidc.refreshTokenGrant(config, refreshToken);
      expect(first.refresh_token).toBe(refreshToken);
      expect(second.refresh_token).toBe(refreshToken);
      expect(second.access_token).not.toBe(first.access_token);
      // Another instance of the app, or a retry, seconds later: the token is still good.
      await afterLeeway();
      const later = await oidc.refreshTokenGrant(config, refreshToken);
      expect(later.refresh_token).toBe(refreshToken);
      await expect(oidc.fetchUserInfo(config, later.access_token, user.id)).resolves.toMatchObject({ sub: user.id });
    });
  }

  it('rotates a web app’s refresh token once 70 % of its lifetime has passed, with reuse detection from then on', async () => {
    const { config, refreshToken } = await appSignedIn('Traditional', { rotateRefreshToken: true });
    await age(refreshToken);
    const rotated = await oidc.refreshTokenGrant(config, refreshToken);
    expect(rotated.refresh_token).not.toBe(refreshToken);
    await afterLeeway();
    expect((await refresh(config, refreshToken)).error).toBe('invalid_grant');
    expect((await refresh(config, rotated.refresh_token as string)).error).toBe('invalid_grant');
  });

  it('never rotates for an app whose rotateRefreshToken is false, even late in the token’s life', async () => {
    const { config, refreshToken } = await appSignedIn('Traditional', { rotateRefreshToken: false });
    await age(refreshToken);
    expect((await oidc.refreshTokenGrant(config, refreshToken)).refresh_token).toBe(refreshToken);
  });

  for (const type of ['SPA', 'Native'] as const) {
    it(`rotates a ${type} app’s refresh token on every use and revokes the grant on reuse after the leeway`, async () => {
      const { config, refreshToken } = await appSignedIn(type);
      const rotated = await oidc.refreshTokenGrant(config, refreshToken);
      expect(rotated.refresh_token).not.toBe(refreshToken);
      const again = await oidc.refreshTokenGrant(config, rotated.refresh_token as string);
      expect(again.refresh_token).not.toBe(rotated.refresh_token);
      await afterLeeway();
      expect((await refresh(config, refreshToken)).error).toBe('invalid_grant');
      expect((await refresh(config, again.refresh_token as string)).error).toBe('invalid_grant');
    });
  }
});
