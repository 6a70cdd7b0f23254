import { randomBytes } from 'node:crypto';
import { jwtVerify } from 'jose';
import {
  bearer,
  expectForm,
  formPost,
  json,
  queryString,
  redirectTo,
  startUpstream,
  type UpstreamRequest,
  type Violation,
} from './upstream-server.js';

/**
 * A generic OAuth 2.0 provider (RFC 6749 code flow) with a user info document whose fields are
 * nested, as many providers nest them. It checks what Tessera sends: the authorization request
 * parameters, the client authentication of the configured method (Basic per §2.3.1, body
 * parameters, or a client_secret_jwt assertion per RFC 7523 verified with the shared secret),
 * the form content type, the single use of codes and the redirect URI.
 */
export const oauth2Client = { clientId: 'tessera-oauth2-client', clientSecret: 'oauth2 secret:with/odd+chars' };

export interface ProviderUser {
  id: number;
  displayName: string;
  picture?: string;
  mail?: string;
  /** The provider's own "verified" flag for the mail, when it sends one. */
  mailVerified?: boolean;
}

export interface OAuth2Expectations {
  authMethod: 'client_secret_post' | 'client_secret_basic' | 'client_secret_jwt';
  jwtAlgorithm: 'HS256' | 'HS384' | 'HS512';
  tokenFormat: 'json' | 'query-string';
  scope?: string;
  /** Extra authorization parameters Tessera must send (customConfig). */
  extraParams: Record<string, string>;
  /** Issue a refresh token with each token answer (and take the `refresh_token` grant). */
  refreshTokens?: boolean;
}

const form = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));

