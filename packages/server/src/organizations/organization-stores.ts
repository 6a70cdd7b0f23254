import type { Kysely } from 'kysely';
import type { ScopeRow } from '../resources/index.js';
import type { Database } from '../storage/schema.js';
import type { UserRow } from '../users/index.js';
import { createOrganizationGrantsStore } from './organization-grants.store.js';
import { createOrganizationInvitationsStore } from './organization-invitations.store.js';
import { createOrganizationJitStore } from './organization-jit.store.js';
import {
  createRolePermissionsStore,
  createTemplateStore,
  type OrganizationRoleRow,
  type OrganizationScopeRow,
} from './organization-template.store.js';
import { createOrganizationsStore } from './organizations.store.js';
import { createRelationStore } from './relation.store.js';

const userSearch = ['id', 'username', 'primary_email', 'primary_phone', 'name'];

/** Every store of the organizations module, built once in the composition root. */
export function createOrganizationStores(db: Kysely<Database>) {
  const roleRelation = (table: keyof Database, owner: string[]) =>
    createRelationStore<OrganizationRoleRow>(db, {
      table,
      owner,
      member: 'organization_role_id',
      entity: 'organization_roles',
      searchColumns: ['name'],
    });
  return {
    organizations: createOrganizationsStore(db),
    scopes: createTemplateStore(db, 'organization_scopes'),
    roles: createTemplateStore(db, 'organization_roles'),
    rolePermissions: createRolePermissionsStore(db),
    roleScopes: createRelationStore<OrganizationScopeRow>(db, {
      table: 'organization_role_scope_relations',
      owner: ['organization_role_id'],
      member: 'organization_scope_id',
      entity: 'organization_scopes',
      searchColumns: ['name', 'description'],
    }),
    roleResourceScopes: createRelationStore<ScopeRow>(db, {
      table: 'organization_role_resource_scope_relations',
      owner: ['organization_role_id'],
      member: 'scope_id',
      entity: 'scopes',
      searchColumns: ['name', 'description'],
    }),
    users: createRelationStore<UserRow>(db, {
      table: 'organization_user_relations',
      owner: ['organization_id'],
      member: 'user_id',
      entity: 'users',
      searchColumns: userSearch,
    }),
    applications: createRelationStore<{ id: string }>(db, {
      table: 'organization_application_relations',
      owner: ['organization_id'],
      member: 'application_id',
      entity: 'applications',
      searchColumns: ['id', 'name'],
    }),
    userRoles: roleRelation('organization_role_user_relations', ['organization_id', 'user_id']),
    applicationRoles: roleRelation('organization_role_application_relations', ['organization_id', 'application_id']),
    jitRoles: roleRelation('organization_jit_roles', ['organization_id']),
    jit: createOrganizationJitStore(db),
    invitations: createOrganizationInvitationsStore(db),
    grants: createOrganizationGrantsStore(db),
  };
}

export type OrganizationStores = ReturnType<typeof createOrganizationStores>;
