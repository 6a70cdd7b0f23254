import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from '../storage/database.js';
import type { Database } from '../storage/schema.js';

const setupKey = 'console.setup';

/** The outcome of a change that must leave at least one Owner. */
export type OwnerGuarded = 'done' | 'not_found' | 'last_owner';

/** SQL for administrators on the admin realm's own handle: their roles, the last-Owner rule, the setup code. */
export function createAdminsStore(db: Kysely<Database>, dialect: Dialect, ownerRoleId: string) {
  /**
   * Inside `trx`: whether removing `userId` from the Owners leaves none. On PostgreSQL the Owner
   * rows are locked first, so two Owners demoting each other at once cannot both succeed; SQLite
   * runs one write transaction at a time anyway.
   */
  async function wouldLeaveNoOwner(trx: Transaction<Database>, userId: string): Promise<boolean> {
    const owners = await trx
      .selectFrom('users_roles')
      .select('user_id')
      .where('role_id', '=', ownerRoleId)
      .$if(dialect === 'postgres', (query) => query.forUpdate())
      .execute();
    const ids = owners.map((row) => row.user_id);
    return ids.includes(userId) && ids.length === 1;
  }

  return {
    /** The administrator role ids each of these users holds. */
    roleIdsOf: (userIds: readonly string[]) =>
      userIds.length === 0
        ? Promise.resolve([])
        : db.selectFrom('users_roles').select(['user_id', 'role_id']).where('user_id', 'in', userIds).execute(),

    async ownerCount(): Promise<number> {
      const row = await db
        .selectFrom('users_roles')
        .innerJoin('users', 'users.id', 'users_roles.user_id')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('users_roles.role_id', '=', ownerRoleId)
        .where('users.is_suspended', '=', 0)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Gives the user exactly `roleId` among `adminRoleIds`, unless that leaves no Owner. */
    setRole: (userId: string, roleId: string, adminRoleIds: readonly string[]): Promise<OwnerGuarded> =>
      db.transaction().execute(async (trx) => {
        const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
        if (!user) return 'not_found';
        if (roleId !== ownerRoleId && (await wouldLeaveNoOwner(trx, userId))) return 'last_owner';
        await trx
          .deleteFrom('users_roles')
          .where('user_id', '=', userId)
          .where('role_id', 'in', adminRoleIds)
          .execute();
        await trx.insertInto('users_roles').values({ user_id: userId, role_id: roleId }).execute();
        return 'done';
      }),

    /** Deletes the administrator (roles, MFA factors and identities go with the row), unless that leaves no Owner. */
    remove: (userId: string): Promise<OwnerGuarded> =>
      db.transaction().execute(async (trx) => {
        if (await wouldLeaveNoOwner(trx, userId)) return 'last_owner';
        const result = await trx.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
        return Number(result.numDeletedRows) > 0 ? 'done' : 'not_found';
      }),

    /** Replaces the setup code's record; an older link stops working. */
    async putSetup(record: { hash: string; expiresAt: number }, now: number): Promise<void> {
      const value = JSON.stringify(record);
      await db
        .insertInto('configs')
        .values({ key: setupKey, value, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
        .execute();
    },

    async readSetup(): Promise<{ value: string; record: { hash: string; expiresAt: number } } | undefined> {
      const row = await db.selectFrom('configs').select('value').where('key', '=', setupKey).executeTakeFirst();
      return row && { value: row.value, record: JSON.parse(row.value) };
    },

    /** Deletes the setup record if it is still `value`: true for exactly one of several concurrent callers. */
    async takeSetup(value: string): Promise<boolean> {
      const result = await db
        .deleteFrom('configs')
        .where('key', '=', setupKey)
        .where('value', '=', value)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async restoreSetup(value: string, now: number): Promise<void> {
      await db
        .insertInto('configs')
        .values({ key: setupKey, value, updated_at: now })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
  };
}

export type AdminsStore = ReturnType<typeof createAdminsStore>;
