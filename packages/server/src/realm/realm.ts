import type { Kysely } from 'kysely';
import {
  createAccessControlService,
  createAccessControlStore,
  createApplicationExtrasStore,
  createApplicationsService,
  createApplicationsStore,
} from '../applications/index.js';
import type { CacheTopics } from '../cache/invalidation.js';
import { createCaptchaService, createCaptchaStore, createCaptchaVerifier } from '../captcha/index.js';
import type { Config } from '../config/config.js';
import {
  type Connector,
  createConnectorRegistry,
  createConnectorsService,
  createConnectorsStore,
} from '../connectors/index.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { createCustomPhrasesService, createCustomPhrasesStore } from '../custom-phrases/index.js';
import { createCustomProfileFieldsService, createCustomProfileFieldsStore } from '../custom-profile-fields/index.js';
import { createDashboardService, createDashboardStore } from '../dashboard/index.js';
import { createEmailTemplatesService, createEmailTemplatesStore } from '../email-templates/index.js';
import { createMfaStore } from '../experience/mfa.store.js';
import { createLogsService, createLogsStore } from '../logs/index.js';
import { createResourcesService, createResourcesStore, withResourceCache } from '../resources/index.js';
import {
  createRoleMembersService,
  createRoleMembersStore,
  createRolesService,
  createRolesStore,
  withApplicationPermissionCache,
} from '../roles/index.js';
import { createSentinel } from '../sentinel/sentinel.js';
import { createSignInExperienceService, createSignInExperienceStore } from '../sign-in-experience/index.js';
import { createSsoModule } from '../sso/index.js';
import type { Database } from '../storage/schema.js';
import { createSubjectTokens, createSubjectTokensStore } from '../subject-tokens/index.js';
import { createTokenVault, createTokenVaultStore } from '../token-vault/index.js';
import {
  createPersonalAccessTokens,
  createPersonalAccessTokensStore,
  createUserMfa,
  createUserSessions,
  createUsersService,
  createUsersStore,
  type UserCreatedListener,
} from '../users/index.js';

export type RealmId = 'default' | 'admin';

/** What every realm shares: one configuration, one master key, one clock. */
export interface RealmShared {
  config: Config;
  box: SecretBox;
  clock: () => number;
}

/**
 * The stores and services one realm runs on its own `Kysely`: the same code for the main realm
 * and the admin realm, so their rows never meet (each handle is its own file or schema).
 * `protectedRoleId` is the role the roles service refuses to rename, delete or strip.
 */
