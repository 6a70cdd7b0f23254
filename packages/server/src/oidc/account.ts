import type { FindAccount } from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { RolesStore } from '../roles/index.js';
import type { UsersStore } from '../users/index.js';
import { buildClaims } from './claims.js';

/** oidc-provider's account lookup: a suspended or deleted user can no longer get tokens. */
export function createFindAccount({ users, roles }: { users: UsersStore; roles: RolesStore }): FindAccount {
  return async (_ctx, sub) => {
    const user = await users.findById(sub);
    if (!user) return undefined;
    if (user.is_suspended) throw new errors.InvalidGrant('user is suspended');
    return {
      accountId: sub,
      claims: (use, scope) =>
        buildClaims({ user, roleNames: () => roles.userRoleNames(sub) }, use, new Set(scope.split(' '))),
    };
  };
}
