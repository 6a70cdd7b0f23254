import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { CaptchaProvidersTable } from '../storage/schema-captcha.js';

export type CaptchaProviderRow = Selectable<CaptchaProvidersTable>;

/** The one CAPTCHA provider row. SQL only. */
export function createCaptchaStore(db: Kysely<Database>) {
  return {
    find: (): Promise<CaptchaProviderRow | undefined> =>
      db.selectFrom('captcha_providers').selectAll().orderBy('created_at').limit(1).executeTakeFirst(),
    /** Inserts the provider, or replaces the config of the one there is (keeping its id and creation time). */
    async upsert(row: Omit<CaptchaProviderRow, 'singleton'>): Promise<void> {
      await db
        .insertInto('captcha_providers')
        .values({ ...row, singleton: 1 })
        .onConflict((oc) =>
          oc.column('singleton').doUpdateSet({ config_sealed: row.config_sealed, updated_at: row.updated_at }),
        )
        .execute();
    },
    /** Deletes every row; answers how many there were. */
    async deleteAll(): Promise<number> {
      const result = await db.deleteFrom('captcha_providers').executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type CaptchaStore = ReturnType<typeof createCaptchaStore>;
