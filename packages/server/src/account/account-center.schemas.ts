import { z } from 'zod';

/**
 * Logto's account center settings (`GET/PATCH /api/account-center`): whether the Account API is
 * on, and per field whether end users may not see it (`Off`, the default), see it (`ReadOnly`)
 * or change it (`Edit`). Zod only (schemas-purity.test.ts).
 */
export const accountCenterControlValues = ['Off', 'ReadOnly', 'Edit'] as const;
export const accountCenterControlSchema = z.enum(accountCenterControlValues);
export type AccountCenterControl = z.output<typeof accountCenterControlSchema>;

export const accountCenterFieldNames = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'session',
] as const;
export type AccountCenterField = (typeof accountCenterFieldNames)[number];

const control = accountCenterControlSchema.optional();
export const accountCenterFieldsSchema = z
  .object({
    name: control,
    avatar: control,
    profile: control,
    email: control,
    phone: control,
    password: control,
    username: control,
    social: control,
    customData: control,
    mfa: control,
    /** Logto's `session`: the user's own sign-in sessions and app grants (`/my-account/sessions`, `/grants`). */
    session: control,
    /** Logto's later field for personal access tokens: stored and answered. */
    personalAccessToken: control,
  })
  .strict();
export type AccountCenterFields = Partial<Record<AccountCenterField, AccountCenterControl>>;

const originSchema = z.string().url().max(2048);
const deleteAccountUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => value === '' || /^https?:\/\//.test(value), 'must be an http(s) URL or empty')
  .refine((value) => value === '' || z.string().url().safeParse(value).success, 'must be an http(s) URL or empty');

export const accountCenterSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  enabled: z.boolean(),
  fields: accountCenterFieldsSchema,
  webauthnRelatedOrigins: z.array(z.string()),
  deleteAccountUrl: z.string().nullable(),
  customCss: z.string().nullable().optional(),
});
export type AccountCenter = z.output<typeof accountCenterSchema>;

export const updateAccountCenterSchema = z
  .object({
    enabled: z.boolean().optional(),
    fields: accountCenterFieldsSchema.optional(),
    webauthnRelatedOrigins: z.array(originSchema).max(20).optional(),
    deleteAccountUrl: deleteAccountUrlSchema.optional(),
    /** CSS for Logto's prebuilt account pages: stored and answered (Tessera has no such pages yet). */
    customCss: z.string().max(65_536).nullable().optional(),
  })
  .strict();
export type UpdateAccountCenter = z.output<typeof updateAccountCenterSchema>;
