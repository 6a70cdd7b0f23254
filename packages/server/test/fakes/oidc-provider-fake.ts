import { createHash, randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import {
  bearer,
  expectForm,
  json,
  redirectTo,
  startUpstream,
  type UpstreamRequest,
  type Violation,
} from './upstream-server.js';

/**
 * An OpenID Connect provider: discovery, a JWKS with one RS256 key, the code flow with nonce
 * and PKCE S256, and ID tokens signed with that key. `tamper` makes the next ID tokens wrong in
 * one way (nonce, audience, issuer, expiry, signature) to prove Tessera refuses them.
 */
export const oidcClient = { clientId: 'tessera-oidc-client', clientSecret: 'oidc-client-secret-0123456789' };

export type IdTokenTamper = 'none' | 'nonce' | 'aud' | 'iss' | 'expired' | 'signature' | 'missing';

export interface OidcUser {
  sub: string;
  name?: string;
  picture?: string;
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
}

export async function startOidcFake(client = oidcClient) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const kid = randomBytes(8).toString('hex');
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const settings = {
    tamper: 'none' as IdTokenTamper,
    authMethod: 'client_secret_post' as 'client_secret_post' | 'client_secret_basic',
  };
  const signedIn: { user: OidcUser } = { user: { sub: 'oidc-sub-1', name: 'Katherine Johnson' } };
  const codes = new Map<string, { redirectUri: string; nonce: string; challenge: string; user: OidcUser }>();
  const tokens = new Map<string, OidcUser>();
  let issuer = '';

  function authorize(request: UpstreamRequest, violation: Violation) {
    const params = request.url.searchParams;
    for (const [key, value] of [
      ['response_type', 'code'],
      ['client_id', client.clientId],
      ['code_challenge_method', 'S256'],
    ])
      if (params.get(key as string) !== value) violation(`${key} is ${params.get(key as string)}`);
    if (!params.get('scope')?.split(' ').includes('openid')) violation(`scope is ${params.get('scope')}`);
    const [state, nonce, challenge, redirectUri] = ['state', 'nonce', 'code_challenge', 'redirect_uri'].map((key) =>
      params.get(key),
    );
    if (!state || !nonce || !challenge || !redirectUri) {
      violation('authorization request without state, nonce, code_challenge or redirect_uri');
      return json(400, { error: 'invalid_request' });
    }
    const code = randomBytes(16).toString('hex');
    codes.set(code, { redirectUri, nonce, challenge, user: signedIn.user });
    const back = new URL(redirectUri);
    back.search = new URLSearchParams({ code, state }).toString();
    return redirectTo(back.toString());
  }

  async function idToken(user: OidcUser, nonce: string): Promise<string> {
    const { tamper } = settings;
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = { ...user, nonce: tamper === 'nonce' ? 'another-nonce' : nonce };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(tamper === 'iss' ? 'https://evil.example.test' : issuer)
      .setAudience(tamper === 'aud' ? 'another-client' : client.clientId)
      .setSubject(user.sub)
      .setIssuedAt(tamper === 'expired' ? now - 7200 : now)
      .setExpirationTime(tamper === 'expired' ? now - 3600 : now + 600)
      .sign(tamper === 'signature' ? other.privateKey : privateKey);
  }

  async function token(request: UpstreamRequest, violation: Violation) {
    expectForm(request, violation);
    const { form } = request;
    const basic = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`;
    const authenticated =
      settings.authMethod === 'client_secret_basic'
        ? request.headers.authorization === basic
        : form.get('client_id') === client.clientId && form.get('client_secret') === client.clientSecret;
    if (!authenticated) return json(401, { error: 'invalid_client' });
    const grant = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (!grant || grant.redirectUri !== form.get('redirect_uri') || grant.challenge !== challenge)
      return json(400, { error: 'invalid_grant', error_description: 'grant request is invalid' });
    const accessToken = randomBytes(20).toString('hex');
    tokens.set(accessToken, grant.user);
    const answer = { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope: 'openid profile email' };
    if (settings.tamper === 'missing') return json(200, answer);
    return json(200, { ...answer, id_token: await idToken(grant.user, grant.nonce) });
  }

  const fake = await startUpstream((request, violation, origin) => {
    issuer = origin;
    const route = `${request.method} ${request.url.pathname}`;
    if (route === 'GET /.well-known/openid-configuration')
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      });
    if (route === 'GET /jwks') return json(200, { keys: [publicJwk] });
    if (route === 'GET /authorize') return authorize(request, violation);
    if (route === 'POST /token') return token(request, violation);
    if (route === 'GET /userinfo') {
      const user = tokens.get(bearer(request) ?? '');
      return user ? json(200, { ...user, locale: 'en' }) : json(401, { error: 'invalid_token' });
    }
    violation(`unexpected ${route}`);
    return json(404, { error: 'not_found' });
  });
  return Object.assign(fake, { settings, signedIn });
}

export type OidcFake = Awaited<ReturnType<typeof startOidcFake>>;