export async function startOAuth2Fake() {
  const expected: OAuth2Expectations = {
    authMethod: 'client_secret_post',
    jwtAlgorithm: 'HS256',
    tokenFormat: 'json',
    extraParams: {},
  };
  const signedIn: { user: ProviderUser } = { user: { id: 1001, displayName: 'Grace Hopper' } };
  const codes = new Map<string, { redirectUri: string; user: ProviderUser }>();
  const tokens = new Map<string, ProviderUser>();
  const refreshTokens = new Map<string, ProviderUser>();
  /** The refresh tokens presented, in order (refresh_token grant). */
  const refreshed: string[] = [];
  const seenJti = new Set<string>();

  function authorize(request: UpstreamRequest, violation: Violation) {
    const params = request.url.searchParams;
    if (params.get('response_type') !== 'code') violation(`response_type is ${params.get('response_type')}`);
    if (params.get('client_id') !== oauth2Client.clientId) violation(`client_id is ${params.get('client_id')}`);
    const state = params.get('state');
    const redirectUri = params.get('redirect_uri');
    if (!state) violation('authorization request without state');
    if (!redirectUri) return json(400, { error: 'invalid_request', error_description: 'redirect_uri missing' });
    if (params.get('scope') !== (expected.scope ?? null)) violation(`scope is ${params.get('scope')}`);
    for (const [key, value] of Object.entries(expected.extraParams))
      if (params.get(key) !== value) violation(`${key} is ${params.get(key)}, expected ${value}`);
    const code = randomBytes(16).toString('hex');
    codes.set(code, { redirectUri, user: signedIn.user });
    if (params.get('response_mode') === 'form_post') return formPost(redirectUri, { code, ...(state && { state }) });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    if (state) back.searchParams.set('state', state);
    return redirectTo(back.toString());
  }

  async function clientAuthenticated(request: UpstreamRequest, origin: string, violation: Violation) {
    const { form: body } = request;
    const basic = request.headers.authorization?.startsWith('Basic ') ? request.headers.authorization : undefined;
    if (expected.authMethod === 'client_secret_basic') {
      if (body.has('client_secret')) violation('client_secret in the body with client_secret_basic');
      const [id = '', secret = ''] = Buffer.from(basic?.slice(6) ?? '', 'base64')
        .toString()
        .split(':');
      return form(id) === oauth2Client.clientId && form(secret) === oauth2Client.clientSecret;
    }
    if (basic) violation(`Basic header with ${expected.authMethod}`);
    if (expected.authMethod === 'client_secret_post')
      return body.get('client_id') === oauth2Client.clientId && body.get('client_secret') === oauth2Client.clientSecret;
    if (body.has('client_secret')) violation('client_secret in the body with client_secret_jwt');
    if (body.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      violation(`client_assertion_type is ${body.get('client_assertion_type')}`);
    try {
      const { payload, protectedHeader } = await jwtVerify(
        body.get('client_assertion') ?? '',
        new TextEncoder().encode(oauth2Client.clientSecret),
        {
          issuer: oauth2Client.clientId,
          subject: oauth2Client.clientId,
          audience: `${origin}/oauth/token`,
          algorithms: [expected.jwtAlgorithm],
        },
      );
      if (protectedHeader.alg !== expected.jwtAlgorithm) violation(`assertion alg ${protectedHeader.alg}`);
      if (!payload.jti || seenJti.has(payload.jti)) violation('assertion jti missing or reused');
      if (!payload.exp) violation('assertion without exp');
      seenJti.add(payload.jti ?? '');
      return true;
    } catch (error) {
      violation(`client assertion refused: ${(error as Error).message}`);
      return false;
    }
  }

  async function token(request: UpstreamRequest, violation: Violation, origin: string) {
    expectForm(request, violation);
    const { form: body } = request;
    const grantType = body.get('grant_type');
    const refreshing = grantType === 'refresh_token' && expected.refreshTokens === true;
    if (grantType !== 'authorization_code' && !refreshing) violation(`grant_type is ${grantType}`);
    if (!(await clientAuthenticated(request, origin, violation)))
      return json(401, { error: 'invalid_client', error_description: 'client authentication failed' });
    let user: ProviderUser | undefined;
    if (refreshing) {
      const presented = body.get('refresh_token') ?? '';
      refreshed.push(presented);
      user = refreshTokens.get(presented);
      if (!user) return json(400, { error: 'invalid_grant', error_description: 'The refresh token is invalid.' });
    } else {
      const grant = codes.get(body.get('code') ?? '');
      codes.delete(body.get('code') ?? '');
      if (!grant || grant.redirectUri !== body.get('redirect_uri'))
        return json(400, {
          error: 'invalid_grant',
          error_description: 'The authorization code is invalid or expired.',
        });
      user = grant.user;
    }
    const accessToken = randomBytes(20).toString('hex');
    tokens.set(accessToken, user);
    // Like Google: a refresh token only with the code, the refresh grant answers an access token alone.
    const refreshToken = expected.refreshTokens && !refreshing ? randomBytes(20).toString('hex') : undefined;
    if (refreshToken) refreshTokens.set(refreshToken, user);
    const answer = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: '3600',
      scope: expected.scope ?? '',
      ...(refreshToken && { refresh_token: refreshToken }),
    };
    return expected.tokenFormat === 'json' ? json(200, { ...answer, expires_in: 3600 }) : queryString(200, answer);
  }

  function userInfo(request: UpstreamRequest) {
    const user = tokens.get(bearer(request) ?? '');
    if (!user) return json(401, { error: 'invalid_token' });
    return json(200, {
      status: 'ok',
      data: {
        user: {
          id: user.id,
          display_name: user.displayName,
          picture: user.picture,
          contact: { mail: user.mail, mail_verified: user.mailVerified },
        },
      },
    });
  }

  const fake = await startUpstream((request, violation, origin) => {
    const route = `${request.method} ${request.url.pathname}`;
    if (route === 'GET /oauth/authorize') return authorize(request, violation);
    if (route === 'POST /oauth/token') return token(request, violation, origin);
    if (route === 'GET /api/me') return userInfo(request);
    violation(`unexpected ${route}`);
    return json(404, { error: 'not_found' });
  });
  const profileMap = {
    id: 'data.user.id',
    name: 'data.user.display_name',
    avatar: 'data.user.picture',
    email: 'data.user.contact.mail',
  };
  return Object.assign(fake, {
    expected,
    signedIn,
    refreshed,
    /** The nested profile map, and the same with the provider's mail flag mapped as `emailVerified`. */
    profileMap,
    verifiedMailProfileMap: { ...profileMap, emailVerified: 'data.user.contact.mail_verified' },
    /** A config for Tessera's oauth2 connector pointing here, with the nested profile map. */
    config: (overrides: Record<string, unknown> = {}) => ({
      authorizationEndpoint: `${fake.url}/oauth/authorize`,
      tokenEndpoint: `${fake.url}/oauth/token`,
      userInfoEndpoint: `${fake.url}/api/me`,
      ...oauth2Client,
      profileMap,
      ...overrides,
    }),
  });
}

export type OAuth2Fake = Awaited<ReturnType<typeof startOAuth2Fake>>;
