import type { JSONWebKeySet, JWK } from 'jose';
import type { Kysely } from 'kysely';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import type { Database } from '../storage/schema.js';
import { nextActivation, signingKeyIndex } from './key-schedule.js';
import {
  type CookieKey,
  loadCookieKeys,
  loadSigningKeys,
  rotateCookieKeys,
  rotateSigningKeys,
  type StoredKey,
  signingKeysVersion,
  updateCookieKeys,
  updateSigningKeys,
} from './keys.js';

export interface ProviderKeys {
  /** The signing key first: oidc-provider signs with the first key of an alg; the rest verify. */
  signingKeys: JWK[];
  cookieKeys: string[];
}

export interface LiveProviderDeps {
  db: Kysely<Database>;
  box: SecretBox;
  clock: () => number;
  logger: Logger;
  /** How long a rotated key is published before it signs (TESSERA_KEY_ACTIVATION_DELAY_SECONDS). */
  activationDelayMs: number;
  build: (keys: ProviderKeys) => Provider;
  /** After a change to the keys: other nodes reload them. */
  onChange?: () => void;
}

/**
 * The provider every request uses. It is rebuilt when a rotation reaches the database (the
 * polled `reloadIfRotated`) and, on every node alike, at the instant a staged key activates.
 */
export function createLiveProvider(deps: LiveProviderDeps) {
  const { db, box, clock, logger } = deps;
  let stored: StoredKey[] = [];
  let cookieKeys: string[] = [];
  let version: number | undefined;
  let provider: Provider | undefined;
  let publicKeys: JSONWebKeySet = { keys: [] };
  let signingKid: string | undefined;
  let switchAt: number | undefined;

  function assemble(now: number): void {
    const signing = signingKeyIndex(stored, now);
    const ordered = [stored[signing] as StoredKey, ...stored.filter((_, index) => index !== signing)];
    provider = deps.build({ signingKeys: ordered.map((key) => key.jwk), cookieKeys });
    // Pending keys are published too: resource servers must know a key before it signs.
    publicKeys = {
      keys: ordered.map(({ jwk }) => {
        const { d: _d, ...publicJwk } = jwk;
        return publicJwk;
      }),
    };
    const kid = ordered[0]?.id;
    if (signingKid !== undefined && signingKid !== kid) logger.info({ kid }, 'signing key activated');
    signingKid = kid;
    switchAt = nextActivation(stored, now);
  }

  async function load(): Promise<void> {
    // The version first: a rotation landing in between is then picked up by the next check.
    version = await signingKeysVersion(db);
    [stored, cookieKeys] = await Promise.all([loadSigningKeys(db, box), loadCookieKeys(db, box)]);
    // A first start just created the keys: no need to reload them at the next check.
    version ??= await signingKeysVersion(db);
    assemble(clock());
  }

  async function changed(): Promise<void> {
    await load();
    deps.onChange?.();
  }

  function current(): Provider {
    // No database round trip: every node switches at the activation time by its own clock.
    if (switchAt !== undefined && clock() >= switchAt) assemble(clock());
    return provider as Provider;
  }

  return {
    load,
    current,
    publicJwks(): JSONWebKeySet {
      current();
      return publicKeys;
    },
    async reloadIfRotated(): Promise<boolean> {
      if ((await signingKeysVersion(db)) === version) return false;
      await load();
      return true;
    },
    /**
     * Adds a key that signs once every node has had time to publish it; `immediately` is for
     * a compromised key, accepting that verifiers holding an older JWKS reject the new tokens
     * until they fetch it again.
     */
    async rotate(options: { immediately?: boolean } = {}): Promise<{ keys: StoredKey[]; activatesAt: number }> {
      const now = clock();
      const activatesAt = options.immediately ? now : now + deps.activationDelayMs;
      const keys = await rotateSigningKeys(db, box, activatesAt, now);
      await changed();
      return { keys, activatesAt };
    },
    /**
     * Stops publishing a key (a compromised one): tokens it signed stop verifying once verifiers
     * fetch the JWKS again. The key signing now cannot go; rotate with `immediately` first.
     */
    async retire(kid: string): Promise<StoredKey[]> {
      const keys = await updateSigningKeys(db, box, (current) => {
        const index = current.findIndex((key) => key.id === kid);
        if (index === -1)
          throw new RequestError('entity.not_found', 404, { message: `There is no signing key ${kid}.` });
        if (index === signingKeyIndex(current, clock())) {
          throw new RequestError('keys.signing_key_in_use', 400, {
            message: 'This key signs tokens now; rotate with --now first, then retire it.',
          });
        }
        return current.filter((key) => key.id !== kid);
      });
      await changed();
      return keys;
    },
    /** A new cookie key signs at once; the previous ones still verify the cookies they signed. */
    async rotateCookieKeys(): Promise<CookieKey[]> {
      const keys = await rotateCookieKeys(db, box, clock());
      await changed();
      return keys;
    },
    /** Drops a cookie key other than the signing one (the first). */
    async retireCookieKey(id: string): Promise<CookieKey[]> {
      const keys = await updateCookieKeys(db, box, (current) => {
        const index = current.findIndex((key) => key.id === id);
        if (index === -1) throw new RequestError('entity.not_found', 404, { message: `There is no cookie key ${id}.` });
        if (current.length === 1) throw new RequestError('oidc.key_required', 422);
        if (index === 0) throw new RequestError('oidc.only_previous_key_can_be_deleted', 422);
        return current.filter((key) => key.id !== id);
      });
      await changed();
      return keys;
    },
  };
}
