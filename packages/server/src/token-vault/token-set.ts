import type { ProviderTokenResponse } from '../connectors/index.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { ProviderAccessToken, TokenSetMetadata } from './token-vault.schemas.js';

/** A provider's token set as it travels (in a verification record) and rests: sealed, metadata readable. */
export interface SealedTokenSet {
  sealed: string;
  metadata: TokenSetMetadata;
}

interface TokenSet {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
}

const nonEmpty = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Seals the tokens of a token response with the master key and derives Logto's metadata: the
 * expiry in epoch seconds from `expires_in` (a number or, from some providers, a string).
 * Answers nothing when the response carries no access token.
 */
export function sealTokenResponse(
  box: SecretBox,
  response: ProviderTokenResponse,
  nowMs: number,
): SealedTokenSet | undefined {
  const accessToken = nonEmpty(response.access_token);
  if (!accessToken) return undefined;
  const refreshToken = nonEmpty(response.refresh_token);
  const idToken = nonEmpty(response.id_token);
  const tokens: TokenSet = {
    access_token: accessToken,
    ...(refreshToken && { refresh_token: refreshToken }),
    ...(idToken && { id_token: idToken }),
  };
  const expiresIn =
    typeof response.expires_in === 'string' ? Number.parseInt(response.expires_in, 10) : response.expires_in;
  const scope = nonEmpty(response.scope);
  const tokenType = nonEmpty(response.token_type);
  const metadata: TokenSetMetadata = {
    hasRefreshToken: refreshToken !== undefined,
    ...(scope && { scope }),
    ...(tokenType && { tokenType }),
    ...(expiresIn !== undefined && Number.isFinite(expiresIn) && { expiresAt: Math.floor(nowMs / 1000) + expiresIn }),
  };
  return { sealed: box.seal(JSON.stringify(tokens)), metadata };
}

export function openTokenSet(box: SecretBox, sealed: string): Partial<TokenSet> {
  return JSON.parse(box.open(sealed)) as Partial<TokenSet>;
}

/** Logto's access token answer: `expires_in` counted from now, fields only when known. */
export function accessTokenAnswer(accessToken: string, metadata: TokenSetMetadata, nowMs: number): ProviderAccessToken {
  const { expiresAt, scope, tokenType } = metadata;
  const expiresIn = expiresAt === undefined ? undefined : expiresAt - Math.floor(nowMs / 1000);
  return {
    access_token: accessToken,
    ...(scope && { scope }),
    ...(tokenType && { token_type: tokenType }),
    ...(expiresIn && { expires_in: expiresIn }),
  };
}

/** Expired once the expiry second is reached; a token set without an expiry never expires. */
export const isExpired = (metadata: TokenSetMetadata, nowMs: number) =>
  metadata.expiresAt !== undefined && Math.floor(nowMs / 1000) >= metadata.expiresAt;
