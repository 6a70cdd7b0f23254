import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library default) with OWASP's parameters (19 MiB, t=2, p=1). @node-rs/argon2 runs on its
 * own worker threads, so hashing never blocks the event loop.
 */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordEncryptionMethod = 'Argon2id';

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(password: string, encrypted: string): Promise<boolean> {
  try {
    return await verify(encrypted, password);
  } catch {
    return false;
  }
}

// A fixed hash to verify against when the account does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('tessera-timing-equalizer');
  await verifyPassword(password, await dummyHash);
}
