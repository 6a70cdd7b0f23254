export { withApplicationPermissionCache } from './application-permissions.cache.js';
export { registerRoleMemberRoutes } from './role-members.routes.js';
export { createRoleMembersService, type RoleMembersService } from './role-members.service.js';
export { createRoleMembersStore, type RoleMembersStore } from './role-members.store.js';
export { registerRoleRoutes } from './roles.routes.js';
export * from './roles.schemas.js';
export { createRolesService, type RolesService, toRole } from './roles.service.js';
export { createRolesStore, type RoleRow, type RolesStore } from './roles.store.js';
