import type { Kysely, Migration } from 'kysely';

/**
 * 0012: webhooks and their delivery outbox. A delivery row is written in the transaction of the
 * change that caused it (or right after, see docs/webhooks.md) and claimed by one node at a time
 * through `claimed_until`, so several nodes on one database share the work.
 */
export const hooksMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('hooks')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('event', 'varchar(64)')
      .addColumn('events', 'text', (c) => c.notNull())
      .addColumn('config', 'text', (c) => c.notNull())
      .addColumn('signing_key_encrypted', 'text', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('hook_deliveries')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('hook_id', 'varchar(21)', (c) => c.notNull().references('hooks.id').onDelete('cascade'))
      .addColumn('event', 'varchar(64)', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
      .addColumn('claimed_until', 'bigint')
      .addColumn('claim_token', 'varchar(21)')
      .addColumn('last_status', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('last_response', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('hook_deliveries_due')
      .on('hook_deliveries')
      .columns(['status', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('hook_deliveries_hook_created')
      .on('hook_deliveries')
      .columns(['hook_id', 'created_at'])
      .execute();
  },
};
