import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { ClientRecord } from '../applications/index.js';
import { createPreparedQueries } from '../storage/prepared.js';
import type { Database } from '../storage/schema.js';
import { toClientMetadata } from './client-metadata.js';

/**
 * Persists every oidc-provider model in `oidc_model_instances`. Ids of the models are
 * bearer secrets (codes, refresh tokens, session cookies), so only their SHA-256 is
 * stored; the plaintext id comes back from the caller on each lookup.
 */
// One-shot crypto.hash: no Hash object per call (every token and session lookup hashes an id).
const hashId = (id: string) => hash('sha256', id, 'base64url');

const grantable = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/**
 * An Interaction's payload repeats two bearer ids: its own (in `returnTo`, the resume URL) and
 * the browser's session cookie (`session.cookie`, which oidc-provider never reads back).
 * Neither is stored: the first is put back from the id the caller presents, the second dropped.
 */
const uidPlaceholder = ':uid';

function withoutBearerIds(name: string, id: string, payload: AdapterPayload): AdapterPayload {
  if (name !== 'Interaction') return payload;
  const { returnTo, session } = payload as { returnTo?: string; session?: Record<string, unknown> };
  const stored: AdapterPayload = { ...payload };
  if (typeof returnTo === 'string') stored.returnTo = returnTo.split(id).join(uidPlaceholder);
  if (session) {
    const { cookie: _cookie, ...rest } = session;
    stored.session = rest as AdapterPayload['session'];
  }
  return stored;
}

function withBearerIds(name: string, id: string, payload: AdapterPayload): AdapterPayload {
  if (name === 'Interaction' && typeof payload.returnTo === 'string') {
    payload.returnTo = payload.returnTo.split(uidPlaceholder).join(id);
  }
  return payload;
}

/**
 * A record found by its user code (the device flow) has no plain id to hand back (only its hash is
 * stored): it is handed out as this prefix and the stored key, which later saves and reads use as is.
 */
const storedKeyPrefix = 'stored-key:';
const keyOf = (name: string, id: string) =>
  name === 'DeviceCode' && id.startsWith(storedKeyPrefix) ? id.slice(storedKeyPrefix.length) : hashId(id);

export interface AdapterDeps {
  db: Kysely<Database>;
  findClient: (id: string) => Promise<ClientRecord | undefined>;
  now: () => number;
  /** Seconds during which a just-rotated refresh token still counts as unused (concurrent refreshes). */
  refreshTokenReuseLeeway: number;
}

export function createAdapterFactory(deps: AdapterDeps): new (name: string) => Adapter {
  const { db, now } = deps;
  const clientMetadata = new WeakMap<ClientRecord, AdapterPayload>();

  // Every token request runs these few queries: compiled once (storage/prepared.ts).
  const run = createPreparedQueries(db);

  class DatabaseAdapter implements Adapter {
    constructor(private readonly name: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const { jti, ...stripped } = withoutBearerIds(this.name, id, payload);
      // A grant's id is no bearer secret (every token of the grant names it in `grantId`): kept, so
      // the grant can be listed and revoked by it (Users and Account API `grants`).
      const rest = this.name === 'Grant' && jti ? { ...stripped, jti } : stripped;
      const key = keyOf(this.name, id);
      const row = {
        payload: JSON.stringify(rest),
        expires_at: expiresIn ? now() + expiresIn * 1000 : null,
        grant_id: grantable.has(this.name) ? (payload.grantId ?? null) : null,
        uid: payload.uid ? hashId(payload.uid) : null,
        user_code: payload.userCode ? hashId(payload.userCode) : null,
        consumed_at: null,
      };
      const values = Object.values(row);
      await run(
        'upsert',
        () =>
          db
            .insertInto('oidc_model_instances')
            .values({ model_name: this.name, id: key, ...row })
            .onConflict((oc) => oc.columns(['model_name', 'id']).doUpdateSet(row)),
        [this.name, key, ...values, ...values],
      );
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.name === 'Client') {
        // A client id from a request body may hold anything; no stored id has a NUL byte (PostgreSQL refuses one).
        if (id.includes('\0')) return undefined;
        const client = await deps.findClient(id);
        if (!client) return undefined;
        // The same record comes back from the client cache for a while: map it once.
        let metadata = clientMetadata.get(client);
        if (!metadata) {
          metadata = toClientMetadata(client) as AdapterPayload;
          clientMetadata.set(client, metadata);
        }
        return metadata;
      }
      if (this.name === 'DeviceCode' && id.startsWith(storedKeyPrefix))
        return this.findBy('id', keyOf(this.name, id), id);
      return this.findBy('id', hashId(id), id);
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.findBy('uid', hashId(uid));
    }

    findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.findBy('user_code', hashId(userCode));
    }

    private async findBy(column: 'id' | 'uid' | 'user_code', value: string, plainId?: string) {
      const result = await run(
        `find by ${column}`,
        () =>
          db
            .selectFrom('oidc_model_instances')
            .select(['id', 'payload', 'expires_at', 'consumed_at'])
            .where('model_name', '=', this.name)
            .where(column, '=', value),
        [this.name, value],
      );
      const row = result[0];
      if (!row) return undefined;
      const current = now();
      if (row.expires_at !== null && row.expires_at <= current) return undefined;
      const payload = JSON.parse(row.payload) as AdapterPayload;
      if (column === 'user_code') payload.jti = `${storedKeyPrefix}${row.id}`;
      if (plainId) {
        payload.jti = plainId;
        withBearerIds(this.name, plainId, payload);
      }
      if (row.consumed_at !== null) {
        const leeway = this.name === 'RefreshToken' ? deps.refreshTokenReuseLeeway * 1000 : 0;
        if (current - row.consumed_at >= leeway) payload.consumed = Math.floor(row.consumed_at / 1000);
      }
      return payload;
    }

    async consume(id: string): Promise<void> {
      const at = now();
      const key = keyOf(this.name, id);
      await run(
        'consume',
        () =>
          db
            .updateTable('oidc_model_instances')
            .set({ consumed_at: at })
            .where('model_name', '=', this.name)
            .where('id', '=', key)
            .where('consumed_at', 'is', null),
        [at, this.name, key],
      );
    }

    async destroy(id: string): Promise<void> {
      await db
        .deleteFrom('oidc_model_instances')
        .where('model_name', '=', this.name)
        .where('id', '=', keyOf(this.name, id))
        .execute();
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db.deleteFrom('oidc_model_instances').where('grant_id', '=', grantId).execute();
    }
  }

  return DatabaseAdapter;
}

/** Deletes expired rows; run on a timer by every node (idempotent). */
export async function deleteExpiredModels(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('oidc_model_instances').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
