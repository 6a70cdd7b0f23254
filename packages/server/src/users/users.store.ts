import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../storage/schema.js';

export type UserRow = Selectable<UsersTable>;

export type UserSearch = { text?: string; offset: number; limit: number };

/** SQL for users; no rules here. */
export function createUsersStore(db: Kysely<Database>) {
  const searchable = (text: string | undefined) => (qb: any) =>
    text
      ? qb.where((eb: any) =>
          eb.or(
            ['id', 'username', 'primary_email', 'primary_phone', 'name'].map((column) =>
              eb(eb.fn('lower', [eb.ref(column)]), 'like', `%${text.toLowerCase()}%`),
            ),
          ),
        )
      : qb;

  return {
    findById: (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    findByIdentifier: (column: 'username' | 'primary_email' | 'primary_phone', value: string) =>
      db.selectFrom('users').selectAll().where(column, '=', value).executeTakeFirst(),
    insert: (row: UserRow) => db.insertInto('users').values(row).execute(),
    update: (id: string, changes: Partial<UserRow>) =>
      db.updateTable('users').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    delete: async (id: string) => {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    search: ({ text, offset, limit }: UserSearch) =>
      searchable(text)(db.selectFrom('users').selectAll())
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .offset(offset)
        .limit(limit)
        .execute() as Promise<UserRow[]>,
    count: async (text?: string) => {
      const row = await searchable(text)(
        db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')),
      ).executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

export type UsersStore = ReturnType<typeof createUsersStore>;
