import { z } from 'zod';
import { idParam, paginationParams, queryText, text } from '../management/fields.js';

export const roleTypes = ['User', 'MachineToMachine'] as const;
export type RoleType = (typeof roleTypes)[number];

export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.enum(roleTypes),
  isDefault: z.boolean(),
});
export type Role = z.output<typeof roleSchema>;

/** GET /api/roles adds who holds each role, as the Logto Console shows it. */
export const roleListItemSchema = roleSchema.extend({
  usersCount: z.number(),
  featuredUsers: z.array(z.object({ id: z.string(), avatar: z.string().nullable(), name: z.string().nullable() })),
  applicationsCount: z.number(),
  featuredApplications: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
});
export type RoleListItem = z.output<typeof roleListItemSchema>;

// Ids in bodies: bounded lists so one request stays one reasonable query.
const ids = z.array(idParam).max(1000);

export const createRoleSchema = z
  .object({
    name: text(128).min(1),
    description: text(2048),
    type: z.enum(roleTypes).default('User'),
    isDefault: z.boolean().optional(),
    scopeIds: ids.optional(),
  })
  .strict();
export type CreateRole = z.output<typeof createRoleSchema>;

export const updateRoleSchema = z
  .object({ name: text(128).min(1), description: text(2048), isDefault: z.boolean() })
  .partial()
  .strict();
export type UpdateRole = z.output<typeof updateRoleSchema>;

export const listRolesQuery = z.object({
  ...paginationParams,
  search: queryText.optional(),
  type: z.enum(roleTypes).optional(),
  excludeUserId: queryText.optional(),
  excludeApplicationId: queryText.optional(),
});

export interface RoleFilter {
  search?: string;
  type?: RoleType;
  /** Only roles this user holds. */
  userId?: string;
  /** Only roles this application holds. */
  applicationId?: string;
  excludeUserId?: string;
  excludeApplicationId?: string;
}

export const scopeIdsBodySchema = z.object({ scopeIds: ids.min(1) }).strict();
export const userIdsBodySchema = z.object({ userIds: ids.min(1) }).strict();
export const applicationIdsBodySchema = z.object({ applicationIds: ids.min(1) }).strict();
/** Assigning roles to a user or app: roles already held are skipped, as in Logto. */
export const roleIdsBodySchema = z.object({ roleIds: ids }).strict();
export const assignedRolesSchema = z.object({ roleIds: z.array(z.string()), addedRoleIds: z.array(z.string()) });
// Logto answers these with an empty 201; a JSON echo of what was added keeps the API all-JSON.
export const addedUsersSchema = z.object({ userIds: z.array(z.string()) });
export const addedApplicationsSchema = z.object({ applicationIds: z.array(z.string()) });

export const roleSearchQuery = z.object({ ...paginationParams, search: queryText.optional() });
