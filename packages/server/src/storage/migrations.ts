import type { Kysely, Migration } from 'kysely';
import { accountExtrasMigration } from './migration-account-extras.js';
import { appAccessControlMigration } from './migration-app-access-control.js';
import { applicationExtrasMigration } from './migration-application-extras.js';
import { applicationSignInTestsMigration } from './migration-application-sign-in-tests.js';
import { captchaProviderMigration } from './migration-captcha-provider.js';
import { cimdGrantsMigration, cimdMigration } from './migration-cimd.js';
import { customUiAssetsMigration } from './migration-custom-ui-assets.js';
import { customizationMigration } from './migration-customization.js';
import { dailyActiveUsersMigration } from './migration-daily-active-users.js';
import { hooksMigration } from './migration-hooks.js';
import { logsMigration } from './migration-logs.js';
import { logtoFieldsMigration } from './migration-logto-fields.js';
import { mfaMigration } from './migration-mfa.js';
import { oneTimeTokensMigration } from './migration-one-time-tokens.js';
import { organizationsMigration } from './migration-organizations.js';
import { personalAccessTokensMigration } from './migration-personal-access-tokens.js';
import { samlApplicationsMigration } from './migration-saml-applications.js';
import { sentinelCountersMigration } from './migration-sentinel-counters.js';
import { signInExperienceMigration } from './migration-sign-in-experience.js';
import { ssoMigration } from './migration-sso.js';
import { ssoSamlMigration } from './migration-sso-saml.js';
import { ssoSigningKeysMigration } from './migration-sso-signing-keys.js';
import { subjectTokensMigration } from './migration-subject-tokens.js';
import { tokenVaultMigration } from './migration-token-vault.js';
import { userIdentitiesMigration } from './migration-user-identities.js';
import { verificationRecordsMigration } from './migration-verification-records.js';
import { webAuthnMigration } from './migration-webauthn.js';

/**
 * Schema changes, in order, written once for both dialects with Kysely's schema
 * builder. Never edit a released migration: add the next one, with a key that sorts after
 * every other (forward only: there are no down migrations).
 *
 * Rolling upgrades (docs/deployment.md, Upgrades): while nodes of release N still serve,
 * the first node of release N+1 runs N+1's migrations, so they must be *expand* steps that
 * N's code keeps working with: add tables, add nullable columns or columns with a default,
 * add indexes. A *contract* step (drop or rename a column or table, add a constraint that
 * N's writes could break) ships one release later, once no code reads the old shape.
 * A node whose database holds a migration it does not know refuses to start
 * (`assertSchemaKnown` in database.ts).
 */
type Db = Kysely<any>;

