import type { Kysely } from 'kysely';
import { rewriteConfigRow } from '../storage/config-rows.js';
import type { Database } from '../storage/schema.js';

/** Plain JSON rows of `configs` (no secrets: those are sealed elsewhere); no rules here. */
export function createConfigsStore(db: Kysely<Database>) {
  return {
    async read<T>(key: string): Promise<T | undefined> {
      const row = await db.selectFrom('configs').select('value').where('key', '=', key).executeTakeFirst();
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    /** Rewrites a row in one transaction from what it held; answers the new value. */
    async write<T>(key: string, change: (current: T | undefined) => T): Promise<T> {
      let value: T | undefined;
      await rewriteConfigRow(db, key, (current) => {
        value = change(current === undefined ? undefined : (JSON.parse(current) as T));
        return JSON.stringify(value);
      });
      return value as T;
    },
  };
}
export type ConfigsStore = ReturnType<typeof createConfigsStore>;
