import { createHash, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import { rewriteConfigRow } from '../storage/config-rows.js';
import type { Database } from '../storage/schema.js';
import { keysToKeep } from './key-schedule.js';

/**
 * Signing keys and cookie keys live in `configs`, sealed with the master key, so every
 * node on the database signs and verifies with the same set and a restart keeps them.
 *
 * ES256: the cheapest signature the Logto SDKs, openid-client and Auth.js all accept
 * (about twice as fast as RS256 and five times ES384 on this class of machine).
 */
export const signingAlg = 'ES256';

const privateKeysKey = 'oidc.privateKeys';
const cookieKeysKey = 'oidc.cookieKeys';

export interface StoredKey {
  id: string;
  createdAt: number;
  /** When it starts signing (published before); absent on keys from before staged rotation. */
  activatesAt?: number;
  jwk: JWK;
}

async function newSigningKey(): Promise<StoredKey> {
  // The kid is the key's thumbprint (RFC 7638). One in 64 starts with "-", which a shell command
  // line reads as an option (`tessera keys retire -abc…`); such a key is drawn again.
  for (;;) {
    const { privateKey } = await generateKeyPair(signingAlg, { extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(jwk);
    if (!kid.startsWith('-'))
      return { id: kid, createdAt: Date.now(), jwk: { ...jwk, kid, alg: signingAlg, use: 'sig' } };
  }
}

async function readSealed<T>(db: Kysely<Database>, box: SecretBox, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('configs').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(box.open(row.value)) as T) : undefined;
}

/** Insert-if-absent, then read back: concurrent first starts agree on one value. */
async function readOrCreate<T>(
  db: Kysely<Database>,
  box: SecretBox,
  key: string,
  create: () => Promise<T>,
): Promise<T> {
  const existing = await readSealed<T>(db, box, key);
  if (existing) return existing;
  await db
    .insertInto('configs')
    .values({ key, value: box.seal(JSON.stringify(await create())), updated_at: Date.now() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await readSealed<T>(db, box, key)) as T;
}

export function loadSigningKeys(db: Kysely<Database>, box: SecretBox): Promise<StoredKey[]> {
  return readOrCreate(db, box, privateKeysKey, async () => [await newSigningKey()]);
}

/** A cookie signing key; the first signs, the rest still verify. Stored before ids existed, a key is a bare string. */
export interface CookieKey {
  id: string;
  value: string;
  createdAt: number;
}
type StoredCookieKey = string | CookieKey;

const newCookieKey = (now: number): CookieKey => ({
  id: randomBytes(12).toString('base64url'),
  value: randomBytes(32).toString('base64url'),
  createdAt: now,
});

/** Bare strings get an id from their hash (never the key itself) and no known creation time. */
const asCookieKey = (key: StoredCookieKey): CookieKey =>
  typeof key === 'string'
    ? { id: createHash('sha256').update(key).digest('base64url').slice(0, 16), value: key, createdAt: 0 }
    : key;

export async function loadCookieKeyRecords(db: Kysely<Database>, box: SecretBox): Promise<CookieKey[]> {
  const stored = await readOrCreate<StoredCookieKey[]>(db, box, cookieKeysKey, async () => [newCookieKey(Date.now())]);
  return stored.map(asCookieKey);
}

export async function loadCookieKeys(db: Kysely<Database>, box: SecretBox): Promise<string[]> {
  return (await loadCookieKeyRecords(db, box)).map((key) => key.value);
}

/**
 * Rewrites a sealed key list in one transaction; `change` sees the stored list (read with
 * `parse`) and may throw to refuse. The version strictly increases, so running nodes notice every change.
 */
async function rewriteSealedList<T>(
  db: Kysely<Database>,
  box: SecretBox,
  key: string,
  parse: (stored: unknown[]) => T[],
  change: (current: T[]) => T[],
): Promise<T[]> {
  let keys: T[] = [];
  await rewriteConfigRow(db, key, (current) => {
    keys = change(current ? parse(JSON.parse(box.open(current)) as unknown[]) : []);
    return box.seal(JSON.stringify(keys));
  });
  return keys;
}

/** Rewrites the cookie key list in one transaction; `change` may throw to refuse. */
export function updateCookieKeys(
  db: Kysely<Database>,
  box: SecretBox,
  change: (current: CookieKey[]) => CookieKey[],
): Promise<CookieKey[]> {
  return rewriteSealedList(db, box, cookieKeysKey, (stored) => (stored as StoredCookieKey[]).map(asCookieKey), change);
}

/** Cookie keys kept besides the signing one, so cookies they signed (sessions) stay valid. */
const previousCookieKeysKept = 2;

/** Puts a new cookie key first: it signs at once, the previous ones still verify. */
export function rotateCookieKeys(db: Kysely<Database>, box: SecretBox, now: number): Promise<CookieKey[]> {
  return updateCookieKeys(db, box, (current) => [newCookieKey(now), ...current].slice(0, 1 + previousCookieKeysKept));
}

/** Rewrites the signing key list in one transaction; `change` may throw to refuse. */
export function updateSigningKeys(
  db: Kysely<Database>,
  box: SecretBox,
  change: (current: StoredKey[]) => StoredKey[],
): Promise<StoredKey[]> {
  return rewriteSealedList(db, box, privateKeysKey, (stored) => stored as StoredKey[], change);
}

/**
 * Puts a new key first, signing from `activatesAt` on (see key-schedule.ts), and keeps the
 * previous ones in the JWKS so tokens they signed stay valid until they expire.
 */
export async function rotateSigningKeys(
  db: Kysely<Database>,
  box: SecretBox,
  activatesAt: number,
  now: number,
): Promise<StoredKey[]> {
  const fresh = { ...(await newSigningKey()), activatesAt };
  return updateSigningKeys(db, box, (current) => keysToKeep([fresh, ...current], now));
}

/** A cheap fingerprint of the key sets (signing and cookie keys), so running nodes notice a rotation. */
export async function signingKeysVersion(db: Kysely<Database>): Promise<number | undefined> {
  const rows = await db
    .selectFrom('configs')
    .select('updated_at')
    .where('key', 'in', [privateKeysKey, cookieKeysKey])
    .execute();
  return rows.length === 0 ? undefined : rows.reduce((sum, row) => sum + Number(row.updated_at), 0);
}
