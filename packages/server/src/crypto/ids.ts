import { createHmac, randomBytes, randomFillSync } from 'node:crypto';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Random bytes drawn from one buffer refilled by the CSPRNG when used up: every token request
 * writes an audit entry with a new id, and a call into OpenSSL per id cost more than the id.
 * Each byte is handed out once.
 */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
function randomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++] as number;
}

/** Random, URL-safe, lowercase ids; rejection sampling keeps the distribution uniform. */
export function generateId(length = 21): string {
  let id = '';
  while (id.length < length) {
    const byte = randomByte();
    if (byte < 252) id += alphabet[byte % 36];
  }
  return id;
}

export const generateUserId = () => generateId(12);

/** 32-character secrets (about 165 bits), as Logto issues them. */
export function generateSecret(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let secret = '';
  while (secret.length < 32) {
    for (const byte of randomBytes(64)) {
      if (byte < 248) secret += chars[byte % 62];
      if (secret.length === 32) break;
    }
  }
  return secret;
}

/**
 * A stable id for `label` under a random secret `key` (same alphabet and length as the random
 * ones): a resumed import gives a re-run row the id it got before, so it is recognised.
 */
export function deriveId(key: string, label: string, length = 12): string {
  let id = '';
  for (let round = 0; id.length < length; round++) {
    for (const byte of createHmac('sha256', key).update(`${round}:${label}`).digest()) {
      if (byte < 252) id += alphabet[byte % 36];
      if (id.length === length) break;
    }
  }
  return id;
}
