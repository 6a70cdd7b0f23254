import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizationRequest,
  clientConfig,
  createApp,
  createUser,
  password,
  tokenRequest,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/** What a hostile or careless client tries at the authorization and token endpoints. */

const callback = 'http://localhost:3000/callback';

describe(`authorization code attacks (${dialect})`, () => {
  let server: TestServer;
  let spa: Awaited<ReturnType<typeof createApp>>;
  let web: Awaited<ReturnType<typeof createApp>>;
  let spaConfig: oidc.Configuration;
  let credentials: { username: string; password: string };

  beforeAll(async () => {
    server = await startTestServer();
    spa = await createApp(server, 'SPA', [callback]);
    web = await createApp(server, 'Traditional', [callback]);
    spaConfig = await clientConfig(server, spa.id);
    const user = await createUser(server);
    credentials = { username: user.username as string, password };
  });
  afterAll(() => server.stop());

  /** A signed-in code for the SPA, with the verifier that goes with it. */
  async function codeFor(config = spaConfig, params: Record<string, string> = {}) {
    const request = await authorizationRequest(config, { redirect_uri: callback, ...params });
    const url = await signIn(new Browser(server.url), request.url, credentials);
    return { ...request, callbackUrl: url, code: url.searchParams.get('code') as string };
  }

  describe('redirect URI', () => {
    const nearMisses = [
      ['a trailing slash', `${callback}/`],
      ['another port', 'http://localhost:3001/callback'],
      ['an extra path segment', `${callback}/evil`],
      ['another scheme', 'https://localhost:3000/callback'],
      ['another host', 'http://evil.example.com/callback'],
      ['an added query', `${callback}?next=evil`],
    ];
    it.each(nearMisses)('refuses %s without redirecting anywhere', async (_name, redirectUri) => {
      const request = await authorizationRequest(spaConfig, { redirect_uri: redirectUri });
      const response = await new Browser(server.url).request(request.url);
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      const page = await response.text();
      expect(page).toContain('invalid_redirect_uri');
      expect(page).not.toContain(redirectUri);
    });

    it('refuses a redirect URI at the token endpoint that differs from the authorization request', async () => {
      const { code, codeVerifier } = await codeFor();
      const answer = await tokenRequest(server, {
        grant_type: 'authorization_code',
        client_id: spa.id,
        code,
        code_verifier: codeVerifier,
        redirect_uri: `${callback}/`,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('invalid_grant');
    });
  });

  describe('PKCE', () => {
    it('refuses a code exchange without the verifier', async () => {
      const { code } = await codeFor();
      const answer = await tokenRequest(server, {
        grant_type: 'authorization_code',
        client_id: spa.id,
        code,
        redirect_uri: callback,
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'oidc.invalid_grant', error: 'invalid_grant' });
    });

    it('refuses a wrong verifier', async () => {
      const { callbackUrl, state } = await codeFor();
      const error = await oidc
        .authorizationCodeGrant(spaConfig, callbackUrl, {
          pkceCodeVerifier: oidc.randomPKCECodeVerifier(),
          expectedState: state,
        })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(oidc.ResponseBodyError);
      expect((error as oidc.ResponseBodyError).error).toBe('invalid_grant');
    });

    it('refuses the plain method', async () => {
      const request = await authorizationRequest(spaConfig, {
        redirect_uri: callback,
        code_challenge: 'a'.repeat(43),
        code_challenge_method: 'plain',
      });
      const result = await new Browser(server.url).follow(request.url);
      expect(result.leftServer).toBe(true);
      expect(result.url.searchParams.get('error')).toBe('invalid_request');
      expect(result.url.searchParams.get('code')).toBeNull();
    });

    it('refuses a public client that sends no code challenge', async () => {
      const url = oidc.buildAuthorizationUrl(spaConfig, { redirect_uri: callback, scope: 'openid', state: 's' });
      const result = await new Browser(server.url).follow(url);
      expect(result.leftServer).toBe(true);
      expect(result.url.searchParams.get('error')).toBe('invalid_request');
      expect(result.url.searchParams.get('error_description')).toMatch(/PKCE/);
    });
  });

  it('refuses a replayed code and revokes the tokens the first use gave', async () => {
    const { callbackUrl, codeVerifier, state } = await codeFor(spaConfig, {
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    const first = await oidc.authorizationCodeGrant(spaConfig, callbackUrl, {
      pkceCodeVerifier: codeVerifier,
      expectedState: state,
    });
    await expect(oidc.fetchUserInfo(spaConfig, first.access_token, oidc.skipSubjectCheck)).resolves.toBeTruthy();
    expect(first.refresh_token).toBeTruthy();

    const replay = await oidc
      .authorizationCodeGrant(spaConfig, callbackUrl, { pkceCodeVerifier: codeVerifier, expectedState: state })
      .catch((caught: unknown) => caught);
    expect((replay as oidc.ResponseBodyError).error).toBe('invalid_grant');

    await expect(oidc.fetchUserInfo(spaConfig, first.access_token, oidc.skipSubjectCheck)).rejects.toThrow();
    const refresh = await oidc
      .refreshTokenGrant(spaConfig, first.refresh_token as string)
      .catch((caught: unknown) => caught);
    expect((refresh as oidc.ResponseBodyError).error).toBe('invalid_grant');
  });

  it('refuses an expired code', async () => {
    const { code, codeVerifier } = await codeFor();
    await server.services.db
      .updateTable('oidc_model_instances')
      .set({ expires_at: Date.now() - 1000 })
      .where('model_name', '=', 'AuthorizationCode')
      .execute();
    const answer = await tokenRequest(server, {
      grant_type: 'authorization_code',
      client_id: spa.id,
      code,
      code_verifier: codeVerifier,
      redirect_uri: callback,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_grant');
  });

  describe('client authentication', () => {
    /** With Basic, openid-client reports a 401 with a WWW-Authenticate challenge; the body says the same in Logto's shape. */
    function expectInvalidClient(error: unknown) {
      expect(error).toBeInstanceOf(oidc.WWWAuthenticateChallengeError);
      const challenge = error as oidc.WWWAuthenticateChallengeError;
      expect(challenge.status).toBe(401);
      expect(challenge.cause[0]?.parameters.error).toBe('invalid_client');
    }

    it('refuses a wrong secret with 401 invalid_client', async () => {
      const config = await clientConfig(server, web.id, 'not-the-secret');
      const { callbackUrl, codeVerifier, state } = await codeFor(config);
      const error = await oidc
        .authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: codeVerifier, expectedState: state })
        .catch((caught: unknown) => caught);
      expectInvalidClient(error);

      const raw = await tokenRequest(
        server,
        { grant_type: 'authorization_code', code: 'whatever', redirect_uri: callback },
        { basic: [web.id, 'not-the-secret'] },
      );
      expect(raw.status).toBe(401);
      expect(raw.body).toEqual({
        code: 'oidc.invalid_client',
        message: expect.any(String),
        error: 'invalid_client',
        error_description: 'client authentication failed',
      });
    });

    it('accepts the secret in the body (client_secret_post), and refuses a wrong one there too', async () => {
      const good = await clientConfig(server, web.id, web.secret, 'post');
      const issued = await codeFor(good);
      const tokens = await oidc.authorizationCodeGrant(good, issued.callbackUrl, {
        pkceCodeVerifier: issued.codeVerifier,
        expectedState: issued.state,
      });
      expect(tokens.claims()?.aud).toBe(web.id);

      const bad = await clientConfig(server, web.id, `${web.secret}x`, 'post');
      const refused = await codeFor(bad);
      const error = await oidc
        .authorizationCodeGrant(bad, refused.callbackUrl, {
          pkceCodeVerifier: refused.codeVerifier,
          expectedState: refused.state,
        })
        .catch((caught: unknown) => caught);
      // No Basic challenge for a client that did not use Basic: openid-client sees the OAuth error itself.
      expect(error).toBeInstanceOf(oidc.ResponseBodyError);
      expect(error).toMatchObject({ status: 401, error: 'invalid_client' });
    });

    it('does not let a public client pose as a confidential one', async () => {
      const answer = await tokenRequest(
        server,
        { grant_type: 'client_credentials', resource: server.config.managementApiIndicator },
        { basic: [spa.id, 'anything'] },
      );
      expect(answer.status).toBe(401);
      expect(answer.body.error).toBe('invalid_client');
    });

    it('refuses a code issued to another app', async () => {
      const { code, codeVerifier } = await codeFor();
      const answer = await tokenRequest(
        server,
        { grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: callback },
        { basic: [web.id, web.secret] },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('invalid_grant');
    });
  });
});
