import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  PostgresAdapter,
  type Selectable,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import { createPreparedQueries } from '../storage/prepared.js';
import type { Database, UsersTable } from '../storage/schema.js';
import { likeMatch } from '../storage/text-search.js';
import type { UserSearch, UserSearchCondition, UserSearchField } from './user-search.js';
import type { UserFilter } from './users.schemas.js';

/** The transaction a user is inserted in, handed to what must commit with it. */
export type UsersTransaction = Kysely<Database>;

export type UserRow = Selectable<UsersTable>;

/** A social identity: the connector target and the user's id at the provider. */
export interface SocialIdentityKey {
  target: string;
  identityId: string;
}

type UsersQuery<O> = SelectQueryBuilder<Database, 'users', O>;

const columnOf: Record<UserSearchField, string> = {
  id: 'id',
  username: 'username',
  primaryEmail: 'primary_email',
  primaryPhone: 'primary_phone',
  name: 'name',
};
type Dialect = 'sqlite' | 'postgres';

/** One search condition on one column; every value is a bound parameter. */
function columnMatch(
  column: string,
  { mode, values }: UserSearchCondition,
  isCaseSensitive: boolean,
  dialect: Dialect,
): Expression<SqlBool> {
  const [value = ''] = values;
  const ref = sql.ref(column);
  switch (mode) {
    case 'exact':
      return isCaseSensitive
        ? sql<SqlBool>`${ref} in (${sql.join(values)})`
        : sql<SqlBool>`lower(${ref}) in (${sql.join(values.map((item) => item.toLowerCase()))})`;
    case 'like':
      return likeMatch(column, value, { caseSensitive: isCaseSensitive, dialect });
    // PostgreSQL only (parseUserSearch refuses them on SQLite); a malformed pattern is a 400.
    case 'similar_to':
      return sql<SqlBool>`${ref} similar to ${value}`;
    case 'posix':
      return isCaseSensitive ? sql<SqlBool>`${ref} ~ ${value}` : sql<SqlBool>`${ref} ~* ${value}`;
  }
}

function searchMatch(eb: ExpressionBuilder<Database, 'users'>, search: UserSearch, dialect: Dialect) {
  const parts = search.conditions.map((condition) => {
    const fields = condition.field === undefined ? Object.values(columnOf) : [columnOf[condition.field]];
    return eb.or(fields.map((column) => columnMatch(column, condition, search.isCaseSensitive, dialect)));
  });
  return search.joint === 'and' ? eb.and(parts) : eb.or(parts);
}

