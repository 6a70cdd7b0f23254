import { z } from 'zod';
import { jsonObject, tenantIdField, text } from '../management/fields.js';

/** Logto's provider names (Management API `providerName`). Zod only: the console validates its forms with these. */
export const ssoProviderNameSchema = z.enum(['OIDC', 'SAML', 'AzureAD', 'AzureAdOidc', 'GoogleWorkspace', 'Okta']);

/** A bare email domain such as `example.com`, stored lowercased. */
export const ssoDomain = text(256)
  .regex(
    /^(?=.{1,253}$)([a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]{2,63}$/i,
    'must be an email domain such as example.com',
  )
  .transform((value) => value.toLowerCase());

const imageUrl = text(2048).refine(
  (value) => /^(https?:\/\/|data:image\/)/i.test(value),
  'must be an http(s) or data: image URL',
);

export const ssoBrandingSchema = z
  .object({
    displayName: text(128).optional().describe('What the sign-in button says ("Sign in with <displayName>")'),
    logo: imageUrl.optional(),
    darkLogo: imageUrl.optional(),
  })
  .strict();

const domainsField = z.array(ssoDomain).max(100).describe('Email domains whose users this connector signs in');

export const createSsoConnectorBody = z
  .object({
    tenantId: tenantIdField,
    providerName: ssoProviderNameSchema,
    connectorName: text(128).min(1).describe('Unique name, e.g. "Okta for Acme"'),
    config: jsonObject
      .optional()
      .describe("The provider's settings (GET /api/sso-connector-providers); may be set later"),
    domains: domainsField.optional(),
    branding: ssoBrandingSchema.optional(),
    syncProfile: z.boolean().optional().describe('Update name and picture from the provider at every sign-in'),
    enableTokenStorage: z.literal(false).optional().describe('Provider token storage: not offered for SSO in Tessera'),
  })
  .strict();
export type CreateSsoConnector = z.output<typeof createSsoConnectorBody>;

export const updateSsoConnectorBody = createSsoConnectorBody
  .omit({ providerName: true, tenantId: true })
  .partial()
  .strict();
export type UpdateSsoConnector = z.output<typeof updateSsoConnectorBody>;

export const ssoConnectorSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  providerName: ssoProviderNameSchema,
  connectorName: z.string(),
  config: jsonObject.describe('Secrets (client secret) are masked as ********; send the mask back to keep them'),
  domains: z.array(z.string()),
  branding: z.object({
    displayName: z.string().optional(),
    logo: z.string().optional(),
    darkLogo: z.string().optional(),
  }),
  syncProfile: z.boolean(),
  enableTokenStorage: z.boolean(),
  createdAt: z.number(),
  name: z.string().describe("The provider's display name"),
  providerType: z.enum(['oidc', 'saml']),
  providerLogo: z.string(),
  providerLogoDark: z.string(),
  providerConfig: jsonObject
    .optional()
    .describe(
      'What the config resolves to at the provider (OIDC discovery, SAML metadata); absent while incomplete or unreachable',
    ),
});
export type SsoConnectorResponse = z.output<typeof ssoConnectorSchema>;

export const ssoConnectorProviderSchema = z.object({
  providerName: ssoProviderNameSchema,
  providerType: z.enum(['oidc', 'saml']),
  logo: z.string(),
  logoDark: z.string(),
  description: z.string(),
  name: z.string(),
  configSchema: jsonObject.describe("JSON schema of the provider's config (Tessera addition)"),
  secretKeys: z.array(z.string()).describe('Config keys masked in answers (Tessera addition)'),
});

export const userSsoIdentitySchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  userId: z.string(),
  issuer: z.string(),
  identityId: z.string(),
  detail: jsonObject,
  createdAt: z.number(),
  updatedAt: z.number(),
  ssoConnectorId: z.string(),
});
export type UserSsoIdentity = z.output<typeof userSsoIdentitySchema>;

export const ssoConnectorIdsBody = z.object({ ssoConnectorIds: z.array(text(64).min(1)).min(1).max(100) }).strict();
export const ssoConnectorIdsReplaceBody = z.object({ ssoConnectorIds: z.array(text(64).min(1)).max(100) }).strict();
