import { z } from 'zod';
import { paginationParams, queryFlag, queryText, tenantIdField, text } from '../management/fields.js';

/** An API resource's identifier (RFC 8707): an absolute URI without a fragment. */
const indicator = text(2048).refine((value) => {
  try {
    const url = new URL(value);
    return url.hash === '' && !value.includes('#') && /^[a-z][a-z\d+.-]*:$/i.test(url.protocol);
  } catch {
    return false;
  }
}, 'must be an absolute URI without a fragment, such as https://api.example.com');

const accessTokenTtl = z
  .number()
  .int()
  .min(1)
  .max(365 * 24 * 3600)
  .describe('Access token lifetime in seconds');

export const scopeSchema = z.object({
  id: z.string(),
  resourceId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.number(),
});
export type Scope = z.output<typeof scopeSchema>;

export const resourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  indicator: z.string(),
  isDefault: z.boolean(),
  accessTokenTtl: z.number(),
});
export type Resource = z.output<typeof resourceSchema>;

export const resourceWithScopesSchema = resourceSchema.extend({ scopes: z.array(scopeSchema).optional() });
export type ResourceWithScopes = z.output<typeof resourceWithScopesSchema>;

/** A permission together with its API resource, as role permission lists show it. */
export const scopeWithResourceSchema = scopeSchema.extend({ resource: resourceSchema });
export type ScopeWithResource = z.output<typeof scopeWithResourceSchema>;

export const createResourceSchema = z
  .object({
    tenantId: tenantIdField,
    name: text(256).min(1),
    indicator,
    accessTokenTtl: accessTokenTtl.optional(),
  })
  .strict();
export type CreateResource = z.output<typeof createResourceSchema>;

export const updateResourceSchema = z
  .object({ name: text(256).min(1), indicator, accessTokenTtl })
  .partial()
  .strict();
export type UpdateResource = z.output<typeof updateResourceSchema>;

export const isDefaultBodySchema = z.object({ isDefault: z.boolean() }).strict();

export const listResourcesQuery = z.object({
  ...paginationParams,
  includeScopes: queryFlag.optional(),
});

// Whitespace in a name is refused by the service with Logto's own code (scope.name_with_space).
const scopeName = text(256).min(1);
const scopeDescription = text(2048).nullable();

export const createScopeSchema = z.object({ name: scopeName, description: scopeDescription.optional() }).strict();
export const updateScopeSchema = z.object({ name: scopeName, description: scopeDescription }).partial().strict();
export type ScopeInput = z.output<typeof updateScopeSchema>;

export const listScopesQuery = z.object({ ...paginationParams, search: queryText.optional() });
