import { RequestError } from './request-error.js';

/**
 * The token of an `Authorization: Bearer <token>` header. The scheme is matched without regard to
 * case (RFC 9110 §11.1), so `bearer` and `BEARER` work as they do at oidc-provider's endpoints.
 * An empty token is returned as such, for the caller to refuse as unauthorized.
 */
export function bearerToken(header: string): string {
  if (!header) throw new RequestError('auth.authorization_header_missing', 401);
  const space = header.indexOf(' ');
  const scheme = space < 0 ? header : header.slice(0, space);
  if (scheme.toLowerCase() !== 'bearer') throw new RequestError('auth.authorization_token_type_not_supported', 401);
  return space < 0 ? '' : header.slice(space + 1).trim();
}
