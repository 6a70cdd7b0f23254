import { z } from 'zod';
import { ConnectorError, type SocialUserInfo } from '../../kit/index.js';

const profileKeys = ['id', 'name', 'avatar', 'email', 'phone'] as const;

const fieldName = (key: string) =>
  z
    .string()
    .min(1)
    .max(256)
    .default(key)
    .describe(`Field of the user info holding the ${key}; a dotted path reaches nested fields`);

const verifiedFlag = (what: string) =>
  z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe(
      `Field of the user info telling (true) that the provider verified the ${what}; without it the ${what} is kept as unverified: never linked to an account, never the account's own`,
    );

/** Which field of the provider's user info document holds each profile value (Logto's profileMap). */
export const profileMapSchema = z
  .object({
    id: fieldName('id'),
    name: fieldName('name'),
    avatar: fieldName('avatar'),
    email: fieldName('email'),
    phone: fieldName('phone'),
    // No default: a provider's address or number counts as verified only where it says so.
    emailVerified: verifiedFlag('e-mail address'),
    phoneVerified: verifiedFlag('phone number'),
  })
  .strict()
  .default({ id: 'id', name: 'name', avatar: 'avatar', email: 'email', phone: 'phone' })
  .describe('Where the profile is found in the user info document; each field defaults to its own name');
export type ProfileMap = z.output<typeof profileMapSchema>;

/** `data.user.id` walks nested objects; a key that itself holds dots is found first, as given. */
export function readPath(source: unknown, path: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  const record = source as Record<string, unknown>;
  if (path in record) return record[path];
  const dot = path.indexOf('.');
  if (dot < 0) return undefined;
  return readPath(record[path.slice(0, dot)], path.slice(dot + 1));
}

/** A provider's "verified" field: `true` (or the text "true", as some providers send it). */
export const isTrue = (value: unknown) =>
  value === true || (typeof value === 'string' && value.toLowerCase() === 'true');

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The normalized profile; the id may be a number (GitHub's are), the rest must be text. */
export function mapProfile(raw: unknown, map: ProfileMap, provider: string): SocialUserInfo {
  const id = readPath(raw, map.id);
  if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '')
    throw new ConnectorError('invalid_response', {
      message: `The user info from ${provider} has no "${map.id}" field to use as the user id; check profileMap.id.`,
      provider,
    });
  const info: SocialUserInfo = { id: String(id), rawData: raw };
  for (const key of profileKeys) {
    if (key === 'id') continue;
    const value = text(readPath(raw, map[key]));
    if (value !== undefined) info[key] = value;
  }
  if (info.email) info.emailVerified = map.emailVerified !== undefined && isTrue(readPath(raw, map.emailVerified));
  if (info.phone) info.phoneVerified = map.phoneVerified !== undefined && isTrue(readPath(raw, map.phoneVerified));
  return info;
}
