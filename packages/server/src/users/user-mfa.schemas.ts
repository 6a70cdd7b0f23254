import { z } from 'zod';
import { idParam, text } from '../management/fields.js';

export const userMfaParams = z.object({ userId: idParam });
export const userMfaVerificationParams = z.object({ userId: idParam, verificationId: idParam });

/** Logto's shape: `createdAt` is an ISO 8601 string here (unlike users' epoch milliseconds); never a secret. */
export const userMfaVerificationSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  type: z.enum(['Totp', 'WebAuthn', 'BackupCode']),
  agent: z.string().optional(),
  name: z.string().optional(),
  remainCodes: z.number().int().optional(),
});
export type UserMfaVerification = z.output<typeof userMfaVerificationSchema>;

/** One object (not a union) so the OpenAPI document and the field-by-field errors stay plain. */
export const createUserMfaBodySchema = z
  .object({
    type: z.enum(['Totp', 'BackupCode']),
    secret: text(128)
      .min(1)
      .optional()
      .describe('Totp only: a base32 secret to use instead of a new random one (e.g. when migrating users)'),
    code: z
      .string()
      .regex(/^\d{6}$/, 'must be 6 digits')
      .optional()
      .describe('Totp only: a current code for `secret`, to prove it was copied right'),
    codes: z
      .array(text(32).min(1))
      .min(1)
      .max(50)
      .refine((codes) => new Set(codes).size === codes.length, 'must not repeat a code')
      .optional()
      .describe('BackupCode only: codes to import (e.g. when migrating users) instead of ten new random ones'),
  })
  .strict()
  .refine((body) => body.type === 'BackupCode' || body.codes === undefined, {
    message: 'only a BackupCode factor takes `codes`',
    path: ['codes'],
  })
  .refine((body) => body.type === 'Totp' || (body.secret === undefined && body.code === undefined), {
    message: 'only a Totp factor takes `secret` and `code`',
    path: ['type'],
  })
  .refine((body) => body.code === undefined || body.secret !== undefined, {
    message: '`code` checks a given `secret`; send both',
    path: ['code'],
  });
export type CreateUserMfaBody = z.output<typeof createUserMfaBodySchema>;

export const createdUserMfaSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Totp'), secret: z.string(), secretQrCode: z.string() }),
  z.object({ type: z.literal('BackupCode'), codes: z.array(z.string()) }),
]);
export type CreatedUserMfa = z.output<typeof createdUserMfaSchema>;
