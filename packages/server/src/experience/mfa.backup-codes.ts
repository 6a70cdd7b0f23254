import { randomBytes } from 'node:crypto';
import { hashCode, newSalt } from './verification-code.js';

const backupCodeCount = 10;

/** The shape of the codes Tessera makes: ten codes of ten lowercase hex digits. */
export const isBackupCodeSet = (codes: readonly string[]): boolean =>
  codes.length === backupCodeCount &&
  new Set(codes).size === codes.length &&
  codes.every((c) => /^[0-9a-f]{10}$/.test(c));

/** Salted hashes of backup codes, the only thing kept. */
export const hashBackupCodes = (codes: readonly string[]): { hash: string; salt: string }[] =>
  codes.map((code) => {
    const salt = newSalt();
    return { salt, hash: hashCode(code, salt) };
  });

/** Ten random single-use codes for the user, and their salted hashes. */
export function generateBackupCodes(): { codes: string[]; hashed: { hash: string; salt: string }[] } {
  const codes = Array.from({ length: backupCodeCount }, () => randomBytes(5).toString('hex'));
  return { codes, hashed: hashBackupCodes(codes) };
}
