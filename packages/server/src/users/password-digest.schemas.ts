import { z } from 'zod';
import { text } from '../management/fields.js';

/**
 * Imported password digests (Logto's `passwordDigest` + `passwordAlgorithm` on POST /api/users):
 * what each algorithm's digest must look like, checked before anything is stored. Zod only: the
 * console validates with it too. The checks also bound the work one sign-in may cost (argon2
 * memory and passes, bcrypt cost, PBKDF2 iterations), since every wrong guess pays it again.
 */

export const passwordAlgorithms = [
  'Argon2i',
  'Argon2id',
  'Argon2d',
  'Bcrypt',
  'SHA1',
  'SHA256',
  'MD5',
  'Legacy',
] as const;
export type PasswordAlgorithm = (typeof passwordAlgorithms)[number];

/** The column holding digests is varchar(256). */
export const maxDigestLength = 256;

/** Bytes each hash function of a Legacy digest yields (lowercase names; node:crypto knows them all). */
export const legacyHashSizes: Readonly<Record<string, number>> = {
  md5: 16,
  sha1: 20,
  sha224: 28,
  sha256: 32,
  sha384: 48,
  sha512: 64,
  'sha512-224': 28,
  'sha512-256': 32,
  'sha3-224': 28,
  'sha3-256': 32,
  'sha3-384': 48,
  'sha3-512': 64,
  ripemd160: 20,
  blake2b512: 64,
  blake2s256: 32,
  sm3: 32,
};

const plainHexLength = { SHA1: 40, SHA256: 64, MD5: 32 } as const;
const plainName = { SHA1: 'SHA-1', SHA256: 'SHA-256', MD5: 'MD5' } as const;

export const passwordDigestLimits = {
  bcryptCost: 15,
  argon2MemoryKiB: 262_144,
  /** Memory (KiB) times passes. */
  argon2Work: 4_194_304,
  argon2Passes: 1024,
  argon2Parallelism: 16,
  pbkdf2Iterations: 10_000_000,
  pbkdf2KeyBytes: 64,
} as const;

/** `sha-256` and `SHA256` name the same function as `sha256`. */
export const legacyHashName = (name: string) => name.toLowerCase().replace(/^sha-(\d)/, 'sha$1');

/** A Legacy digest: `["algorithm", ["argument", …, "@"], "hex digest"]`, `@` standing for the password. */
export interface LegacyDigest {
  algorithm: string;
  args: string[];
  expected: string;
}

const legacyShape = z.tuple([z.string(), z.array(z.string()), z.string()]);

export function parseLegacyDigest(digest: string): LegacyDigest | undefined {
  let json: unknown;
  try {
    json = JSON.parse(digest);
  } catch {
    return undefined;
  }
  const parsed = legacyShape.safeParse(json);
  if (!parsed.success) return undefined;
  const [algorithm, args, expected] = parsed.data;
  return { algorithm, args, expected };
}

export const isPbkdf2 = (algorithm: string) => algorithm === 'pbkdf2' || algorithm === 'pbkdf2Sync';

/** A refused digest: what is wrong, in a sentence, and the stable error code to answer with. */
export interface DigestIssue {
  code: string;
  message: string;
}

