import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { CustomPhrasesTable } from '../storage/schema-customization.js';

export type CustomPhraseRow = Selectable<CustomPhrasesTable>;

/** Custom phrases, one row per language tag. SQL only. */
export function createCustomPhrasesStore(db: Kysely<Database>) {
  return {
    list: () => db.selectFrom('custom_phrases').selectAll().orderBy('language_tag').execute(),
    async tags(): Promise<string[]> {
      const rows = await db.selectFrom('custom_phrases').select('language_tag').execute();
      return rows.map((row) => row.language_tag);
    },
    find: (tag: string) =>
      db.selectFrom('custom_phrases').selectAll().where('language_tag', '=', tag).executeTakeFirst(),
    /** Insert or replace the translation of a language, in one statement (concurrent writes never conflict). */
    async upsert(row: CustomPhraseRow): Promise<void> {
      await db
        .insertInto('custom_phrases')
        .values(row)
        .onConflict((oc) =>
          oc.column('language_tag').doUpdateSet({ translation: row.translation, updated_at: row.updated_at }),
        )
        .execute();
    },
    async remove(tag: string): Promise<boolean> {
      const result = await db.deleteFrom('custom_phrases').where('language_tag', '=', tag).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type CustomPhrasesStore = ReturnType<typeof createCustomPhrasesStore>;
