import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { ConnectorError, type ProviderHttp } from '../../kit/index.js';

// Provider keys are public keys from its JWKS; HMAC and `none` are never accepted.
const algorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

export interface IdTokenCheck {
  jwksUri: string;
  /** Accepted `iss` values; Google signs with both the URL and the bare host. */
  issuers: string[];
  clientId: string;
  nonce: string;
  provider: string;
}

const invalid = (provider: string, reason: string) =>
  new ConnectorError('social_invalid_id_token', {
    message: `The ID token from ${provider} is not valid: ${reason}.`,
    provider,
  });

async function keySet(http: ProviderHttp, jwksUri: string, provider: string) {
  const response = await http.request(jwksUri, { headers: { accept: 'application/json' } });
  const keys = (response.json as { keys?: unknown } | undefined)?.keys;
  if (response.status !== 200 || !Array.isArray(keys))
    throw new ConnectorError('invalid_response', {
      message: `${provider} has no JSON Web Key Set at ${jwksUri} (HTTP ${response.status}).`,
      provider,
      providerStatus: response.status,
    });
  return createLocalJWKSet(response.json as JSONWebKeySet);
}

/**
 * OpenID Connect Core §3.1.3.7: the signature against the provider's current keys, then
 * `iss`, `aud` (and `azp` when there are several audiences), `exp` and `iat`, and the nonce
 * this sign-in sent, so a token minted for another sign-in or client is refused.
 */
export async function verifyIdToken(http: ProviderHttp, idToken: string, check: IdTokenCheck): Promise<JWTPayload> {
  const { provider } = check;
  const keys = await keySet(http, check.jwksUri, provider);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, keys, {
      issuer: check.issuers,
      audience: check.clientId,
      algorithms,
      requiredClaims: ['sub', 'exp', 'iat'],
      clockTolerance: 60,
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) throw invalid(provider, error.message);
    throw error;
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== check.clientId)
    throw invalid(provider, 'it names several audiences and this client is not its authorized party (azp)');
  if (payload.nonce !== check.nonce) throw invalid(provider, 'its nonce is not the one this sign-in sent');
  return payload;
}