export function createRealmCore(
  spec: {
    id: RealmId;
    db: Kysely<Database>;
    protectedRoleId: string;
    /** The installed connector factories; none in the admin realm. */
    connectors: Connector[];
    /** The main realm's webhook outbox writes `User.Created` with each new user. */
    onUserCreated?: UserCreatedListener;
    /** The main realm's webhooks send `Identifier.Lockout` when an identifier gets locked. */
    onIdentifierLockout?: (target: string, action: string) => Promise<void>;
    /** Told of each message sent through an email or SMS connector (metrics). */
    onMessage?: (factoryId: string, type: string, ok: boolean) => void;
    /** This realm's cache topics: configuration read on hot paths is cached and invalidated on every node. */
    cache: CacheTopics;
  },
  shared: RealmShared,
) {
  const { db, cache } = spec;
  const { config, box, clock } = shared;
  const stores = {
    users: createUsersStore(db),
    applications: createApplicationsStore(db),
    applicationExtras: createApplicationExtrasStore(db),
    ...withApplicationPermissionCache(
      {
        resources: withResourceCache(createResourcesStore(db), cache, clock),
        roles: createRolesStore(db),
        roleMembers: createRoleMembersStore(db),
      },
      cache,
      clock,
    ),
    connectors: createConnectorsStore(db),
    logs: createLogsStore(db),
    dashboard: createDashboardStore(db),
  };
  const users = createUsersService({ users: stores.users, clock, onCreated: spec.onUserCreated });
  const adminRoleId = spec.protectedRoleId;
  const accessControl = createAccessControlService({
    store: createAccessControlStore(db),
    applications: stores.applications,
  });
  const applications = createApplicationsService({
    cache,
    hasAccessRules: accessControl.hasRules,
    applications: stores.applications,
    extras: stores.applicationExtras,
    box,
    clock,
    adminRole: {
      roleId: adminRoleId,
      holds: async (id) => (await stores.roleMembers.roleIdsOfApplication(id)).some((row) => row === adminRoleId),
      grant: (id) => stores.roleMembers.addApplicationRoles([{ application_id: id, role_id: adminRoleId }]),
      revoke: async (id) => {
        await stores.roleMembers.removeApplicationRole(id, adminRoleId);
      },
    },
  });
  // Logto's `sentinelPolicy` (lockoutDuration in minutes) over the server's defaults, read at each attempt.
  const sentinel = createSentinel(
    db,
    async () => {
      const { sentinelPolicy } = await signInExperience.settings();
      return {
        maxAttempts: sentinelPolicy.maxAttempts ?? config.passwordMaxAttempts,
        lockoutSeconds: sentinelPolicy.lockoutDuration
          ? sentinelPolicy.lockoutDuration * 60
          : config.passwordLockoutSeconds,
      };
    },
    clock,
    spec.onIdentifierLockout,
  );
  const resources = createResourcesService({
    resources: stores.resources,
    managementIndicator: config.managementApiIndicator,
    clock,
  });
  const roles = createRolesService({
    roles: stores.roles,
    members: stores.roleMembers,
    resources,
    managementRoleId: spec.protectedRoleId,
    clock,
  });
  const roleMembers = createRoleMembersService({ roles, members: stores.roleMembers, users, applications });
  // The default language of the sign-in experience, read when a message or page needs it.
  const languageInfo = async () => (await signInExperience.settings()).languageInfo;
  const emailTemplates = createEmailTemplatesService({
    store: createEmailTemplatesStore(db),
    defaultLanguage: async () => (await languageInfo()).fallbackLanguage,
    clock,
  });
  // The admin realm has no connectors: no social, email or SMS sign-in for administrators.
  const connectors = createConnectorsService({
    cache,
    emailTemplate: emailTemplates.forMessage,
    store: stores.connectors,
    registry: createConnectorRegistry(spec.connectors, {
      ...config.connectorProviders,
      baseUrlOverrides: spec.connectors.length > 0 ? config.connectorProviders.baseUrlOverrides : {},
    }),
    box,
    clock,
    ...(spec.onMessage && { onMessage: spec.onMessage }),
  });
  const customProfileFields = createCustomProfileFieldsService({ store: createCustomProfileFieldsStore(db), clock });
  const signInExperience = createSignInExperienceService({
    cache,
    store: createSignInExperienceStore(db),
    connectors,
    users,
    clock,
    profileFieldNames: async () => (await customProfileFields.list()).map((field) => field.name),
  });
  // Only the main realm's sign-in pages show a CAPTCHA; the admin realm never sets up a provider.
  const captcha = createCaptchaService({
    store: createCaptchaStore(db),
    box,
    clock,
    verifier: createCaptchaVerifier(config.captchaProviders),
    policy: {
      enabled: async () => (await signInExperience.settings()).captchaPolicy.enabled === true,
      disable: async () => {
        await signInExperience.update({ captchaPolicy: { enabled: false } });
      },
    },
  });
  const customPhrases = createCustomPhrasesService({ store: createCustomPhrasesStore(db), languageInfo, clock });
  const logs = createLogsService({ store: stores.logs, clock, retentionDays: config.logRetentionDays });
  const dashboard = createDashboardService({ store: stores.dashboard, clock });
  const mfaStore = createMfaStore(db);
  const userMfa = createUserMfa({ store: mfaStore, users, box, clock });
  const personalAccessTokens = createPersonalAccessTokens({
    store: createPersonalAccessTokensStore(db),
    users,
    clock,
  });
  const subjectTokens = createSubjectTokens({ store: createSubjectTokensStore(db), users, clock });
  const userSessions = createUserSessions({ db, users, clock });
  // Social provider tokens, sealed with the master key (connectors with enableTokenStorage).
  const tokenVault = createTokenVault({
    store: createTokenVaultStore(db),
    box,
    clock,
    refresh: (connectorId, refreshToken) => connectors.refreshProviderToken(connectorId, refreshToken),
  });
  // Enterprise SSO connectors; the admin realm keeps none (its table stays empty).
  const sso = createSsoModule({
    db,
    box,
    clock,
    cache,
    users,
    endpoint: config.endpoint,
    timeoutMs: config.connectorProviders.timeoutMs,
    allowPrivateNetworks: config.sso.allowPrivateNetworks,
  });
  return {
    id: spec.id,
    db,
    sso,
    cache,
    stores,
    users,
    applications,
    accessControl,
    sentinel,
    resources,
    roles,
    roleMembers,
    connectors,
    signInExperience,
    emailTemplates,
    customPhrases,
    customProfileFields,
    captcha,
    /** What the sign-in pages read: the public settings, the fields sign-up collects and the CAPTCHA widget's keys. */
    fullSignInExperience: async () => {
      const view = await signInExperience.publicView();
      const captchaConfig = await captcha.publicConfig();
      return {
        ...view,
        ssoConnectors: view.singleSignOnEnabled ? await sso.connectors.publicList() : [],
        customProfileFields: await customProfileFields.forSignUp(view.signUpProfileFields),
        ...(captchaConfig && { captchaConfig }),
      };
    },
    logs,
    dashboard,
    mfaStore,
    userMfa,
    personalAccessTokens,
    subjectTokens,
    userSessions,
    tokenVault,
  };
}

export type RealmCore = ReturnType<typeof createRealmCore>;
