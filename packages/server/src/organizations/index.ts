export { createMyOrganizationsRouter } from './my-organizations.routes.js';
export type { OrganizationGrantsStore, OrganizationMember } from './organization-grants.store.js';
export {
  createOrganizationsModule,
  type OrganizationsModule,
  registerOrganizationManagementRoutes,
} from './organizations.module.js';
export { type Organization, organizationSchema } from './organizations.schemas.js';
export type { OrganizationsService } from './organizations.service.js';
export { defineRelationRoutes } from './relation.routes.js';
