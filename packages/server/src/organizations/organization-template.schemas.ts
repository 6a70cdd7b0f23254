import { z } from 'zod';
import { text } from '../management/fields.js';
import { roleTypes } from '../roles/roles.schemas.js';
import { ids, nonEmptyIds } from './organizations.schemas.js';

/** Organization permissions and roles: the template every organization shares. */
export const organizationScopeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
});
export type OrganizationScope = z.output<typeof organizationScopeSchema>;

// Whitespace in a name is refused by the service with Logto's code (scope.name_with_space).
const name = text(128).min(1);
const description = text(256).nullable();

export const createOrganizationScopeSchema = z.object({ name, description: description.optional() }).strict();
export const updateOrganizationScopeSchema = z.object({ name, description }).partial().strict();
export type OrganizationScopeInput = z.output<typeof updateOrganizationScopeSchema>;

export const organizationRoleSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: z.enum(roleTypes),
});
export type OrganizationRole = z.output<typeof organizationRoleSchema>;

/** GET /api/organization-roles lists each role with its permissions, as Logto does. */
export const organizationRoleWithScopesSchema = organizationRoleSchema.extend({
  scopes: z.array(z.object({ id: z.string(), name: z.string() })),
  resourceScopes: z.array(
    z.object({ id: z.string(), name: z.string(), resource: z.object({ id: z.string(), name: z.string() }) }),
  ),
});
export type OrganizationRoleWithScopes = z.output<typeof organizationRoleWithScopesSchema>;

export const createOrganizationRoleSchema = z
  .object({
    name,
    description: description.optional(),
    type: z.enum(roleTypes).default('User'),
    organizationScopeIds: ids.optional(),
    resourceScopeIds: ids.optional(),
  })
  .strict();
export type CreateOrganizationRole = z.output<typeof createOrganizationRoleSchema>;

export const updateOrganizationRoleSchema = z
  .object({ name, description, type: z.enum(roleTypes) })
  .partial()
  .strict();
export type UpdateOrganizationRole = z.output<typeof updateOrganizationRoleSchema>;

export const organizationScopeIdsBody = z.object({ organizationScopeIds: nonEmptyIds }).strict();
export const organizationScopeIdsReplaceBody = z.object({ organizationScopeIds: ids }).strict();
export const scopeIdsBody = z.object({ scopeIds: nonEmptyIds }).strict();
export const scopeIdsReplaceBody = z.object({ scopeIds: ids }).strict();