const initial: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('configs')
      .addColumn('key', 'varchar(128)', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('oidc_model_instances')
      .addColumn('model_name', 'varchar(64)', (c) => c.notNull())
      .addColumn('id', 'varchar(128)', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint')
      .addColumn('consumed_at', 'bigint')
      .addColumn('grant_id', 'varchar(128)')
      .addColumn('uid', 'varchar(128)')
      .addColumn('user_code', 'varchar(128)')
      .addPrimaryKeyConstraint('oidc_model_instances_pk', ['model_name', 'id'])
      .execute();
    await db.schema
      .createIndex('oidc_model_instances_grant_id')
      .on('oidc_model_instances')
      .column('grant_id')
      .execute();
    await db.schema.createIndex('oidc_model_instances_uid').on('oidc_model_instances').column('uid').execute();
    await db.schema
      .createIndex('oidc_model_instances_expires_at')
      .on('oidc_model_instances')
      .column('expires_at')
      .execute();

    await db.schema
      .createTable('applications')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('type', 'varchar(32)', (c) => c.notNull())
      .addColumn('oidc_client_metadata', 'text', (c) => c.notNull())
      .addColumn('custom_client_metadata', 'text', (c) => c.notNull())
      .addColumn('custom_data', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('is_third_party', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('application_secrets')
      .addColumn('application_id', 'varchar(21)', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('value_encrypted', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint')
      .addPrimaryKeyConstraint('application_secrets_pk', ['application_id', 'name'])
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('username', 'varchar(128)', (c) => c.unique())
      .addColumn('primary_email', 'varchar(128)', (c) => c.unique())
      .addColumn('primary_phone', 'varchar(128)', (c) => c.unique())
      .addColumn('password_encrypted', 'varchar(256)')
      .addColumn('password_encryption_method', 'varchar(32)')
      .addColumn('name', 'varchar(128)')
      .addColumn('avatar', 'varchar(2048)')
      .addColumn('profile', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('custom_data', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('identities', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('application_id', 'varchar(21)')
      .addColumn('is_suspended', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_sign_in_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('resources')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('indicator', 'varchar(2048)', (c) => c.notNull().unique())
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('access_token_ttl', 'bigint', (c) => c.notNull().defaultTo(3600))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('scopes')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('resource_id', 'varchar(21)', (c) => c.notNull().references('resources.id').onDelete('cascade'))
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('scopes_resource_name', ['resource_id', 'name'])
      .execute();

    await db.schema
      .createTable('roles')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('name', 'varchar(128)', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('type', 'varchar(32)', (c) => c.notNull())
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('roles_scopes')
      .addColumn('role_id', 'varchar(21)', (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addColumn('scope_id', 'varchar(21)', (c) => c.notNull().references('scopes.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('roles_scopes_pk', ['role_id', 'scope_id'])
      .execute();
    await db.schema
      .createTable('users_roles')
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role_id', 'varchar(21)', (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('users_roles_pk', ['user_id', 'role_id'])
      .execute();
    await db.schema
      .createTable('applications_roles')
      .addColumn('application_id', 'varchar(21)', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('role_id', 'varchar(21)', (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('applications_roles_pk', ['application_id', 'role_id'])
      .execute();

    await db.schema
      .createTable('sentinel_activities')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('target', 'varchar(256)', (c) => c.notNull())
      .addColumn('action', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('sentinel_activities_target')
      .on('sentinel_activities')
      .columns(['target', 'action', 'created_at'])
      .execute();
  },
};

/**
 * The join tables' primary keys start with the holder; lookups and foreign-key cascades by
 * role or permission (who holds this role, deleting a role or a permission) need their own index.
 */
const roleLookupIndexes: Migration = {
  async up(db: Db) {
    await db.schema.createIndex('users_roles_role_id').on('users_roles').column('role_id').execute();
    await db.schema.createIndex('applications_roles_role_id').on('applications_roles').column('role_id').execute();
    await db.schema.createIndex('roles_scopes_scope_id').on('roles_scopes').column('scope_id').execute();
  },
};

const connectors: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('connectors')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('connector_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('config', 'text', (c) => c.notNull())
      .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('sync_profile', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('exclusive_key', 'varchar(256)', (c) => c.unique())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('connectors_connector_id').on('connectors').column('connector_id').execute();
  },
};

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_role_lookup_indexes': roleLookupIndexes,
  '0003_connectors': connectors,
  '0004_organizations': organizationsMigration,
  '0005_sign_in_experience': signInExperienceMigration,
  '0006_mfa': mfaMigration,
  '0007_webauthn': webAuthnMigration,
  '0008_user_identities': userIdentitiesMigration,
  '0009_one_time_tokens': oneTimeTokensMigration,
  '0010_sentinel_counters': sentinelCountersMigration,
  '0011_application_sign_in_tests': applicationSignInTestsMigration,
  '0012_logs': logsMigration,
  '0013_hooks': hooksMigration,
  '0014_daily_active_users': dailyActiveUsersMigration,
  '0015_verification_records': verificationRecordsMigration,
  '0016_personal_access_tokens': personalAccessTokensMigration,
  '0017_account_extras': accountExtrasMigration,
  '0018_application_extras': applicationExtrasMigration,
  '0020_subject_tokens': subjectTokensMigration,
  '0021_custom_phrases_templates_fields': customizationMigration,
  '0022_logto_fields': logtoFieldsMigration,
  '0023_app_access_control': appAccessControlMigration,
  '0024_captcha_provider': captchaProviderMigration,
  '0025_cimd': cimdMigration,
  '0026_token_vault': tokenVaultMigration,
  '0029_custom_ui_assets': customUiAssetsMigration,
  '0030_cimd_grants': cimdGrantsMigration,
  '0031_sso_connectors': ssoMigration,
  '0032_sso_saml': ssoSamlMigration,
  '0033_saml_applications': samlApplicationsMigration,
  '0034_sso_signing_keys': ssoSigningKeysMigration,
};
