import type { JWTPayload } from 'jose';
import type { SocialUserInfo } from '../../kit/index.js';
import { isTrue } from '../shared/profile-map.js';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The profile from standard claims (OIDC Core §5.1). E-mail and phone are kept with the
 * provider's `email_verified` / `phone_number_verified`: only a verified one may become the
 * account's own or relate the identity to an existing account.
 */
export function profileFromClaims(claims: JWTPayload): SocialUserInfo {
  const info: SocialUserInfo = { id: String(claims.sub), rawData: claims };
  const name = text(claims.name) ?? text(claims.preferred_username);
  const avatar = text(claims.picture);
  const email = text(claims.email);
  const phone = text(claims.phone_number);
  if (name) info.name = name;
  if (avatar) info.avatar = avatar;
  if (email) Object.assign(info, { email, emailVerified: isTrue(claims.email_verified) });
  if (phone) Object.assign(info, { phone, phoneVerified: isTrue(claims.phone_number_verified) });
  return info;
}
