import type { Kysely, Migration } from 'kysely';

/**
 * 0009: lockout counters, one row per target and action, incremented with a single upsert that
 * returns the new count (atomic on SQLite and PostgreSQL). They replace the per-failure rows,
 * which were counted before they were written and so let concurrent attempts through.
 */
export const sentinelCountersMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('sentinel_counters')
      .addColumn('target', 'varchar(256)', (c) => c.notNull())
      .addColumn('action', 'varchar(64)', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('sentinel_counters_pk', ['target', 'action'])
      .execute();
    await db.schema.createIndex('sentinel_counters_expires_at').on('sentinel_counters').column('expires_at').execute();
    await db.schema.dropTable('sentinel_activities').execute();
  },
};
