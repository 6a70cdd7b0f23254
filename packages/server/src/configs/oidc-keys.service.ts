import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import { signingKeyIndex } from '../oidc/key-schedule.js';
import { type CookieKey, loadCookieKeyRecords, loadSigningKeys, type StoredKey } from '../oidc/keys.js';
import type { Database } from '../storage/schema.js';
import type { OidcKey, OidcKeyType } from './configs.schemas.js';

/** What the live provider does with keys (oidc/live-provider.ts). */
export interface LiveKeys {
  rotate(options?: { immediately?: boolean }): Promise<{ keys: StoredKey[] }>;
  retire(kid: string): Promise<StoredKey[]>;
  rotateCookieKeys(): Promise<CookieKey[]>;
  retireCookieKey(id: string): Promise<CookieKey[]>;
}

const describeSigningKeys = (keys: StoredKey[], now: number): OidcKey[] => {
  const signing = signingKeyIndex(keys, now);
  return keys.map((key, index) => ({
    id: key.id,
    createdAt: key.createdAt,
    signingKeyAlgorithm: 'EC',
    status: index === signing ? 'Current' : index < signing ? 'Next' : 'Previous',
    activatesAt: key.activatesAt ?? key.createdAt,
  }));
};

const describeCookieKeys = (keys: CookieKey[]): OidcKey[] => keys.map(({ id, createdAt }) => ({ id, createdAt }));

/**
 * Logto's `/api/configs/oidc/:keyType`: the signing keys and cookie keys by id and date, never
 * their material. Rotating signing keys is Tessera's staged rotation (the new key is published
 * at once and signs once every node has loaded it); only EC (ES256) keys are made.
 */
export function createOidcKeysService(deps: {
  db: Kysely<Database>;
  box: SecretBox;
  clock: () => number;
  live: LiveKeys;
}) {
  const { db, box, clock, live } = deps;
  return {
    async list(type: OidcKeyType): Promise<OidcKey[]> {
      return type === 'private-keys'
        ? describeSigningKeys(await loadSigningKeys(db, box), clock())
        : describeCookieKeys(await loadCookieKeyRecords(db, box));
    },

    async rotate(type: OidcKeyType, algorithm: 'RSA' | 'EC' = 'EC'): Promise<OidcKey[]> {
      if (type === 'cookie-keys') return describeCookieKeys(await live.rotateCookieKeys());
      if (algorithm !== 'EC')
        throw new RequestError('oidc.unsupported_signing_key_algorithm', 400, {
          message: 'Tessera signs with EC (ES256) keys only.',
        });
      return describeSigningKeys((await live.rotate()).keys, clock());
    },

    async remove(type: OidcKeyType, id: string): Promise<void> {
      if (type === 'cookie-keys') {
        await live.retireCookieKey(id);
        return;
      }
      const keys = describeSigningKeys(await loadSigningKeys(db, box), clock());
      const key = keys.find((entry) => entry.id === id);
      if (!key) throw new RequestError('entity.not_found', 404, { message: `There is no signing key ${id}.` });
      if (keys.length === 1) throw new RequestError('oidc.key_required', 422);
      if (key.status !== 'Previous') throw new RequestError('oidc.only_previous_key_can_be_deleted', 422);
      await live.retire(id);
    },
  };
}
export type OidcKeysService = ReturnType<typeof createOidcKeysService>;