const invalid = (message: string): DigestIssue => ({ code: 'guard.invalid_input', message });
const legacyFormat = (message: string): DigestIssue => ({ code: 'password.invalid_legacy_password_format', message });
const hexOf = (bytes: number) => new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`);
const isIntegerText = (value: string) => /^[1-9]\d{0,9}$/.test(value);

const argon2Pattern =
  /^\$(argon2(?:id|i|d))\$(?:v=(?:16|19)\$)?m=(\d{1,10}),t=(\d{1,10}),p=(\d{1,3})\$[A-Za-z0-9+/]{8,}={0,2}\$[A-Za-z0-9+/]{16,}={0,2}$/;
const bcryptPattern = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/;

function argon2Issue(algorithm: 'Argon2i' | 'Argon2id' | 'Argon2d', digest: string): DigestIssue | undefined {
  const match = argon2Pattern.exec(digest);
  const variant = algorithm.toLowerCase();
  if (!match)
    return invalid(
      `The ${algorithm} digest must be an encoded argon2 hash such as "$${variant}$v=19$m=19456,t=2,p=1$<salt>$<hash>".`,
    );
  if (match[1] !== variant)
    return invalid(`The digest is a ${match[1]} hash, not ${variant}: set passwordAlgorithm to match it.`);
  const [memory, passes, lanes] = [Number(match[2]), Number(match[3]), Number(match[4])];
  if (passes < 1 || lanes < 1 || memory < 8 * lanes)
    return invalid('The argon2 parameters m, t and p are out of range.');
  if (
    memory > passwordDigestLimits.argon2MemoryKiB ||
    passes > passwordDigestLimits.argon2Passes ||
    lanes > passwordDigestLimits.argon2Parallelism ||
    memory * passes > passwordDigestLimits.argon2Work
  )
    return invalid(
      `The argon2 parameters cost too much to check at each sign-in: at most m=${passwordDigestLimits.argon2MemoryKiB} (KiB), ` +
        `t=${passwordDigestLimits.argon2Passes}, p=${passwordDigestLimits.argon2Parallelism}, and m × t at most ${passwordDigestLimits.argon2Work}.`,
    );
  return undefined;
}

function bcryptIssue(digest: string): DigestIssue | undefined {
  const match = bcryptPattern.exec(digest);
  if (!match)
    return invalid('The Bcrypt digest must be a modular crypt hash such as "$2b$10$" followed by 53 characters.');
  const cost = Number(match[1]);
  if (cost < 4 || cost > passwordDigestLimits.bcryptCost)
    return invalid(
      `The bcrypt cost must be between 04 and ${passwordDigestLimits.bcryptCost}; this digest has ${match[1]}.`,
    );
  return undefined;
}

const legacyExample = 'a JSON array ["sha256", ["salt", "@"], "<hex digest>"], with "@" standing for the password';

function legacyIssue(digest: string): DigestIssue | undefined {
  const legacy = parseLegacyDigest(digest);
  if (!legacy) return legacyFormat(`The Legacy digest must be ${legacyExample}.`);
  const { algorithm, args, expected } = legacy;
  if (!args.includes('@')) return legacyFormat('The Legacy digest arguments must include "@", the password.');
  if (isPbkdf2(algorithm)) return pbkdf2Issue(args, expected);
  const size = legacyHashSizes[legacyHashName(algorithm)];
  if (size === undefined)
    return {
      code: 'password.unsupported_legacy_hash_algorithm',
      message: `The Legacy hash algorithm "${algorithm}" is not supported: use pbkdf2 or one of ${Object.keys(legacyHashSizes).join(', ')}.`,
    };
  if (!hexOf(size).test(expected))
    return legacyFormat(`The expected ${algorithm} value must be ${size * 2} hexadecimal characters.`);
  return undefined;
}

function pbkdf2Issue(args: string[], expected: string): DigestIssue | undefined {
  const [salt, iterations = '', keyBytes = '', hash = '', password] = args;
  if (args.length !== 5 || password !== '@' || salt === '@' || !salt)
    return legacyFormat(
      'A pbkdf2 Legacy digest must be ["pbkdf2", ["<salt>", "<iterations>", "<key length>", "<digest>", "@"], "<hex>"].',
    );
  if (!isIntegerText(iterations) || Number(iterations) > passwordDigestLimits.pbkdf2Iterations)
    return legacyFormat(
      `The pbkdf2 iterations must be a whole number from 1 to ${passwordDigestLimits.pbkdf2Iterations}.`,
    );
  if (!isIntegerText(keyBytes) || Number(keyBytes) > passwordDigestLimits.pbkdf2KeyBytes)
    return legacyFormat(
      `The pbkdf2 key length must be a whole number of bytes from 1 to ${passwordDigestLimits.pbkdf2KeyBytes}.`,
    );
  if (legacyHashSizes[legacyHashName(hash)] === undefined)
    return {
      code: 'password.unsupported_legacy_hash_algorithm',
      message: `The pbkdf2 digest "${hash}" is not supported: use one of ${Object.keys(legacyHashSizes).join(', ')}.`,
    };
  if (!hexOf(Number(keyBytes)).test(expected))
    return legacyFormat(
      `The expected pbkdf2 value must be ${Number(keyBytes) * 2} hexadecimal characters (the key length × 2).`,
    );
  return undefined;
}

/** Why this digest can not be stored for this algorithm, or undefined when it can. */
export function passwordDigestIssue(algorithm: PasswordAlgorithm, digest: string): DigestIssue | undefined {
  switch (algorithm) {
    case 'Argon2i':
    case 'Argon2id':
    case 'Argon2d':
      return argon2Issue(algorithm, digest);
    case 'Bcrypt':
      return bcryptIssue(digest);
    case 'Legacy':
      return legacyIssue(digest);
    default: {
      const length = plainHexLength[algorithm];
      if (new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digest)) return undefined;
      return invalid(
        `The ${algorithm} digest must be the unsalted ${plainName[algorithm]} of the password in hex (${length} hexadecimal characters); for a salted hash use Legacy.`,
      );
    }
  }
}

export const passwordDigestField = text(maxDigestLength).describe(
  'An existing password hash to import instead of `password` (with `passwordAlgorithm`): an encoded argon2 hash, a bcrypt hash, ' +
    'the hex SHA-1, SHA-256 or MD5 of the password, or a Legacy JSON array. Verified at sign-in, then replaced by an argon2id hash.',
);

export const passwordAlgorithmField = z
  .enum(passwordAlgorithms)
  .describe('How `passwordDigest` was made (Logto’s names). Needed with `passwordDigest`.');

/**
 * The rules across `password`, `passwordDigest` and `passwordAlgorithm`, as Logto's (an empty digest
 * counts as none, an algorithm alone is ignored), plus the digest's own format. Each issue names
 * its error code in `params.code` (http/guard.ts answers with it).
 */
export function checkPasswordDigest(
  body: { password?: string; passwordDigest?: string; passwordAlgorithm?: PasswordAlgorithm },
  ctx: z.RefinementCtx,
): void {
  const issue = combinationIssue(body);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message, params: { code: issue.code } });
}

function combinationIssue({
  password,
  passwordDigest,
  passwordAlgorithm,
}: {
  password?: string;
  passwordDigest?: string;
  passwordAlgorithm?: PasswordAlgorithm;
}): (DigestIssue & { path: string }) | undefined {
  if (!passwordDigest) return undefined;
  if (password !== undefined)
    return {
      path: 'passwordDigest',
      code: 'user.password_and_digest',
      message: 'Send either password or passwordDigest, not both.',
    };
  if (!passwordAlgorithm)
    return {
      path: 'passwordAlgorithm',
      code: 'user.password_algorithm_required',
      message: `passwordDigest needs passwordAlgorithm, one of ${passwordAlgorithms.join(', ')}.`,
    };
  const issue = passwordDigestIssue(passwordAlgorithm, passwordDigest);
  return issue && { path: 'passwordDigest', ...issue };
}
