import type { Generated } from 'kysely';
import type { SamlApplicationsDatabase } from '../saml-applications/saml-applications.tables.js';
import type { SamlSsoDatabase } from '../sso/saml/saml.tables.js';
import type { AppAccessControlDatabase } from './schema-app-access-control.js';
import type { ApplicationExtrasDatabase } from './schema-application-extras.js';
import type { ApplicationSignInTestsDatabase } from './schema-application-sign-in-tests.js';
import type { CaptchaDatabase } from './schema-captcha.js';
import type { CustomUiAssetsDatabase } from './schema-custom-ui-assets.js';
import type { CustomizationDatabase } from './schema-customization.js';
import type { DailyActiveUsersDatabase } from './schema-daily-active-users.js';
import type { HooksDatabase } from './schema-hooks.js';
import type { LogsDatabase } from './schema-logs.js';
import type { MfaDatabase } from './schema-mfa.js';
import type { OneTimeTokensDatabase } from './schema-one-time-tokens.js';
import type { OrganizationsDatabase } from './schema-organizations.js';
import type { PersonalAccessTokensDatabase } from './schema-personal-access-tokens.js';
import type { SignInExperienceDatabase } from './schema-sign-in-experience.js';
import type { SsoDatabase } from './schema-sso.js';
import type { SubjectTokensDatabase } from './schema-subject-tokens.js';
import type { TokenVaultDatabase } from './schema-token-vault.js';
import type { UserAssetsDatabase } from './schema-user-assets.js';
import type { UserIdentitiesDatabase } from './schema-user-identities.js';
import type { VerificationRecordsDatabase } from './schema-verification-records.js';

/**
 * Table types shared by both dialects. Booleans are stored as 0/1 integers and JSON
 * as text so that one set of queries runs on SQLite and PostgreSQL alike;
 * timestamps are UTC epoch milliseconds.
 */
export type Flag = 0 | 1;

export interface ConfigsTable {
  key: string;
  value: string;
  updated_at: number;
}

export interface OidcModelInstancesTable {
  model_name: string;
  id: string;
  payload: string;
  expires_at: number | null;
  consumed_at: number | null;
  grant_id: string | null;
  uid: string | null;
  user_code: string | null;
}

export interface ApplicationsTable {
  id: string;
  name: string;
  description: string | null;
  type: string;
  oidc_client_metadata: string;
  custom_client_metadata: string;
  custom_data: string;
  is_third_party: Flag;
  /** Logto's `protectedAppMetadata` (JSON), stored for Logto Cloud's protected apps; null for every other app. */
  protected_app_metadata: string | null;
  /** Logto's `appLevelAccessControlEnabled`: only users matching the app's allow-lists sign in to it. */
  app_level_access_control_enabled: Generated<Flag>;
  created_at: number;
}

export interface ApplicationSecretsTable {
  application_id: string;
  name: string;
  value_encrypted: string;
  created_at: number;
  expires_at: number | null;
}

export interface UsersTable {
  id: string;
  username: string | null;
  primary_email: string | null;
  primary_phone: string | null;
  password_encrypted: string | null;
  password_encryption_method: string | null;
  name: string | null;
  avatar: string | null;
  profile: string;
  custom_data: string;
  identities: string;
  application_id: string | null;
  is_suspended: Flag;
  /** Logto's `is_password_expired`: the password no longer signs in until it is reset. */
  is_password_expired: Flag;
  last_sign_in_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ResourcesTable {
  id: string;
  name: string;
  indicator: string;
  is_default: Flag;
  access_token_ttl: number;
  created_at: number;
}

export interface ScopesTable {
  id: string;
  resource_id: string;
  name: string;
  description: string | null;
  created_at: number;
}

export interface RolesTable {
  id: string;
  name: string;
  description: string;
  type: string;
  is_default: Flag;
  created_at: number;
}

export interface RolesScopesTable {
  role_id: string;
  scope_id: string;
}

export interface UsersRolesTable {
  user_id: string;
  role_id: string;
}

export interface ApplicationsRolesTable {
  application_id: string;
  role_id: string;
}

/** Lockout counters (see sentinel/sentinel.ts): attempts per target and action until the window ends at `expires_at`. */
export interface SentinelCountersTable {
  target: string;
  action: string;
  count: number;
  expires_at: number;
}

/** Connector instances; `config` is sealed with the master key, `metadata` holds overrides (JSON). */
export interface ConnectorsTable {
  id: string;
  connector_id: string;
  config: string;
  metadata: string;
  sync_profile: Flag;
  /** Logto's `enableTokenStorage`: keep the provider's token set of each sign-in (social connectors that support it). */
  enable_token_storage: Flag;
  /** 'Email', 'Sms' or 'Social:<target>:<platform>': unique, so one active connector per slot holds under races. */
  exclusive_key: string | null;
  created_at: number;
  updated_at: number;
}

export interface Database
  extends OrganizationsDatabase,
    HooksDatabase,
    SignInExperienceDatabase,
    MfaDatabase,
    UserIdentitiesDatabase,
    OneTimeTokensDatabase,
    CustomizationDatabase,
    PersonalAccessTokensDatabase,
    UserAssetsDatabase,
    CustomUiAssetsDatabase,
    SubjectTokensDatabase,
    ApplicationSignInTestsDatabase,
    LogsDatabase,
    DailyActiveUsersDatabase,
    VerificationRecordsDatabase,
    ApplicationExtrasDatabase,
    TokenVaultDatabase,
    AppAccessControlDatabase,
    CaptchaDatabase,
    SsoDatabase,
    SamlApplicationsDatabase,
    SamlSsoDatabase {
  configs: ConfigsTable;
  oidc_model_instances: OidcModelInstancesTable;
  applications: ApplicationsTable;
  application_secrets: ApplicationSecretsTable;
  users: UsersTable;
  resources: ResourcesTable;
  scopes: ScopesTable;
  roles: RolesTable;
  roles_scopes: RolesScopesTable;
  users_roles: UsersRolesTable;
  applications_roles: ApplicationsRolesTable;
  sentinel_counters: SentinelCountersTable;
  connectors: ConnectorsTable;
}
