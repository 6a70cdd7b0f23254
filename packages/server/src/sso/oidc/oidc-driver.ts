import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { JWTPayload } from 'jose';
import type { z } from 'zod';
import {
  authorizationCode,
  authorizationUrl,
  ConnectorError,
  createProviderHttp,
  discover,
  exchangeCode,
  fetchWithToken,
  type ProviderMetadata,
  verifyIdToken,
} from '../../connectors/index.js';
import type { SsoDriverDeps } from '../drivers.js';
import {
  type SsoConnectorForDriver,
  type SsoDriver,
  SsoDriverError,
  type SsoIdentity,
  type SsoProviderName,
} from '../sso-driver.js';
import { type OidcSsoConfig, scopeOf } from './oidc-config.js';

/**
 * What makes a preset (Entra ID, Google Workspace, Okta) different from the generic OIDC
 * driver: its config schema, how the issuer is found, and any extra authorization parameters
 * or claim checks. The protocol steps are the same code for all.
 */
export interface OidcPreset {
  providerName: SsoProviderName;
  name: string;
  logo: string;
  logoDark: string;
  description: SsoDriver['description'];
  configGuard: z.ZodType<Record<string, unknown>>;
  issuerOf(config: Record<string, unknown>): string;
  /** Extra authorization request parameters (Google's `hd`). */
  authorizationParams?(connector: SsoConnectorForDriver): Record<string, string | undefined>;
  /** Refuses an identity the preset's rules do not accept (Google's hosted domain). */
  checkClaims?(connector: SsoConnectorForDriver, claims: JWTPayload): void;
}

const random = () => randomBytes(32).toString('base64url');
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const isTrue = (value: unknown) => value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
const discoveryTtlMs = 10 * 60_000;

