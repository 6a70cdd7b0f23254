import type { Kysely } from 'kysely';
import { rewriteConfigRow } from '../storage/config-rows.js';
import type { Database } from '../storage/schema.js';
import type { JwtCustomizerKey } from './jwt-customizer.schemas.js';

export interface StoredJwtCustomizer {
  /** The config as JSON, environment values sealed. */
  value: string;
  /** The config's version: strictly increases on every write. */
  updatedAt: number;
}

/** SQL of the customizer configs, rows of `configs` keyed `jwt.accessToken` / `jwt.clientCredentials`. */
export function createJwtCustomizerStore(db: Kysely<Database>) {
  return {
    async find(key: JwtCustomizerKey): Promise<StoredJwtCustomizer | undefined> {
      const row = await db
        .selectFrom('configs')
        .select(['value', 'updated_at'])
        .where('key', '=', key)
        .executeTakeFirst();
      return row && { value: row.value, updatedAt: Number(row.updated_at) };
    },
    /** Writes the value; answers whether the row was new. `change` sees the stored value (or none). */
    upsert: (key: JwtCustomizerKey, change: (current: string | undefined) => string) =>
      rewriteConfigRow(db, key, change),
    async delete(key: JwtCustomizerKey): Promise<boolean> {
      const result = await db.deleteFrom('configs').where('key', '=', key).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type JwtCustomizerStore = ReturnType<typeof createJwtCustomizerStore>;
