import type { Kysely, Migration } from 'kysely';

/** 0012: audit logs, listed newest first by user, application or key, and pruned by age. */
export const logsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('logs')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('key', 'varchar(128)', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('user_id', 'varchar(64)')
      .addColumn('application_id', 'varchar(64)')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('sequence', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('logs_created_at').on('logs').columns(['created_at', 'sequence']).execute();
    await db.schema.createIndex('logs_user_id').on('logs').columns(['user_id', 'created_at']).execute();
    await db.schema.createIndex('logs_application_id').on('logs').columns(['application_id', 'created_at']).execute();
    await db.schema.createIndex('logs_key').on('logs').columns(['key', 'created_at']).execute();
  },
};
