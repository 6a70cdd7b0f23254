import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { TokenClient } from './client-config.js';

/** How long a client assertion is valid; the token request follows at once. */
const lifetimeSeconds = 300;

/**
 * `client_secret_jwt` (RFC 7523 §2.2, OIDC Core §9): a JWT signed with HMAC over the client
 * secret, issued by and about the client, for the token endpoint, used once (jti).
 */
export function clientAssertion(client: TokenClient, now = Date.now()): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: client.clientSecretJwtSigningAlgorithm, typ: 'JWT' })
    .setIssuer(client.clientId)
    .setSubject(client.clientId)
    .setAudience(client.tokenEndpoint)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(new TextEncoder().encode(client.clientSecret));
}
