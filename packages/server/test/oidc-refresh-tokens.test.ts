import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/** Refresh-token rotation, reuse detection with Logto's leeway, and suspended users. */

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
