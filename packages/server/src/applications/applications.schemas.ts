import { z } from 'zod';
import { jsonObject, paginationParams, queryFlag, queryText, repeatable, text } from '../management/fields.js';

/** `SAML` apps are made and changed only through `/api/saml-applications` (saml-applications/), as in Logto. */
export const applicationTypes = ['Native', 'SPA', 'Traditional', 'MachineToMachine', 'SAML'] as const;
export type ApplicationType = (typeof applicationTypes)[number];

/** The user scopes a third-party app may be allowed to ask for, as Logto names them. */
export const consentUserScopes = [
  'profile',
  'email',
  'phone',
  'address',
  'custom_data',
  'identities',
  'roles',
  'urn:logto:scope:organizations',
  'urn:logto:scope:organization_roles',
] as const;

/** Types that hold client secrets (confidential clients). */
export const hasSecrets = (type: ApplicationType) =>
  type === 'Traditional' || type === 'MachineToMachine' || type === 'SAML';

const uri = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      // Fragments are forbidden in redirect URIs (RFC 6749 §3.1.2); a scheme is required.
      return url.hash === '' && /^[a-z][a-z\d+.-]*:$/i.test(url.protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute URI without a fragment');

const origin = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return new URL(value).origin !== 'null' || /^[a-z][a-z\d+.-]*:\/\/[^/]+$/i.test(value);
    } catch {
      return false;
    }
  }, 'must be an origin such as https://app.example.com or chrome-extension://<id>');

const httpUrl = text(2048).pipe(z.url({ protocol: /^https?$/ }));

export const oidcClientMetadataSchema = z
  .object({
    redirectUris: z.array(uri).max(100).default([]),
    postLogoutRedirectUris: z.array(uri).max(100).default([]),
    /** OIDC back-channel logout: a signed logout token is posted here when the user signs out (docs/oauth-extensions.md). */
    backchannelLogoutUri: z
      .union([httpUrl, z.literal('')])
      .optional()
      .describe('An empty string removes it'),
    backchannelLogoutSessionRequired: z.boolean().optional(),
    /** The app's logo, as OIDC's `logo_uri`. */
    logoUri: text(2048).optional(),
  })
  .strict();

export const customClientMetadataSchema = z
  .object({
    corsAllowedOrigins: z.array(origin).max(100).optional(),
    idTokenTtl: z.number().int().min(60).max(86_400).optional(),
    refreshTokenTtlInDays: z.number().int().min(1).max(180).optional(),
    rotateRefreshToken: z.boolean().optional(),
    alwaysIssueRefreshToken: z.boolean().optional(),
    /** Logto's token exchange (personal access tokens) for this first-party interactive app. */
    allowTokenExchange: z.boolean().optional(),
    /** Deprecated in Logto for `refreshTokenTtlInDays` and read by neither: stored and answered. */
    refreshTokenTtl: z.number().int().min(1).optional(),
    /** Logto's tenant id of the app (Logto Cloud): stored and answered. */
    tenantId: text(21).optional(),
    /** Logto: a Native app using the device authorization grant (RFC 8628) instead of redirects. */
    isDeviceFlow: z.boolean().optional(),
    /** Tessera only: authorization requests must be pushed first (PAR, RFC 9126). */
    requirePushedAuthorizationRequests: z.boolean().optional(),
    /** Tessera only: access tokens must be DPoP-bound (RFC 9449); requests without a DPoP proof are refused. */
    dpopBoundAccessTokens: z.boolean().optional(),
  })
  .strict();
export type CustomClientMetadata = z.output<typeof customClientMetadataSchema>;

/**
 * Logto Cloud's protected apps (a reverse proxy in front of a site). The open-source build, as
 * Tessera, does not run them: the metadata is stored and answered as sent.
 */
