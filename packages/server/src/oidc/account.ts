import type { FindAccount } from 'oidc-provider';
import type { OrganizationGrantsStore } from '../organizations/index.js';
import type { RolesStore } from '../roles/index.js';
import type { UsersStore } from '../users/index.js';
import { buildClaims } from './claims.js';

/**
 * oidc-provider's account lookup. A suspended or deleted user is no account at all: the token
 * endpoint then refuses their codes and refresh tokens (invalid_grant), user info refuses their
 * access tokens (invalid_token), and a browser session of theirs counts as signed out
 * (interaction-policy.ts), so prompt=none answers login_required rather than a bogus error.
 */
export function createFindAccount({
  users,
  roles,
  organizationGrants,
  idTokenClaims,
}: {
  users: UsersStore;
  roles: RolesStore;
  organizationGrants: OrganizationGrantsStore;
  /** The extended claims the ID token carries (Logto's `idToken.enabledExtendedClaims`); its default when absent. */
  idTokenClaims?: (() => ReadonlySet<string>) | undefined;
}): FindAccount {
  return async (_ctx, sub) => {
    const user = await users.findById(sub);
    if (!user || user.is_suspended) return undefined;
    return {
      accountId: sub,
      claims: (use, scope) =>
        buildClaims(
          {
            user,
            roleNames: () => roles.userRoleNames(sub),
            organizations: () => organizationGrants.organizationsOfUser(sub),
            organizationRoles: () => organizationGrants.organizationRolesOfUser(sub),
          },
          use,
          new Set(scope.split(' ')),
          idTokenClaims?.(),
        ),
    };
  };
}
