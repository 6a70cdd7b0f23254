import type { KoaContextWithOIDC } from 'oidc-provider';

const year = 365.25 * 24 * 3600;

/**
 * When a refresh grant replaces the refresh token, following Logto: an application whose
 * `customClientMetadata.rotateRefreshToken` is false never rotates; otherwise oidc-provider's
 * documented default rule applies. A public client (SPA, Native) rotates on every use, and
 * presenting a used token again after the reuse leeway revokes the whole grant. A confidential
 * client (Traditional) keeps its token until 70 % of its lifetime has passed, so several instances
 * of a web app, or a retry, can share it. A token family older than a year stops rotating.
 */
export function rotateRefreshToken(ctx: KoaContextWithOIDC): boolean {
  const { RefreshToken: token, Client: client } = ctx.oidc.entities;
  if (!token || !client) return false;
  if ((client as unknown as { rotateRefreshToken?: boolean }).rotateRefreshToken === false) return false;
  if (token.totalLifetime() >= year) return false;
  if (client.clientAuthMethod === 'none' && !token.isSenderConstrained()) return true;
  return token.ttlPercentagePassed() >= 70;
}
