import { z } from 'zod';

/** Logto's `tokenSetMetadataGuard`: what is kept readable beside the sealed tokens. */
export const tokenSetMetadataSchema = z.object({
  scope: z.string().optional(),
  expiresAt: z.number().optional().describe('When the access token expires, in epoch seconds'),
  tokenType: z.string().optional(),
  hasRefreshToken: z.boolean(),
});
export type TokenSetMetadata = z.output<typeof tokenSetMetadataSchema>;

/** Logto's `desensitizedSocialTokenSetSecretGuard`: a stored token set without its tokens. */
export const tokenSecretSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  userId: z.string(),
  type: z.literal('federated_token_set'),
  metadata: tokenSetMetadataSchema,
  connectorId: z.string(),
  identityId: z.string(),
  target: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type TokenSecret = z.output<typeof tokenSecretSchema>;

/** Logto's `getThirdPartyAccessTokenResponseGuard`. */
export const providerAccessTokenSchema = z.object({
  access_token: z.string(),
  scope: z.string().optional(),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
});
export type ProviderAccessToken = z.output<typeof providerAccessTokenSchema>;