function sameText(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A connector error from the shared OIDC steps, as the SSO driver error the routes map. */
function asDriverError(error: unknown, fallback: SsoDriverError['code']): unknown {
  if (!(error instanceof ConnectorError)) return error;
  const upstream = (error.data as { upstream?: unknown } | undefined)?.upstream;
  const code: SsoDriverError['code'] =
    upstream !== undefined
      ? 'provider_unreachable'
      : error.code === 'invalid_config'
        ? 'invalid_config'
        : error.code === 'invalid_response'
          ? fallback === 'invalid_config'
            ? 'invalid_config'
            : 'invalid_response'
          : fallback;
  return new SsoDriverError(code, error.message);
}

/**
 * The OpenID Connect authorization code flow for enterprise SSO: discovery (cached per node for
 * ten minutes), PKCE (S256), state and nonce kept in the verification record's session, the ID
 * token verified against the issuer's JWKS (issuer, audience, expiry, nonce), then the user
 * info merged in when the provider has that endpoint (it must be about the same subject).
 */
export function createOidcDriver(preset: OidcPreset, deps: SsoDriverDeps): SsoDriver {
  const http = createProviderHttp({ provider: preset.name, baseUrl: '', timeoutMs: deps.timeoutMs });
  const discovered = new Map<string, { metadata: ProviderMetadata; expiresAt: number }>();

  async function metadataOf(config: Record<string, unknown>, fallback: SsoDriverError['code']) {
    const issuer = preset.issuerOf(config);
    const hit = discovered.get(issuer);
    if (hit && hit.expiresAt > deps.clock()) return hit.metadata;
    try {
      const metadata = await discover(http, issuer, preset.name);
      if (discovered.size > 500) discovered.clear();
      discovered.set(issuer, { metadata, expiresAt: deps.clock() + discoveryTtlMs });
      return metadata;
    } catch (error) {
      throw asDriverError(error, fallback);
    }
  }

  function settings(connector: SsoConnectorForDriver) {
    const parsed = preset.configGuard.safeParse(connector.config);
    if (!parsed.success)
      throw new SsoDriverError(
        'invalid_config',
        `The ${preset.name} connector is not set up completely: ${parsed.error.issues.map((i) => i.path.join('.') || 'config').join(', ')}.`,
      );
    return parsed.data as Omit<OidcSsoConfig, 'issuer'>;
  }

  async function readClaims(
    connector: SsoConnectorForDriver,
    data: Record<string, unknown>,
    session: Record<string, unknown>,
  ) {
    const config = settings(connector);
    const metadata = await metadataOf(connector.config, 'provider_unreachable');
    const code = authorizationCode(data, preset.name);
    const client = {
      tokenEndpoint: metadata.token_endpoint,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      tokenEndpointAuthMethod: 'client_secret_post' as const,
      clientSecretJwtSigningAlgorithm: 'HS256' as const,
    };
    const grant = {
      code,
      redirectUri: String(session.redirectUri),
      ...(typeof session.codeVerifier === 'string' && { codeVerifier: session.codeVerifier }),
    };
    const tokens = await exchangeCode(http, client, grant, { format: 'json', provider: preset.name });
    if (typeof tokens.id_token !== 'string')
      throw new SsoDriverError('invalid_response', `${preset.name} answered the token request without an ID token.`);
    const claims = await verifyIdToken(http, tokens.id_token, {
      jwksUri: metadata.jwks_uri,
      issuers: [metadata.issuer],
      clientId: config.clientId,
      nonce: String(session.nonce),
      provider: preset.name,
    });
    if (!metadata.userinfo_endpoint) return { claims, issuer: metadata.issuer };
    const userInfo = (await fetchWithToken(http, metadata.userinfo_endpoint, tokens.access_token, {
      provider: preset.name,
    })) as Record<string, unknown>;
    if (userInfo.sub !== claims.sub)
      throw new SsoDriverError('invalid_response', `The user info from ${preset.name} is about another subject.`);
    return { claims: { ...userInfo, ...claims } as JWTPayload, issuer: metadata.issuer };
  }

  return {
    providerName: preset.providerName,
    providerType: 'oidc',
    logo: preset.logo,
    logoDark: preset.logoDark,
    description: preset.description,
    configGuard: preset.configGuard,
    secretKeys: ['clientSecret'],

    async providerConfig(connector) {
      const config = settings(connector);
      // Whatever stops the discovery (unreachable, not OIDC, another issuer) means the config does not work.
      const metadata = await metadataOf(connector.config, 'invalid_config').catch((error: unknown) => {
        throw error instanceof SsoDriverError ? new SsoDriverError('invalid_config', error.message) : error;
      });
      return {
        issuer: metadata.issuer,
        authorizationEndpoint: metadata.authorization_endpoint,
        tokenEndpoint: metadata.token_endpoint,
        jwksUri: metadata.jwks_uri,
        ...(metadata.userinfo_endpoint && { userinfoEndpoint: metadata.userinfo_endpoint }),
        scope: scopeOf(config.scope),
      };
    },

    async authorizationUri(connector, { state, redirectUri }) {
      const config = settings(connector);
      const metadata = await metadataOf(connector.config, 'provider_unreachable');
      const nonce = random();
      const codeVerifier = random();
      const uri = authorizationUrl(
        metadata.authorization_endpoint,
        {
          response_type: 'code',
          client_id: config.clientId,
          redirect_uri: redirectUri,
          scope: scopeOf(config.scope),
          state,
          nonce,
          code_challenge: s256(codeVerifier),
          code_challenge_method: 'S256',
        },
        preset.authorizationParams?.(connector),
      );
      return { uri, session: { state, redirectUri, nonce, codeVerifier } };
    },

    async verify(connector, { data, session }): Promise<SsoIdentity> {
      if (!sameText(data.state, session.state))
        throw new SsoDriverError('state_mismatch', 'The state the provider sent back is not the one of this sign-in.');
      let result: Awaited<ReturnType<typeof readClaims>>;
      try {
        result = await readClaims(connector, data, session);
      } catch (error) {
        throw asDriverError(error, 'authorization_failed');
      }
      const { claims, issuer } = result;
      preset.checkClaims?.(connector, claims);
      const email = text(claims.email)?.toLowerCase();
      return {
        issuer,
        identityId: String(claims.sub),
        ...(email && { email }),
        emailVerified: email !== undefined && isTrue(claims.email_verified),
        ...(text(claims.name) && { name: text(claims.name) }),
        ...(text(claims.picture) && { picture: text(claims.picture) }),
        detail: claims as Record<string, unknown>,
      };
    },
  };
}
