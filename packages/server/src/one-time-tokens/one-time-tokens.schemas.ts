import { z } from 'zod';
import { idParam, paginationParams, text } from '../management/fields.js';
import { emailRegex } from '../users/users.schemas.js';

export const oneTimeTokenStatuses = ['active', 'consumed', 'revoked', 'expired'] as const;
export type OneTimeTokenStatus = (typeof oneTimeTokenStatuses)[number];

const email = text(256).regex(emailRegex, 'must be an email address');

/** Logto's `OneTimeTokenContext`: organizations the user joins (with their JIT roles) once the token is used. */
export const oneTimeTokenContextSchema = z
  .object({ jitOrganizationIds: z.array(idParam).max(100).optional() })
  .strict();
export type OneTimeTokenContext = z.output<typeof oneTimeTokenContextSchema>;

/**
 * Logto's one-time token. `token` is answered only when the token is created: Tessera keeps its
 * hash, never the token itself (Logto answers it on every read).
 */
export const oneTimeTokenSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  email: z.string(),
  token: z.string().optional(),
  status: z.enum(oneTimeTokenStatuses),
  context: oneTimeTokenContextSchema,
  expiresAt: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type OneTimeToken = z.output<typeof oneTimeTokenSchema>;

export const createOneTimeTokenSchema = z
  .object({
    email,
    expiresIn: z
      .number()
      .int()
      .min(1)
      .max(30 * 24 * 3600)
      .optional()
      .describe('Seconds until the token expires (default 600)'),
    context: oneTimeTokenContextSchema.optional(),
  })
  .strict();
export type CreateOneTimeToken = z.output<typeof createOneTimeTokenSchema>;

export const verifyOneTimeTokenSchema = z.object({ token: text(256).min(1), email }).strict();
export const oneTimeTokenStatusBody = z.object({ status: z.enum(oneTimeTokenStatuses) }).strict();
export const listOneTimeTokensQuery = z.object({
  ...paginationParams,
  email: email.optional(),
  status: z.enum(oneTimeTokenStatuses).optional(),
});
