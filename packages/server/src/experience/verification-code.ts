import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { RequestError } from '../http/request-error.js';
import type { CodeIdentifier } from './experience.schemas.js';

/** Pure helpers for verification codes: making one, hashing it, normalizing where it goes. */

export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function newSalt(): string {
  return randomBytes(16).toString('base64url');
}

export function hashCode(code: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${code}`).digest('base64url');
}

export function codeMatches(code: string, salt: string, expected: string): boolean {
  const given = Buffer.from(hashCode(code.trim(), salt));
  const stored = Buffer.from(expected);
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Emails compare lowercased; phone numbers as digits only (the way users store them). */
export function normalizeIdentifier(identifier: CodeIdentifier): CodeIdentifier {
  const value = identifier.value.trim();
  return identifier.type === 'email'
    ? { type: 'email', value: value.toLowerCase() }
    : { type: 'phone', value: value.replace(/[\s()+.-]/g, '') };
}

export function isValidIdentifier(identifier: CodeIdentifier): boolean {
  return identifier.type === 'email'
    ? /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(identifier.value) && identifier.value.length <= 128
    : /^\d{6,15}$/.test(identifier.value);
}

/** Refuses a code record sent to another identifier, already used, or past its end; answers its code's hash. */
export function guardCodeUsable(
  record: { identifier: CodeIdentifier; verified: boolean; codeHash?: string; expiresAt: number },
  identifier: CodeIdentifier,
  now: number,
): string {
  if (record.identifier.type !== identifier.type || record.identifier.value !== identifier.value)
    throw new RequestError('verification_code.identifier_mismatch', 400, {
      message: 'The code was not sent to this identifier.',
    });
  if (record.verified || !record.codeHash)
    throw new RequestError('verification_code.not_found', 400, { message: 'This code was already used.' });
  if (now > record.expiresAt)
    throw new RequestError('verification_code.expired', 400, { message: 'The code has expired. Request a new one.' });
  return record.codeHash;
}
