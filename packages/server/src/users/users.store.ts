import { type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database, UsersTable } from '../storage/schema.js';
import { matchesAny } from '../storage/text-search.js';
import type { UserFilter } from './users.schemas.js';

export type UserRow = Selectable<UsersTable>;

/** A LIKE pattern matching the text as given (both dialects escape with a backslash). */
const literalLike = (value: string) => `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

type UsersQuery<O> = SelectQueryBuilder<Database, 'users', O>;

const searchColumns = ['id', 'username', 'primary_email', 'primary_phone', 'name'];

function filtered<O>(query: UsersQuery<O>, filter: UserFilter): UsersQuery<O> {
  let result = query;
  const { search } = filter;
  if (search) result = result.where((eb) => matchesAny(eb, searchColumns, search));
  for (const [roleId, op] of [
    [filter.roleId, 'in'],
    [filter.excludeRoleId, 'not in'],
  ] as const) {
    if (roleId === undefined) continue;
    result = result.where((eb) =>
      eb('id', op, eb.selectFrom('users_roles').select('user_id').where('role_id', '=', roleId)),
    );
  }
  return result;
}

/** SQL for users; no rules here. */
export function createUsersStore(db: Kysely<Database>) {
  return {
    findById: (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    findByIdentifier: (column: 'username' | 'primary_email' | 'primary_phone', value: string) =>
      db.selectFrom('users').selectAll().where(column, '=', value).executeTakeFirst(),
    /**
     * Users whose `identities` JSON holds `"userId":<id>` somewhere; the caller parses them to
     * check the target. Plain text matching works the same on both dialects (no JSON operators).
     */
    findByIdentityText: (identityId: string) =>
      db
        .selectFrom('users')
        .selectAll()
        .where(sql<SqlBool>`identities like ${literalLike(`"userId":${JSON.stringify(identityId)}`)} escape '\\'`)
        .execute(),
    /** Inserts the user and gives them every default role of type User, in one transaction. */
    insert: (row: UserRow) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('users').values(row).execute();
        await trx
          .insertInto('users_roles')
          .columns(['user_id', 'role_id'])
          .expression((eb) =>
            eb
              .selectFrom('roles')
              .select((inner) => [inner.val(row.id).as('user_id'), 'id'])
              .where('is_default', '=', 1)
              .where('type', '=', 'User'),
          )
          .execute();
      }),
    update: (id: string, changes: Partial<UserRow>) =>
      db.updateTable('users').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    delete: async (id: string) => {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    list: (filter: UserFilter, page: { offset: number; limit: number }) =>
      filtered(db.selectFrom('users').selectAll(), filter)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .offset(page.offset)
        .limit(page.limit)
        .execute(),
    count: async (filter: UserFilter) => {
      const row = await filtered(
        db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')),
        filter,
      ).executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

export type UsersStore = ReturnType<typeof createUsersStore>;
