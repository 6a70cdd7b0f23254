import type { Kysely, Migration } from 'kysely';

type Db = Kysely<any>;

const id = 'varchar(21)';

/** A join table keyed by all its columns, each a foreign key that cascades. */
async function relation(db: Db, table: string, columns: Array<[string, string]>): Promise<void> {
  let builder = db.schema.createTable(table);
  for (const [column, target] of columns)
    builder = builder.addColumn(column, id, (c) => c.notNull().references(target).onDelete('cascade'));
  await builder
    // The builder types its column names from the columns added; this loop adds them dynamically.
    .addPrimaryKeyConstraint(`${table}_pk`, columns.map(([column]) => column) as never[])
    .execute();
}

/**
 * 0004: organizations (Logto's tables). Member roles reference the membership itself, so removing
 * a member (or deleting the user, app or organization) removes their organization roles too.
 */
export const organizationsMigration: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('organizations')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('name', 'varchar(128)', (c) => c.notNull())
      .addColumn('description', 'varchar(256)')
      .addColumn('custom_data', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('is_mfa_required', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    for (const table of ['organization_scopes', 'organization_roles']) {
      let builder = db.schema
        .createTable(table)
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('name', 'varchar(128)', (c) => c.notNull().unique())
        .addColumn('description', 'varchar(256)');
      if (table === 'organization_roles') builder = builder.addColumn('type', 'varchar(32)', (c) => c.notNull());
      await builder.addColumn('created_at', 'bigint', (c) => c.notNull()).execute();
    }

    await relation(db, 'organization_role_scope_relations', [
      ['organization_role_id', 'organization_roles.id'],
      ['organization_scope_id', 'organization_scopes.id'],
    ]);
    await relation(db, 'organization_role_resource_scope_relations', [
      ['organization_role_id', 'organization_roles.id'],
      ['scope_id', 'scopes.id'],
    ]);
    await relation(db, 'organization_user_relations', [
      ['organization_id', 'organizations.id'],
      ['user_id', 'users.id'],
    ]);
    await relation(db, 'organization_application_relations', [
      ['organization_id', 'organizations.id'],
      ['application_id', 'applications.id'],
    ]);
    for (const [member, memberships] of [
      ['user_id', 'organization_user_relations'],
      ['application_id', 'organization_application_relations'],
    ] as const) {
      const table =
        member === 'user_id' ? 'organization_role_user_relations' : 'organization_role_application_relations';
      await db.schema
        .createTable(table)
        .addColumn('organization_id', id, (c) => c.notNull())
        .addColumn('organization_role_id', id, (c) =>
          c.notNull().references('organization_roles.id').onDelete('cascade'),
        )
        .addColumn(member, id, (c) => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['organization_id', member, 'organization_role_id'])
        .addForeignKeyConstraint(
          `${table}_membership_fk`,
          ['organization_id', member],
          memberships,
          ['organization_id', member],
          (fk) => fk.onDelete('cascade'),
        )
        .execute();
    }

    await db.schema
      .createTable('organization_jit_email_domains')
      .addColumn('organization_id', id, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('email_domain', 'varchar(256)', (c) => c.notNull())
      .addPrimaryKeyConstraint('organization_jit_email_domains_pk', ['organization_id', 'email_domain'])
      .execute();
    await relation(db, 'organization_jit_roles', [
      ['organization_id', 'organizations.id'],
      ['organization_role_id', 'organization_roles.id'],
    ]);
    await db.schema
      .createTable('organization_jit_provisions')
      .addColumn('organization_id', id, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('organization_jit_provisions_pk', ['organization_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('organization_invitations')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('inviter_id', id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('invitee', 'varchar(256)', (c) => c.notNull())
      .addColumn('accepted_user_id', id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('organization_id', id, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('status', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await relation(db, 'organization_invitation_role_relations', [
      ['organization_invitation_id', 'organization_invitations.id'],
      ['organization_role_id', 'organization_roles.id'],
    ]);

    // Lookups by the second key of each join (a user's organizations, who holds a role, …).
    const indexes: Array<[string, string[]]> = [
      ['organization_role_scope_relations', ['organization_scope_id']],
      ['organization_role_resource_scope_relations', ['scope_id']],
      ['organization_user_relations', ['user_id']],
      ['organization_application_relations', ['application_id']],
      ['organization_role_user_relations', ['user_id']],
      ['organization_role_user_relations', ['organization_role_id']],
      ['organization_role_application_relations', ['application_id']],
      ['organization_role_application_relations', ['organization_role_id']],
      ['organization_jit_email_domains', ['email_domain']],
      ['organization_jit_roles', ['organization_role_id']],
      ['organization_jit_provisions', ['user_id']],
      ['organization_invitations', ['organization_id']],
      ['organization_invitations', ['invitee']],
      ['organization_invitation_role_relations', ['organization_role_id']],
    ];
    for (const [table, columns] of indexes)
      await db.schema
        .createIndex(`${table}_${columns.join('_')}`)
        .on(table)
        .columns(columns)
        .execute();
  },
};
