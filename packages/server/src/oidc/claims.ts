import { defaultIdTokenClaims, extendedIdTokenClaims } from '../configs/configs.schemas.js';
import type { UserRow } from '../users/index.js';

/** Scopes and the claims they release, as Logto issues them. */
export const scopeClaims = {
  openid: ['sub'],
  profile: [
    'name',
    'family_name',
    'given_name',
    'middle_name',
    'nickname',
    'preferred_username',
    'profile',
    'picture',
    'website',
    'gender',
    'birthdate',
    'zoneinfo',
    'locale',
    'updated_at',
    'username',
    'created_at',
  ],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
  custom_data: ['custom_data'],
  identities: ['identities', 'sso_identities'],
  roles: ['roles'],
  'urn:logto:scope:organizations': ['organizations', 'organization_data'],
  'urn:logto:scope:organization_roles': ['organization_roles'],
  /** No claims: lets the Account API list and end the user's sessions and grants. */
  'urn:logto:scope:sessions': [],
} as const satisfies Record<string, readonly string[]>;

/** Logto's extended claims: in the ID token only when enabled (`/api/configs/id-token`), always in user info. */
const extended = new Set<string>(extendedIdTokenClaims);
const defaultIdTokenExtended: ReadonlySet<string> = new Set(defaultIdTokenClaims);

const profileKeys: Record<string, string> = {
  family_name: 'familyName',
  given_name: 'givenName',
  middle_name: 'middleName',
  nickname: 'nickname',
  profile: 'profile',
  website: 'website',
  gender: 'gender',
  birthdate: 'birthdate',
  zoneinfo: 'zoneinfo',
  locale: 'locale',
  address: 'address',
};

export interface ClaimSources {
  user: UserRow;
  roleNames: () => Promise<string[]>;
  /** The user's organizations, for `organizations` / `organization_data` (none when absent). */
  organizations?: () => Promise<Array<{ id: string; name: string; description: string | null }>>;
  /** `<organization id>:<role name>` for `organization_roles` (none when absent). */
  organizationRoles?: () => Promise<string[]>;
}

/** Claims for the granted scopes; `use` is 'id_token' or 'userinfo'; `idTokenExtended` the extended claims an ID token carries. */
export async function buildClaims(
  { user, roleNames, organizations, organizationRoles }: ClaimSources,
  use: string,
  scopes: Set<string>,
  idTokenExtended: ReadonlySet<string> = defaultIdTokenExtended,
): Promise<{ sub: string } & Record<string, unknown>> {
  const idToken = use === 'id_token';
  const wanted = (claim: string) => !idToken || idTokenExtended.has(claim);
  const claims: { sub: string } & Record<string, unknown> = { sub: user.id };
  const profile = JSON.parse(user.profile) as Record<string, unknown>;
  if (scopes.has('profile')) {
    claims.name = user.name;
    claims.picture = user.avatar;
    claims.username = user.username;
    claims.preferred_username = profile.preferredUsername ?? user.username ?? undefined;
    claims.updated_at = user.updated_at;
    claims.created_at = user.created_at;
    for (const [claim, key] of Object.entries(profileKeys)) {
      if (claim !== 'address' && profile[key] !== undefined) claims[claim] = profile[key];
    }
  }
  if (scopes.has('email')) {
    claims.email = user.primary_email;
    claims.email_verified = user.primary_email !== null;
  }
  if (scopes.has('phone')) {
    claims.phone_number = user.primary_phone;
    claims.phone_number_verified = user.primary_phone !== null;
  }
  if (scopes.has('address') && profile.address !== undefined) claims.address = profile.address;
  // Extended claims: only those the ID token carries are looked up for it.
  if (scopes.has('roles') && wanted('roles')) claims.roles = await roleNames();
  if (scopes.has('urn:logto:scope:organizations') && (wanted('organizations') || wanted('organization_data'))) {
    const data = (await organizations?.()) ?? [];
    claims.organizations = data.map((organization) => organization.id);
    claims.organization_data = data.map(({ id, name, description }) => ({ id, name, description }));
  }
  if (scopes.has('urn:logto:scope:organization_roles') && wanted('organization_roles'))
    claims.organization_roles = (await organizationRoles?.()) ?? [];
  if (scopes.has('custom_data')) claims.custom_data = JSON.parse(user.custom_data);
  if (scopes.has('identities')) {
    claims.identities = JSON.parse(user.identities);
    claims.sso_identities = [];
  }
  for (const key of Object.keys(claims)) {
    if (claims[key] === undefined || (idToken && extended.has(key) && !idTokenExtended.has(key))) delete claims[key];
  }
  return claims;
}
