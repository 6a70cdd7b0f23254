import { createHash, pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { verify as verifyArgon2 } from '@node-rs/argon2';
import { isPbkdf2, legacyHashName, type PasswordAlgorithm, parseLegacyDigest } from './password-digest.schemas.js';

/**
 * Checks a password against a digest imported with Logto's `passwordAlgorithm` (never our own
 * argon2id hashes: password-hasher.ts keeps that path). argon2 and bcrypt run on libuv's threads
 * (@node-rs natives), PBKDF2 too; the plain digests compare in constant time.
 */

const pbkdf2Async = promisify(pbkdf2);

/** True when the computed bytes equal the expected hex, in time independent of where they differ. */
function sameBytes(computed: Buffer, expectedHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  return (
    expected.length === computed.length &&
    expectedHex.length === computed.length * 2 &&
    timingSafeEqual(computed, expected)
  );
}

const plainHash = { SHA1: 'sha1', SHA256: 'sha256', MD5: 'md5' } as const;

async function legacyMatches(digest: string, password: string): Promise<boolean> {
  const legacy = parseLegacyDigest(digest);
  if (!legacy) return false;
  const { algorithm, args, expected } = legacy;
  if (isPbkdf2(algorithm)) {
    const [salt = '', iterations, keyBytes, hash = ''] = args;
    const key = await pbkdf2Async(password, salt, Number(iterations), Number(keyBytes), legacyHashName(hash));
    return sameBytes(key, expected);
  }
  const input = args.map((arg) => (arg === '@' ? password : arg)).join('');
  return sameBytes(createHash(legacyHashName(algorithm)).update(input).digest(), expected);
}

/** Whether `password` matches `digest` made by `algorithm`; a malformed digest never matches. */
export async function importedDigestMatches(
  algorithm: PasswordAlgorithm,
  digest: string,
  password: string,
): Promise<boolean> {
  try {
    switch (algorithm) {
      case 'Argon2i':
      case 'Argon2id':
      case 'Argon2d':
        return await verifyArgon2(digest, password);
      case 'Bcrypt': {
        // Only users imported with bcrypt digests need it: loaded at their first sign-in.
        const { verify: verifyBcrypt } = await import('@node-rs/bcrypt');
        return await verifyBcrypt(password, digest);
      }
      case 'Legacy':
        return await legacyMatches(digest, password);
      default:
        return sameBytes(createHash(plainHash[algorithm]).update(password).digest(), digest);
    }
  } catch {
    return false;
  }
}

/** Digests that take no real work to check: a wrong guess would answer faster than an argon2 one. */
export const isCheapDigest = (algorithm: PasswordAlgorithm) =>
  algorithm === 'SHA1' || algorithm === 'SHA256' || algorithm === 'MD5' || algorithm === 'Legacy';
