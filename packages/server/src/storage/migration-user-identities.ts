import type { Kysely, Migration } from 'kysely';

/**
 * 0008: one row per social identity, its (target, provider user id) the primary key, so two
 * users can never hold the same identity even when two sign-ups race; and each user's
 * `logto_config` (Logto's per-user experience settings, `{ mfa: { skipped } }`) in its own table. The identities
 * already kept in `users.identities` are copied over (a duplicate keeps the first holder).
 */
export const userIdentitiesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('user_social_identities')
      .addColumn('target', 'varchar(128)', (c) => c.notNull())
      .addColumn('identity_id', 'varchar(256)', (c) => c.notNull())
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_social_identities_pk', ['target', 'identity_id'])
      .execute();
    await db.schema
      .createIndex('user_social_identities_user_id')
      .on('user_social_identities')
      .column('user_id')
      .execute();
    await db.schema
      .createTable('user_logto_configs')
      .addColumn('user_id', 'varchar(21)', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    const users = await db
      .selectFrom('users')
      .select(['id', 'identities', 'created_at'])
      .orderBy('created_at')
      .execute();
    for (const user of users) {
      const identities = JSON.parse(String(user.identities)) as Record<string, { userId?: unknown } | undefined>;
      for (const [target, identity] of Object.entries(identities)) {
        if (typeof identity?.userId !== 'string') continue;
        await db
          .insertInto('user_social_identities')
          .values({ target, identity_id: identity.userId, user_id: user.id, created_at: Number(user.created_at) })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
  },
};
