import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { CustomProfileFieldsTable } from '../storage/schema-customization.js';

export type CustomProfileFieldRow = Selectable<CustomProfileFieldsTable>;

/** Custom profile fields, unique by name, listed in sign-in experience order. SQL only. */
export function createCustomProfileFieldsStore(db: Kysely<Database>) {
  return {
    list: () => db.selectFrom('custom_profile_fields').selectAll().orderBy('sie_order').orderBy('created_at').execute(),
    find: (name: string) =>
      db.selectFrom('custom_profile_fields').selectAll().where('name', '=', name).executeTakeFirst(),
    async maxOrder(): Promise<number> {
      const row = await db
        .selectFrom('custom_profile_fields')
        .select((eb) => eb.fn.max('sie_order').as('max'))
        .executeTakeFirst();
      return Number(row?.max ?? 0);
    },
    async insert(rows: CustomProfileFieldRow[]): Promise<void> {
      await db.insertInto('custom_profile_fields').values(rows).execute();
    },
    async update(name: string, changes: Partial<CustomProfileFieldRow>): Promise<boolean> {
      const result = await db
        .updateTable('custom_profile_fields')
        .set(changes)
        .where('name', '=', name)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async remove(name: string): Promise<boolean> {
      const result = await db.deleteFrom('custom_profile_fields').where('name', '=', name).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type CustomProfileFieldsStore = ReturnType<typeof createCustomProfileFieldsStore>;
