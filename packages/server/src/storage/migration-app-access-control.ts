import type { Kysely, Migration } from 'kysely';

/**
 * 0023: Logto's app-level access control. A flag on the application, and four allow-lists (users,
 * user roles, organizations, organization roles within an organization), each row removed with
 * the application or with what it names.
 */
export const appAccessControlMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('applications')
      .addColumn('app_level_access_control_enabled', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    const application = (c: any) => c.notNull().references('applications.id').onDelete('cascade');
    await db.schema
      .createTable('application_access_users')
      .addColumn('application_id', 'varchar(21)', application)
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('application_access_users_pkey', ['application_id', 'user_id'])
      .execute();
    await db.schema
      .createIndex('application_access_users_user_id')
      .on('application_access_users')
      .column('user_id')
      .execute();
    await db.schema
      .createTable('application_access_user_roles')
      .addColumn('application_id', 'varchar(21)', application)
      .addColumn('role_id', 'varchar(21)', (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('application_access_user_roles_pkey', ['application_id', 'role_id'])
      .execute();
    await db.schema
      .createIndex('application_access_user_roles_role_id')
      .on('application_access_user_roles')
      .column('role_id')
      .execute();
    await db.schema
      .createTable('application_access_organizations')
      .addColumn('application_id', 'varchar(21)', application)
      .addColumn('organization_id', 'varchar(21)', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('application_access_organizations_pkey', ['application_id', 'organization_id'])
      .execute();
    await db.schema
      .createIndex('application_access_organizations_organization_id')
      .on('application_access_organizations')
      .column('organization_id')
      .execute();
    await db.schema
      .createTable('application_access_organization_roles')
      .addColumn('application_id', 'varchar(21)', application)
      .addColumn('organization_id', 'varchar(21)', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('organization_role_id', 'varchar(21)', (c) =>
        c.notNull().references('organization_roles.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('application_access_organization_roles_pkey', [
        'application_id',
        'organization_id',
        'organization_role_id',
      ])
      .execute();
    await db.schema
      .createIndex('application_access_organization_roles_organization_id')
      .on('application_access_organization_roles')
      .column('organization_id')
      .execute();
    await db.schema
      .createIndex('application_access_organization_roles_role_id')
      .on('application_access_organization_roles')
      .column('organization_role_id')
      .execute();
  },
};
