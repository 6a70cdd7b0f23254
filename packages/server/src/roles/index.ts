export { createRolesStore, type RoleRow, type RolesStore } from './roles.store.js';
