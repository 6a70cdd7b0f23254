import type { Kysely, Migration } from 'kysely';

/** 0021: custom phrases, email templates and custom profile fields (Logto's customization tables). */
export const customizationMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('custom_phrases')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('language_tag', 'varchar(16)', (c) => c.notNull().unique())
      .addColumn('translation', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('email_templates')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('language_tag', 'varchar(16)', (c) => c.notNull())
      .addColumn('template_type', 'varchar(64)', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('email_templates_language_type', ['language_tag', 'template_type'])
      .execute();
    await db.schema
      .createTable('custom_profile_fields')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('name', 'varchar(128)', (c) => c.notNull().unique())
      .addColumn('type', 'varchar(16)', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('required', 'integer', (c) => c.notNull())
      .addColumn('config', 'text', (c) => c.notNull())
      .addColumn('sie_order', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
