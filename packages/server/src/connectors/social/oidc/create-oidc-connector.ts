import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  ConnectorError,
  type ConnectorMetadata,
  defineConnector,
  type ProviderHttp,
  type SocialConnector,
} from '../../kit/index.js';
import { authorizationCode, authorizationUrl, sessionRedirectUri } from '../shared/authorization-request.js';
import type { TokenClient } from '../shared/client-config.js';
import { exchangeCode, refreshAccessToken } from '../shared/token-request.js';
import { fetchWithToken } from '../shared/user-info-request.js';
import { discover } from './discovery.js';
import { verifyIdToken } from './id-token.js';
import { profileFromClaims } from './oidc-profile.js';

/** What a config means for one sign-in, whatever the preset's config looks like. */
export interface OidcSettings extends Omit<TokenClient, 'tokenEndpoint'> {
  issuer: string;
  /** `iss` values accepted besides the issuer itself. */
  issuerAliases?: string[];
  scope: string;
  /** Extra authorization parameters (prompt, login_hint, customConfig …). */
  authorizationParams: Record<string, string | undefined>;
  fetchUserInfo: boolean;
}

export interface OidcPreset<S extends z.ZodType> {
  metadata: ConnectorMetadata;
  configSchema: S;
  apiBaseUrl?: string;
  settings(config: z.output<S>, http: ProviderHttp): OidcSettings;
}

const random = () => randomBytes(32).toString('base64url');
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');
const sessionText = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The OpenID Connect code flow on the provider's discovery document: state, nonce and (when the
 * provider offers S256) PKCE kept in the connector session; the ID token verified against the
 * provider's keys; the profile from its claims, optionally merged with the user info.
 * Discovery and keys are read on each step, not cached: nodes keep no state and rotated keys
 * are picked up at once, for two small requests per sign-in.
 */
export function createOidcConnector<S extends z.ZodType>(preset: OidcPreset<S>): SocialConnector<S> {
  const provider = preset.metadata.name.en;
  const readUser: NonNullable<SocialConnector<S>['getTokenResponseAndUserInfo']> = async (
    data,
    config,
    { http, getSession },
  ) => {
    const settings = preset.settings(config, http);
    const code = authorizationCode(data, provider);
    const session = await getSession();
    const redirectUri = sessionRedirectUri(session, provider);
    const nonce = sessionText(session.nonce);
    if (!nonce)
      throw new ConnectorError('general', { message: `The ${provider} sign-in session has no nonce.`, provider });
    const metadata = await discover(http, settings.issuer, provider);
    const client = { ...settings, tokenEndpoint: metadata.token_endpoint };
    const grant = { code, redirectUri, codeVerifier: sessionText(session.codeVerifier) };
    const tokenResponse = await exchangeCode(http, client, grant, { format: 'json', provider });
    if (typeof tokenResponse.id_token !== 'string')
      throw new ConnectorError('social_invalid_id_token', {
        message: `${provider} answered the token request without an ID token; is \`openid\` in the scope?`,
        provider,
      });
    const claims = await verifyIdToken(http, tokenResponse.id_token, {
      jwksUri: metadata.jwks_uri,
      issuers: [metadata.issuer, ...(settings.issuerAliases ?? [])],
      clientId: settings.clientId,
      nonce,
      provider,
    });
    if (!settings.fetchUserInfo || !metadata.userinfo_endpoint)
      return { userInfo: profileFromClaims(claims), tokenResponse };
    const userInfo = await fetchWithToken(http, metadata.userinfo_endpoint, tokenResponse.access_token, { provider });
    // OIDC Core §5.3.2: a user info document about another subject must not be used.
    if ((userInfo as { sub?: unknown }).sub !== claims.sub)
      throw new ConnectorError('invalid_response', {
        message: `The user info from ${provider} is about another subject than the ID token.`,
        provider,
      });
    return { userInfo: profileFromClaims({ ...claims, ...(userInfo as object) }), tokenResponse };
  };
  return defineConnector({
    type: 'Social',
    metadata: { ...preset.metadata, isTokenStorageSupported: true },
    configSchema: preset.configSchema,
    apiBaseUrl: preset.apiBaseUrl,

    async getAuthorizationUri({ state, redirectUri, scope }, config, { http, setSession }) {
      const settings = preset.settings(config, http);
      const metadata = await discover(http, settings.issuer, provider);
      const nonce = random();
      const codeVerifier = metadata.code_challenge_methods_supported?.includes('S256') ? random() : undefined;
      await setSession({ state, redirectUri, nonce, codeVerifier });
      return authorizationUrl(
        metadata.authorization_endpoint,
        {
          response_type: 'code',
          client_id: settings.clientId,
          redirect_uri: redirectUri,
          scope: scope ?? settings.scope,
          state,
          nonce,
          code_challenge: codeVerifier && s256(codeVerifier),
          code_challenge_method: codeVerifier && 'S256',
        },
        settings.authorizationParams,
      );
    },

    getUserInfo: async (data, config, runtime) => (await readUser(data, config, runtime)).userInfo,
    getTokenResponseAndUserInfo: readUser,
    async getAccessTokenByRefreshToken(refreshToken, config, { http }) {
      const settings = preset.settings(config, http);
      const { token_endpoint: tokenEndpoint } = await discover(http, settings.issuer, provider);
      return refreshAccessToken(http, { ...settings, tokenEndpoint }, refreshToken, { format: 'json', provider });
    },
  });
}