function filtered<O>(query: UsersQuery<O>, filter: UserFilter, dialect: Dialect): UsersQuery<O> {
  let result = query;
  const search: UserSearch | undefined =
    typeof filter.search === 'string'
      ? filter.search
        ? { conditions: [{ mode: 'like', values: [filter.search] }], joint: 'or', isCaseSensitive: false }
        : undefined
      : filter.search;
  if (search) result = result.where((eb) => searchMatch(eb, search, dialect));
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
  const prepared = createPreparedQueries(db);
  const dialect: Dialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  return {
    dialect,
    /** On every user info and token request (findAccount): prepared. */
    findById: async (id: string) =>
      (await prepared('users.findById', () => db.selectFrom('users').selectAll().where('id', '=', id), [id]))[0],
    findByIdentifier: (column: 'username' | 'primary_email' | 'primary_phone', value: string) =>
      db.selectFrom('users').selectAll().where(column, '=', value).executeTakeFirst(),
    /** The holder of a social identity (the unique index of `user_social_identities`). */
    findBySocialIdentity: (target: string, identityId: string) =>
      db
        .selectFrom('users')
        .innerJoin('user_social_identities as i', 'i.user_id', 'users.id')
        .selectAll('users')
        .where('i.target', '=', target)
        .where('i.identity_id', '=', identityId)
        .executeTakeFirst(),
    /**
     * Inserts the user with their social identities and gives them every default role of type
     * User, in one transaction: an identity another user holds fails it as a unique violation.
     */
    insert: (
      row: UserRow,
      identities: SocialIdentityKey[] = [],
      alsoWithin?: (trx: UsersTransaction) => Promise<unknown>,
    ) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('users').values(row).execute();
        for (const { target, identityId } of identities)
          await trx
            .insertInto('user_social_identities')
            .values({ target, identity_id: identityId, user_id: row.id, created_at: row.created_at })
            .execute();
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
        // E.g. the webhook outbox row of `User.Created`: committed with the user or not at all.
        await alsoWithin?.(trx);
      }),
    /**
     * Bulk import: every user of the batch and their default roles in one transaction, so the
     * batch is in or out as a whole. One multi-row insert per table keeps 100,000 rows quick.
     */
    insertMany: (rows: UserRow[], alsoWithin?: (trx: UsersTransaction) => Promise<unknown>) =>
      db.transaction().execute(async (trx) => {
        if (rows.length === 0) return;
        await trx.insertInto('users').values(rows).execute();
        const defaults = await trx
          .selectFrom('roles')
          .select('id')
          .where('is_default', '=', 1)
          .where('type', '=', 'User')
          .execute();
        if (defaults.length > 0)
          await trx
            .insertInto('users_roles')
            .values(rows.flatMap((row) => defaults.map((role) => ({ user_id: row.id, role_id: role.id }))))
            .execute();
        await alsoWithin?.(trx);
      }),
    /** Export: the next page after `afterId` in id order (keyset pagination, never OFFSET). */
    listAfter: (afterId: string | undefined, limit: number) => {
      const query = db.selectFrom('users').selectAll().orderBy('id').limit(limit);
      return (afterId === undefined ? query : query.where('id', '>', afterId)).execute();
    },
    /**
     * Gives the user this identity (replacing their earlier one of the target) and applies the
     * changes, in one transaction. False, with nothing changed, when another user holds it.
     */
    linkIdentity: (id: string, key: SocialIdentityKey, changes: Partial<UserRow>, now: number) =>
      db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('user_social_identities')
          .where('user_id', '=', id)
          .where('target', '=', key.target)
          .where('identity_id', '!=', key.identityId)
          .execute();
        await trx
          .insertInto('user_social_identities')
          .values({ target: key.target, identity_id: key.identityId, user_id: id, created_at: now })
          .onConflict((oc) => oc.columns(['target', 'identity_id']).doNothing())
          .execute();
        const holder = await trx
          .selectFrom('user_social_identities')
          .select('user_id')
          .where('target', '=', key.target)
          .where('identity_id', '=', key.identityId)
          .executeTakeFirst();
        if (holder?.user_id !== id) return false;
        await trx.updateTable('users').set(changes).where('id', '=', id).execute();
        return true;
      }),
    /** Takes the user's identity of `target` away and applies the changes, in one transaction. */
    unlinkIdentity: (id: string, target: string, changes: Partial<UserRow>) =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom('user_social_identities').where('user_id', '=', id).where('target', '=', target).execute();
        await trx.updateTable('users').set(changes).where('id', '=', id).execute();
      }),
    /** Logto's `logto_config` of a user (JSON text), if any was saved. */
    findLogtoConfig: async (id: string) =>
      (await db.selectFrom('user_logto_configs').select('data').where('user_id', '=', id).executeTakeFirst())?.data,
    saveLogtoConfig: (id: string, data: string, now: number) =>
      db
        .insertInto('user_logto_configs')
        .values({ user_id: id, data, updated_at: now })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ data, updated_at: now }))
        .execute(),
    update: (id: string, changes: Partial<UserRow>) =>
      db.updateTable('users').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    /** Compare-and-set: replaces the password only while the row still holds `digest`. */
    replacePasswordDigest: async (id: string, digest: string, changes: Partial<UserRow>) => {
      const result = await db
        .updateTable('users')
        .set(changes)
        .where('id', '=', id)
        .where('password_encrypted', '=', digest)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    delete: async (id: string) => {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    list: (filter: UserFilter, page: { offset: number; limit: number }) =>
      filtered(db.selectFrom('users').selectAll(), filter, dialect)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .offset(page.offset)
        .limit(page.limit)
        .execute(),
    count: async (filter: UserFilter) => {
      const row = await filtered(
        db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')),
        filter,
        dialect,
      ).executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

export type UsersStore = ReturnType<typeof createUsersStore>;
