import type Router from '@koa/router';
import type { Kysely } from 'kysely';
import type { ApplicationsService } from '../applications/index.js';
import type { ConnectorsService } from '../connectors/index.js';
import type { RouteRegistry } from '../http/guard.js';
import type { ResourcesService } from '../resources/index.js';
import type { Database } from '../storage/schema.js';
import type { UsersService } from '../users/index.js';
import { registerOrganizationInvitationRoutes } from './organization-invitations.routes.js';
import { createOrganizationInvitationsService } from './organization-invitations.service.js';
import { registerOrganizationJitRoutes } from './organization-jit.routes.js';
import { createOrganizationJitService } from './organization-jit.service.js';
import { registerOrganizationMemberRoutes } from './organization-members.routes.js';
import { createOrganizationMembersService } from './organization-members.service.js';
import { registerOrganizationRoleRoutes } from './organization-roles.routes.js';
import { createOrganizationRolesService } from './organization-roles.service.js';
import { registerOrganizationScopeRoutes } from './organization-scopes.routes.js';
import { createOrganizationScopesService } from './organization-scopes.service.js';
import { createOrganizationStores } from './organization-stores.js';
import { registerOrganizationRoutes } from './organizations.routes.js';
import { createOrganizationsService } from './organizations.service.js';

/** The organizations module built in one place: its stores, then its services on them. */
export function createOrganizationsModule(deps: {
  db: Kysely<Database>;
  users: UsersService;
  applications: ApplicationsService;
  resources: ResourcesService;
  connectors: Pick<ConnectorsService, 'sendMessage'>;
  clock: () => number;
}) {
  const stores = createOrganizationStores(deps.db);
  const { users, clock } = deps;
  const organizations = createOrganizationsService({ stores, users, applications: deps.applications, clock });
  const scopes = createOrganizationScopesService({ stores, clock });
  const roles = createOrganizationRolesService({ stores, resources: deps.resources, clock });
  const members = createOrganizationMembersService({
    stores,
    organizations,
    roles,
    applications: deps.applications,
  });
  const jit = createOrganizationJitService({ stores, organizations, roles, users, clock });
  const invitations = createOrganizationInvitationsService({
    stores,
    organizations,
    roles,
    users,
    connectors: deps.connectors,
    clock,
  });
  return { stores, organizations, scopes, roles, members, jit, invitations };
}

export type OrganizationsModule = ReturnType<typeof createOrganizationsModule>;

/** Every organization route of the Management API. */
export function registerOrganizationManagementRoutes(
  router: Router,
  registry: RouteRegistry,
  module: OrganizationsModule,
) {
  registerOrganizationRoutes(router, registry, module.organizations);
  registerOrganizationScopeRoutes(router, registry, module.scopes);
  registerOrganizationRoleRoutes(router, registry, module.roles);
  registerOrganizationMemberRoutes(router, registry, module.members);
  registerOrganizationJitRoutes(router, registry, module.jit);
  registerOrganizationInvitationRoutes(router, registry, module.invitations);
}