const pageRuleSchema = z.strictObject({ path: text(2048) });
export const protectedAppMetadataSchema = z.strictObject({
  subDomain: text(256).optional(),
  host: text(256).optional(),
  origin: text(2048),
  sessionDuration: z.number().int().min(1).optional(),
  pageRules: z.array(pageRuleSchema).max(100).optional(),
  customDomains: z.array(jsonObject).max(100).optional(),
});
export const createProtectedAppMetadataSchema = z.strictObject({ subDomain: text(256).min(1), origin: text(2048) });
export const updateProtectedAppMetadataSchema = z
  .strictObject({
    origin: text(2048),
    sessionDuration: z.number().int().min(1),
    pageRules: z.array(pageRuleSchema).max(100),
  })
  .partial();

export const applicationSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: z.enum(applicationTypes),
  oidcClientMetadata: z.object({
    redirectUris: z.array(z.string()),
    postLogoutRedirectUris: z.array(z.string()),
    backchannelLogoutUri: z.string().optional(),
    backchannelLogoutSessionRequired: z.boolean().optional(),
    logoUri: z.string().optional(),
  }),
  customClientMetadata: customClientMetadataSchema,
  customData: z.record(z.string(), z.unknown()),
  isThirdParty: z.boolean(),
  protectedAppMetadata: protectedAppMetadataSchema.nullable(),
  /** Logto's app-level access control: only users matching `/applications/:id/access-control` sign in. */
  appLevelAccessControlEnabled: z.boolean(),
  createdAt: z.number(),
  /** Answered by a read or update of one application: whether it holds the Management API access role. */
  isAdmin: z.boolean().optional(),
});
export type Application = z.output<typeof applicationSchema>;

/**
 * The create answer alone also carries the default secret, for tools that read it there (Logto
 * before 1.30). Lists and reads never do, as in Logto 1.42: secrets are read through
 * `GET /api/applications/:id/secrets`, so a list of apps is not a list of credentials.
 */
export const createdApplicationSchema = applicationSchema.extend({ secret: z.string() });
export type CreatedApplication = z.output<typeof createdApplicationSchema>;

export const createApplicationSchema = z
  .object({
    name: text(256).min(1),
    type: z.enum(applicationTypes),
    description: text(2048).nullable().optional(),
    oidcClientMetadata: oidcClientMetadataSchema.optional(),
    customClientMetadata: customClientMetadataSchema.optional(),
    customData: jsonObject.optional(),
    isThirdParty: z.boolean().optional(),
    protectedAppMetadata: createProtectedAppMetadataSchema.optional(),
  })
  .strict();
export type CreateApplication = z.output<typeof createApplicationSchema>;

export const updateApplicationSchema = z
  .object({
    name: text(256).min(1),
    description: text(2048).nullable(),
    oidcClientMetadata: oidcClientMetadataSchema.partial().strict(),
    customClientMetadata: customClientMetadataSchema,
    customData: jsonObject,
    protectedAppMetadata: updateProtectedAppMetadataSchema.nullable(),
    appLevelAccessControlEnabled: z
      .boolean()
      .describe('Only users matching the access control rules sign in; turning it on needs at least one rule'),
    isAdmin: z
      .boolean()
      .describe('Logto Cloud: Management API access for a machine-to-machine app; stored and answered'),
  })
  .partial()
  .strict();
export type UpdateApplication = z.output<typeof updateApplicationSchema>;

export const applicationSecretSchema = z.object({
  applicationId: z.string(),
  name: z.string(),
  value: z.string(),
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
});
export type ApplicationSecret = z.output<typeof applicationSecretSchema>;

export const createSecretSchema = z
  .object({ name: text(256).min(1), expiresAt: z.number().int().positive().nullable().optional() })
  .strict();

/** GET /api/applications filters, as Logto names them. */
export const listApplicationsQuery = z.object({
  ...paginationParams,
  types: repeatable(z.enum(applicationTypes)).optional(),
  isThirdParty: queryFlag.optional(),
  excludeRoleId: queryText.optional(),
  excludeOrganizationId: queryText.optional(),
  search: queryText.optional(),
});

export interface ApplicationFilter {
  types?: ApplicationType[];
  isThirdParty?: boolean;
  search?: string;
  /** Only applications holding this role. */
  roleId?: string;
  /** Only applications not holding this role. */
  excludeRoleId?: string;
  /** Only applications not in this organization. */
  excludeOrganizationId?: string;
}
