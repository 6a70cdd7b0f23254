import { z } from 'zod';
import { jsonObject, text } from '../management/fields.js';

/** `/api/configs/oidc/:keyType`, as Logto spells the key sets. */
export const oidcKeyTypeSchema = z.enum(['private-keys', 'cookie-keys']);
export type OidcKeyType = z.output<typeof oidcKeyTypeSchema>;

export const signingKeyAlgorithmSchema = z.enum(['RSA', 'EC']);

/** A key as listed: never its material. `status` and `activatesAt` for signing keys only. */
export const oidcKeySchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  signingKeyAlgorithm: signingKeyAlgorithmSchema.optional(),
  status: z
    .enum(['Next', 'Current', 'Previous'])
    .optional()
    .meta({ description: 'Next: published, signs from `activatesAt`; Current: signs now; Previous: only verifies.' }),
  activatesAt: z.number().optional(),
});
export type OidcKey = z.output<typeof oidcKeySchema>;

export const oidcKeyParams = z.object({ keyType: oidcKeyTypeSchema });
export const oidcKeyIdParams = z.object({ keyType: oidcKeyTypeSchema, keyId: text(128).min(1) });
export const rotateOidcKeysSchema = z.object({ signingKeyAlgorithm: signingKeyAlgorithmSchema.optional() }).strict();

/** `GET|PATCH /api/configs/oidc/session`: the sign-in session's lifetime, in seconds. */
export const sessionConfigSchema = z.object({
  ttl: z
    .number()
    .int()
    .min(60)
    .max(365 * 24 * 3600),
});
export const updateSessionConfigSchema = sessionConfigSchema.partial().strict();
export type SessionConfig = z.output<typeof sessionConfigSchema>;

/** Logto's extended claims: served by user info for their scope, in the ID token only when enabled. */
export const extendedIdTokenClaims = [
  'custom_data',
  'identities',
  'sso_identities',
  'roles',
  'organizations',
  'organization_data',
  'organization_roles',
] as const;
export const defaultIdTokenClaims: ExtendedIdTokenClaim[] = ['roles', 'organizations', 'organization_roles'];
export type ExtendedIdTokenClaim = (typeof extendedIdTokenClaims)[number];

/** `GET|PUT /api/configs/id-token`. */
export const idTokenConfigSchema = z
  .object({ enabledExtendedClaims: z.array(z.enum(extendedIdTokenClaims)).max(extendedIdTokenClaims.length) })
  .strict();
export type IdTokenConfig = z.output<typeof idTokenConfigSchema>;

/** `GET|PATCH /api/configs/admin-console`: the console's own JSON (Logto's `AdminConsoleData`). */
export const adminConsoleConfigSchema = jsonObject;

/** `GET|PATCH /api/configs/cimd`: whether an https URL client_id is resolved as a Client ID Metadata Document. */
export const cimdConfigSchema = z.object({ enabled: z.boolean() }).strict();
export const updateCimdConfigSchema = cimdConfigSchema.partial().strict();
export type CimdConfig = z.output<typeof cimdConfigSchema>;
