import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
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
