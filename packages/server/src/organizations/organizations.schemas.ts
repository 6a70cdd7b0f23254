import { z } from 'zod';
import { applicationSchema } from '../applications/applications.schemas.js';
import {
  idParam,
  jsonObject,
  paginationParams,
  queryFlag,
  queryText,
  tenantIdField,
  text,
} from '../management/fields.js';
import { userSchema } from '../users/users.schemas.js';

/** Ids in bodies: bounded lists so one request stays one reasonable query. */
export const ids = z.array(idParam).max(1000);
/** Adding to a relation needs at least one id (Logto's `nonempty`); replacing may empty it. */
export const nonEmptyIds = ids.min(1);

/** Logto's organization branding for the sign-in pages: colours (3- or 6-digit hex), logos and favicons. */
const hexColor = text(7).regex(/^#[\da-f]{3}([\da-f]{3})?$/i, 'must be a hex colour such as #5D34F2');
const brandingUrl = text(2048).pipe(z.url());
export const organizationColorSchema = z.strictObject({
  primaryColor: hexColor.optional(),
  isDarkModeEnabled: z.boolean().optional(),
  darkPrimaryColor: hexColor.optional(),
});
export const organizationBrandingSchema = z.strictObject({
  logoUrl: brandingUrl.optional(),
  darkLogoUrl: brandingUrl.optional(),
  favicon: brandingUrl.optional(),
  darkFavicon: brandingUrl.optional(),
});

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  customData: z.record(z.string(), z.unknown()),
  isMfaRequired: z.boolean(),
  color: organizationColorSchema,
  branding: organizationBrandingSchema,
  customCss: z.string().nullable(),
  createdAt: z.number(),
});
export type Organization = z.output<typeof organizationSchema>;

const featuredUser = z.object({ id: z.string(), avatar: z.string().nullable(), name: z.string().nullable() });

/** GET /api/organizations?showFeatured=true adds member counts and three members. */
export const organizationListItemSchema = organizationSchema.extend({
  usersCount: z.number().optional(),
  featuredUsers: z.array(featuredUser).optional(),
});

export const createOrganizationSchema = z
  .object({
    tenantId: tenantIdField,
    createdAt: z.number().int().positive().optional().describe('Epoch milliseconds; now when absent'),
    name: text(128).min(1),
    description: text(256).nullable().optional(),
    customData: jsonObject.optional(),
    isMfaRequired: z.boolean().optional(),
    color: organizationColorSchema.optional(),
    branding: organizationBrandingSchema.optional(),
    customCss: text(65_536).nullable().optional(),
  })
  .strict();
export type CreateOrganization = z.output<typeof createOrganizationSchema>;

export const updateOrganizationSchema = z
  .object({
    name: text(128).min(1),
    description: text(256).nullable(),
    customData: jsonObject,
    isMfaRequired: z.boolean(),
    color: organizationColorSchema,
    branding: organizationBrandingSchema,
    customCss: text(65_536).nullable(),
  })
  .partial()
  .strict();
export type UpdateOrganization = z.output<typeof updateOrganizationSchema>;

/** Logto's schema-router lists search with `q`. */
export const searchQuery = z.object({ ...paginationParams, q: queryText.optional() });
export const listOrganizationsQuery = searchQuery.extend({ showFeatured: queryFlag.optional() });

export const roleRefSchema = z.object({ id: z.string(), name: z.string() });
export type RoleRef = z.output<typeof roleRefSchema>;

export const userWithOrganizationRolesSchema = userSchema.extend({ organizationRoles: z.array(roleRefSchema) });
export const applicationWithOrganizationRolesSchema = applicationSchema.extend({
  organizationRoles: z.array(roleRefSchema),
});
export const organizationWithRolesSchema = organizationSchema.extend({ organizationRoles: z.array(roleRefSchema) });

export const userIdsBody = z.object({ userIds: nonEmptyIds }).strict();
export const userIdsReplaceBody = z.object({ userIds: ids }).strict();
export const applicationIdsBody = z.object({ applicationIds: nonEmptyIds }).strict();
export const applicationIdsReplaceBody = z.object({ applicationIds: ids }).strict();
export const organizationRoleIdsBody = z.object({ organizationRoleIds: nonEmptyIds }).strict();
export const organizationRoleIdsReplaceBody = z.object({ organizationRoleIds: ids }).strict();
export const usersRolesBody = z.object({ userIds: nonEmptyIds, organizationRoleIds: nonEmptyIds }).strict();
export const applicationsRolesBody = z
  .object({ applicationIds: nonEmptyIds, organizationRoleIds: nonEmptyIds })
  .strict();

/** What the user-facing endpoint tells a signed-in user about their organizations. */
export const myOrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  organizationRoles: z.array(roleRefSchema),
});
