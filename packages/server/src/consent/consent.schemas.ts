import { z } from 'zod';
import { consentUserScopes } from '../applications/applications.schemas.js';
import { idParam } from '../management/fields.js';
import { organizationSchema } from '../organizations/organizations.schemas.js';

export { consentUserScopes };
export const consentScopeTypes = [
  'organizationScopes',
  'resourceScopes',
  'organizationResourceScopes',
  'userScopes',
] as const;

const ids = z.array(idParam).max(100);
export const consentScopesBody = z.strictObject({
  organizationScopes: ids.optional(),
  resourceScopes: ids.optional(),
  organizationResourceScopes: ids.optional(),
  userScopes: z.array(z.enum(consentUserScopes)).max(20).optional(),
});
export type ConsentScopesInput = z.output<typeof consentScopesBody>;

const scopeRef = z.object({ id: z.string(), name: z.string(), description: z.string().nullable() });
const resourceRef = z.object({ id: z.string(), name: z.string(), indicator: z.string() });
export const resourceScopeGroup = z.object({ resource: resourceRef, scopes: z.array(scopeRef) });
export type ResourceScopeGroup = z.output<typeof resourceScopeGroup>;

export const consentScopesSchema = z.object({
  organizationScopes: z.array(scopeRef),
  resourceScopes: z.array(resourceScopeGroup),
  organizationResourceScopes: z.array(resourceScopeGroup),
  userScopes: z.array(z.string()),
});
export type ConsentScopes = z.output<typeof consentScopesSchema>;

export const consentOrganizationsBody = z.strictObject({ organizationIds: ids });
export const consentOrganizationsSchema = z.object({ organizations: z.array(organizationSchema) });

/** What the consent page shows (GET /api/experience/consent). */
export const consentInfoSchema = z.object({
  application: z.object({
    id: z.string(),
    name: z.string(),
    displayName: z.string().nullable(),
    branding: z.object({ logoUrl: z.string().optional(), darkLogoUrl: z.string().optional() }),
    termsOfUseUrl: z.string().nullable(),
    privacyPolicyUrl: z.string().nullable(),
    /** A Client ID Metadata Document client: the host of its client_id URL, the one thing proven about it. */
    clientIdHost: z.string().optional(),
  }),
  user: z.object({
    id: z.string(),
    name: z.string().nullable(),
    username: z.string().nullable(),
    primaryEmail: z.string().nullable(),
  }),
  /** OIDC scopes the app asks for and the user has not granted yet (openid, profile, email…). */
  missingOIDCScope: z.array(z.string()),
  /** API permissions the app asks for and the user has not granted yet, by resource. */
  missingResourceScopes: z.array(
    z.object({
      resource: z.object({ name: z.string(), indicator: z.string() }),
      scopes: z.array(z.object({ name: z.string(), description: z.string().nullable() })),
    }),
  ),
  /** With the organizations scope: the user's organizations, to pick the ones the app may see. */
  organizations: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  redirectUri: z.string(),
});
export type ConsentInfo = z.output<typeof consentInfoSchema>;

export const consentAcceptBody = z.strictObject({ organizationIds: ids.optional() });

export const redirectResponse = z.object({ redirectTo: z.string() });
