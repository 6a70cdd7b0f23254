import { z } from 'zod';
import { jsonObject, paginationParams, queryText, text } from '../management/fields.js';
import { checkPasswordDigest, passwordAlgorithmField, passwordDigestField } from './password-digest.schemas.js';

export const usernameRegex = /^[A-Z_a-z]\w*$/;
export const emailRegex = /^\S+@\S+\.\S+$/;
export const phoneRegex = /^\d+$/;

/** OIDC standard profile claims a user may carry beyond the top-level fields. */
export const userProfileSchema = z
  .object({
    familyName: z.string(),
    givenName: z.string(),
    middleName: z.string(),
    nickname: z.string(),
    preferredUsername: z.string(),
    profile: z.string(),
    website: z.string(),
    gender: z.string(),
    birthdate: z.string(),
    zoneinfo: z.string(),
    locale: z.string(),
    address: z.record(z.string(), z.string()),
  })
  .partial()
  .strict();

export const userSchema = z.object({
  id: z.string(),
  username: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  name: z.string().nullable(),
  avatar: z.string().nullable(),
  customData: z.record(z.string(), z.unknown()),
  identities: z.record(z.string(), z.unknown()),
  lastSignInAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  profile: userProfileSchema,
  applicationId: z.string().nullable(),
  isSuspended: z.boolean(),
  hasPassword: z.boolean(),
});
export type User = z.output<typeof userSchema>;

const passwordSchema = z.string().min(1).max(256);

const username = text(128).regex(
  usernameRegex,
  'must start with a letter or underscore and hold only letters, digits and underscores',
);
// Stored lowercased, and a few characters grow when lowercased ('İ'): check the stored length.
const email = text(128)
  .regex(emailRegex, 'must be an email address')
  .refine((value) => value.toLowerCase().length <= 128, 'must be at most 128 characters');
const phone = text(128).regex(phoneRegex, 'must hold digits only');
const avatar = text(2048).pipe(z.url());
/** Logto accepts '' to clear a field; we store that as null. */
const clearable = <T extends z.ZodType<string>>(schema: T) =>
  z.union([z.literal('').transform(() => null), schema]).nullable();

/** The fields of a new user, without the rules across them (for `.pick`). */
export const createUserFields = z
  .object({
    username,
    primaryEmail: email,
    primaryPhone: phone,
    password: passwordSchema,
    passwordDigest: passwordDigestField,
    passwordAlgorithm: passwordAlgorithmField,
    name: text(128),
    avatar: clearable(avatar),
    customData: jsonObject,
    profile: userProfileSchema,
  })
  .partial()
  .strict();

/** POST /api/users: `password`, or an imported `passwordDigest` + `passwordAlgorithm` (password-digest.schemas.ts). */
export const createUserSchema = createUserFields.superRefine(checkPasswordDigest);
export type CreateUser = z.output<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    username: clearable(username),
    primaryEmail: clearable(email),
    primaryPhone: clearable(phone),
    name: clearable(text(128)),
    avatar: clearable(avatar),
    customData: jsonObject,
    profile: userProfileSchema,
  })
  .partial()
  .strict();
export type UpdateUser = z.output<typeof updateUserSchema>;

export const passwordBodySchema = z.object({ password: passwordSchema }).strict();
export const suspendBodySchema = z.object({ isSuspended: z.boolean() }).strict();
export const customDataBodySchema = z.object({ customData: jsonObject }).strict();
export const hasPasswordSchema = z.object({ hasPassword: z.boolean() });
/** PATCH /users/:userId/profile: the given claims replace theirs, the others stay. */
export const profileBodySchema = z.object({ profile: userProfileSchema }).strict();
/** The exposed part of a user's `logto_config` (Logto 1.42: the MFA skip state). */
export const userLogtoConfigSchema = z.object({ mfa: z.object({ skipped: z.boolean() }) });
export const userLogtoConfigBodySchema = z.object({ mfa: z.object({ skipped: z.boolean() }).strict() }).strict();
/** PUT /users/:userId/identities/:target: the user's id at the provider and what it says of them. */
export const socialIdentityBodySchema = z.object({ userId: text(256).min(1), details: jsonObject.optional() }).strict();

const searchValues = z.union([queryText, z.array(queryText).max(100)]).optional();
const searchMode = z.enum(['exact', 'like', 'similar_to', 'posix']).optional();
const searchFieldNames = ['id', 'username', 'primaryEmail', 'primaryPhone', 'name'] as const;
const perField = <T extends z.ZodType, P extends string>(prefix: P, schema: T) =>
  Object.fromEntries(searchFieldNames.map((field) => [`${prefix}.${field}`, schema])) as Record<
    `${P}.${(typeof searchFieldNames)[number]}`,
    T
  >;

/**
 * GET /api/users, Logto's user search: `search` matches any of id, username, email, phone and
 * name; `search.<field>` one field. `mode`/`mode.<field>` is like (default; plain text matches
 * anywhere, `%` makes a pattern), exact (several values allowed), or similar_to/posix (PostgreSQL
 * only). `joint` (or `jointMode`) combines the conditions, `or` by default; `isCaseSensitive`
 * defaults to false.
 */
export const listUsersQuery = z.object({
  ...paginationParams,
  search: searchValues,
  ...perField('search', searchValues),
  mode: searchMode,
  ...perField('mode', searchMode),
  joint: z.enum(['and', 'or']).optional(),
  jointMode: z.enum(['and', 'or']).optional(),
  isCaseSensitive: z.enum(['true', 'false']).optional(),
  excludeRoleId: queryText.optional(),
});

/** Logto's search, parsed (user-search.ts): kept zod-free of server code here for the browser bundle. */
export interface UserSearchFilter {
  conditions: {
    field?: (typeof searchFieldNames)[number];
    mode: 'exact' | 'like' | 'similar_to' | 'posix';
    values: string[];
  }[];
  joint: 'and' | 'or';
  isCaseSensitive: boolean;
}

export interface UserFilter {
  /** Plain text over every searchable field, or Logto's full search. */
  search?: string | UserSearchFilter;
  /** Only users holding this role. */
  roleId?: string;
  /** Only users not holding this role. */
  excludeRoleId?: string;
}
