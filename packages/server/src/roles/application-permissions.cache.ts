import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import type { ResourcesStore } from '../resources/resources.store.js';
import type { RoleMembersStore } from './role-members.store.js';
import type { RolesStore } from './roles.store.js';

interface PermissionStores {
  roles: RolesStore;
  roleMembers: RoleMembersStore;
  resources: ResourcesStore;
}

/**
 * The client credentials grant's one query, the permissions a machine-to-machine app holds on a
 * resource through its roles, cached per app and resource. The answer depends on four tables
 * (applications_roles, roles, roles_scopes, scopes), so every write to them through these
 * stores publishes `application-permissions`, and every node drops every entry: a role taken
 * from an app, a permission taken from a role, renamed or deleted, a role or resource deleted.
 * Writes of users' roles and new scopes (which no role holds yet) change no answer.
 */
export function withApplicationPermissionCache(
  stores: PermissionStores,
  cache: CacheTopics,
  clock: () => number,
): PermissionStores {
  const { roles, roleMembers, resources } = stores;
  const permissions = createSharedCache<readonly string[]>(cache, 'application-permissions', { clock });
  const { publishing } = permissions;
  return {
    roles: {
      ...roles,
      // A copy per call: the cached list stays as loaded whatever a caller does with its own.
      applicationScopeNames: async (applicationId, resourceId) => [
        ...(await permissions.get(`${applicationId}\n${resourceId}`, () =>
          roles.applicationScopeNames(applicationId, resourceId),
        )),
      ],
      insertWithScopes: publishing(roles.insertWithScopes),
      update: publishing(roles.update),
      delete: publishing(roles.delete),
      removeScope: publishing(roles.removeScope),
      addScopes: publishing(roles.addScopes),
      assignToApplication: publishing(roles.assignToApplication),
    },
    roleMembers: {
      ...roleMembers,
      replaceApplicationRoles: publishing(roleMembers.replaceApplicationRoles),
      addApplicationRoles: publishing(roleMembers.addApplicationRoles),
      removeApplicationRole: publishing(roleMembers.removeApplicationRole),
    },
    resources: {
      ...resources,
      updateScope: publishing(resources.updateScope),
      deleteScope: publishing(resources.deleteScope),
      delete: publishing(resources.delete),
    },
  };
}
