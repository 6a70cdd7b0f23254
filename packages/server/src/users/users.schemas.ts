import { z } from 'zod';

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

export const createUserSchema = z
  .object({
    username: z
      .string()
      .regex(usernameRegex, 'must start with a letter or underscore and hold only letters, digits and underscores')
      .max(128),
    primaryEmail: z.string().regex(emailRegex, 'must be an email address').max(128),
    primaryPhone: z.string().regex(phoneRegex, 'must hold digits only').max(128),
    password: passwordSchema,
    name: z.string().max(128),
    avatar: z.url().max(2048).nullable(),
    customData: z.record(z.string(), z.unknown()),
    profile: userProfileSchema,
  })
  .partial()
  .strict();
export type CreateUser = z.output<typeof createUserSchema>;

export const updateUserSchema = createUserSchema
  .omit({ password: true })
  .extend({
    username: createUserSchema.shape.username.unwrap().nullable(),
    primaryEmail: createUserSchema.shape.primaryEmail.unwrap().nullable(),
    primaryPhone: createUserSchema.shape.primaryPhone.unwrap().nullable(),
    name: z.string().max(128).nullable(),
  })
  .partial()
  .strict();
export type UpdateUser = z.output<typeof updateUserSchema>;

export const passwordBodySchema = z.object({ password: passwordSchema }).strict();
export const suspendBodySchema = z.object({ isSuspended: z.boolean() }).strict();
