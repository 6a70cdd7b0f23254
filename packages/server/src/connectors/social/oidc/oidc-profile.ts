import type { JWTPayload } from 'jose';
import type { SocialUserInfo } from '../../kit/index.js';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The profile from standard claims (OIDC Core §5.1). E-mail and phone are taken only when the
 * provider says it verified them: Tessera gives them to the new account as its own.
 */
export function profileFromClaims(claims: JWTPayload): SocialUserInfo {
  const info: SocialUserInfo = { id: String(claims.sub), rawData: claims };
  const name = text(claims.name) ?? text(claims.preferred_username);
  const avatar = text(claims.picture);
  const email = claims.email_verified === true ? text(claims.email) : undefined;
  const phone = claims.phone_number_verified === true ? text(claims.phone_number) : undefined;
  if (name) info.name = name;
  if (avatar) info.avatar = avatar;
  if (email) info.email = email;
  if (phone) info.phone = phone;
  return info;
}
