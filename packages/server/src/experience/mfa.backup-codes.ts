import { randomBytes } from 'node:crypto';
import { hashCode, newSalt } from './verification-code.js';

const backupCodeCount = 10;

/** Ten random single-use codes for the user, and their salted hashes, the only thing kept. */
export function generateBackupCodes(): { codes: string[]; hashed: { hash: string; salt: string }[] } {
  const codes = Array.from({ length: backupCodeCount }, () => randomBytes(5).toString('hex'));
  const hashed = codes.map((code) => {
    const salt = newSalt();
    return { salt, hash: hashCode(code, salt) };
  });
  return { codes, hashed };
}
