import { z } from 'zod';
import { text } from '../management/fields.js';

const tokenName = text(256).min(1);

/** A personal access token as listed: never its value, which only creation shows. */
export const personalAccessTokenSchema = z.object({
  userId: z.string(),
  name: z.string(),
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
});
export type PersonalAccessToken = z.output<typeof personalAccessTokenSchema>;

/** POST …/personal-access-tokens answers the value, once. */
export const createdPersonalAccessTokenSchema = personalAccessTokenSchema.extend({ value: z.string() });

export const createPersonalAccessTokenSchema = z
  .object({ name: tokenName, expiresAt: z.number().int().positive().nullable().optional() })
  .strict();
export const renamePersonalAccessTokenSchema = z.object({ name: tokenName }).strict();
/** Logto's body-named routes, for names a path can not carry: `currentName` (default `name`) becomes `name`. */
export const bodyRenamePersonalAccessTokenSchema = z
  .object({ name: tokenName, currentName: tokenName.optional() })
  .strict();
export const personalAccessTokenParams = z.object({ userId: text(64).min(1), name: tokenName });
