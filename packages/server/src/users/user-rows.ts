import { hashPassword, passwordEncryptionMethod } from './password-hasher.js';
import type { CreateUser } from './users.schemas.js';
import type { UserRow } from './users.store.js';

/** A stored password: our argon2id hash, or a digest imported with its Logto algorithm name. */
export interface StoredPassword {
  encrypted: string;
  method: string;
}

export async function passwordToStore(input: CreateUser): Promise<StoredPassword | null> {
  if (input.passwordDigest && input.passwordAlgorithm)
    return { encrypted: input.passwordDigest, method: input.passwordAlgorithm };
  if (input.password) return { encrypted: await hashPassword(input.password), method: passwordEncryptionMethod };
  return null;
}

/** The row of a new user (one shape for the Management API, sign-up and the CLI import). */
export function newUserRow(
  input: CreateUser & { applicationId?: string },
  password: StoredPassword | null,
  { id, now, identities = {} }: { id: string; now: number; identities?: Record<string, unknown> },
): UserRow {
  return {
    id,
    username: input.username ?? null,
    primary_email: input.primaryEmail?.toLowerCase() ?? null,
    primary_phone: input.primaryPhone ?? null,
    password_encrypted: password?.encrypted ?? null,
    password_encryption_method: password?.method ?? null,
    name: input.name ?? null,
    avatar: input.avatar ?? null,
    profile: JSON.stringify(input.profile ?? {}),
    custom_data: JSON.stringify(input.customData ?? {}),
    identities: JSON.stringify(identities),
    application_id: input.applicationId ?? null,
    is_suspended: 0,
    is_password_expired: 0,
    last_sign_in_at: null,
    created_at: now,
    updated_at: now,
  };
}
