import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/** The one settings row ('default'), its fields kept as one JSON document. */
export function createSignInExperienceStore(db: Kysely<Database>) {
  return {
    async find(id: string): Promise<Record<string, unknown> | undefined> {
      const row = await db.selectFrom('sign_in_experiences').select('data').where('id', '=', id).executeTakeFirst();
      return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
    },

    async save(id: string, data: Record<string, unknown>, now: number): Promise<void> {
      const values = { data: JSON.stringify(data), updated_at: now };
      await db
        .insertInto('sign_in_experiences')
        .values({ id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    },
  };
}

export type SignInExperienceStore = ReturnType<typeof createSignInExperienceStore>;
