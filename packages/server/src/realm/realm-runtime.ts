import type { Logger } from 'pino';
import { type ClientRecord, consentOwnerOf } from '../applications/index.js';
import { reloadOn } from '../cache/invalidation.js';
import { createActivityRecorder } from '../dashboard/index.js';
import { createExperienceService } from '../experience/experience.service.js';
import { createSignInPasskey } from '../experience/sign-in-passkey.service.js';
import { createWebAuthn, relyingPartyOf } from '../experience/webauthn.service.js';
import { createLogWriter } from '../logs/index.js';
import { type Metrics, observeGrants } from '../metrics/index.js';
import { createAdapterFactory } from '../oidc/adapter.js';
import { auditProviderEvents, recordActiveUsers } from '../oidc/audit-events.js';
import { createLiveProvider } from '../oidc/live-provider.js';
import { createProvider, type ProviderDeps } from '../oidc/provider.js';
import type { OneTimeTokensService } from '../one-time-tokens/index.js';
import type { OrganizationGrantsStore } from '../organizations/index.js';
import { createSentinel } from '../sentinel/sentinel.js';
import type { RealmCore, RealmShared } from './realm.js';

/** Where a realm lives on the server: `''` and `/oidc` for end users, `/admin` and `/admin/oidc` for administrators. */
export interface RealmPlace {
  basePath: '' | '/admin';
  issuer: string;
}

/**
 * A realm's sign-in side: the Experience API service, WebAuthn and its own live OpenID provider
 * (own signing and cookie keys, read from the realm's own `configs`).
 */
export async function createRealmRuntime(
  deps: {
    core: RealmCore;
    place: RealmPlace;
    organizationGrants: OrganizationGrantsStore;
    jit?: Parameters<typeof createExperienceService>[0]['jit'];
    oneTimeTokens?: Pick<OneTimeTokensService, 'consume'>;
    /** Run-time settings from the Management API (the main realm only). */
    settings?: ProviderDeps['settings'];
    /** Client ID Metadata Documents (the main realm only). */
    cimd?: ProviderDeps['cimd'];
    /** Custom token claims scripts (the main realm only). */
    customClaims?: ProviderDeps['customClaims'];
    /** Sign-in actions (the main realm only). */
    actions?: Parameters<typeof createExperienceService>[0]['actions'];
    /** Clients built in rather than stored (the main realm's demo app), found before the stored ones. */
    builtInClients?: ClientRecord[];
    /** Tokens issued, sign-in results and lockouts are counted here when metrics are on. */
    metrics?: Metrics;
    logger: Logger;
  },
  shared: RealmShared,
) {
  const { core, place, logger } = deps;
  const { config, box, clock } = shared;
  const { db, users, applications, stores, mfaStore } = core;
  const builtIn = new Map((deps.builtInClients ?? []).map((client) => [client.id, client]));
  const { metrics } = deps;
  const onLockout = metrics?.enabled
    ? async (target: string, action: string) => metrics.lockout(core.id, target, action)
    : undefined;
  // Verification code sends, counted per identifier and per client IP over the lockout window.
  const codeSendLimits = {
    perIdentifier: createSentinel(
      db,
      { maxAttempts: 5, lockoutSeconds: config.passwordLockoutSeconds },
      clock,
      onLockout,
    ),
    perIp: createSentinel(db, { maxAttempts: 30, lockoutSeconds: config.passwordLockoutSeconds }, clock, onLockout),
    // The limit comes from the sign-in experience per call; an hour outlives the longest code.
    perCode: createSentinel(db, { maxAttempts: 5, lockoutSeconds: 3600 }, clock, onLockout),
  };
  // argon2 hashes of new passwords (sign-up, profile, reset): per interaction over its longest life, and per client IP.
  const newPasswordLimits = {
    perInteraction: createSentinel(db, { maxAttempts: 10, lockoutSeconds: 3600 }, clock),
    perIp: createSentinel(db, { maxAttempts: 50, lockoutSeconds: config.passwordLockoutSeconds }, clock),
  };
  // Failed password checks per client IP: each costs an argon2 hash, whatever identifier it names.
  const passwordFailuresPerIp = createSentinel(
    db,
    { maxAttempts: config.passwordMaxFailuresPerIp, lockoutSeconds: config.passwordLockoutSeconds },
    clock,
    onLockout,
  );
  const experience = createExperienceService({
    users,
    sentinel: core.sentinel,
    passwordFailuresPerIp,
    connectors: core.connectors,
    ...(deps.jit && { jit: deps.jit }),
    signInExperience: core.signInExperience,
    codeSendLimits,
    newPasswordLimits,
    mfaStore,
    box,
    clock,
    ...(deps.oneTimeTokens && { oneTimeTokens: deps.oneTimeTokens }),
    ...(deps.actions && { actions: deps.actions }),
    profileFields: core.customProfileFields,
    tokenVault: core.tokenVault,
    captcha: core.captcha,
    ...(core.id === 'default' && { sso: core.sso.experience }),
  });
  // Audit entries are queued and written in batches, off the sign-in path (logs/log-writer.ts).
  // Sign-in results are read from the Experience API's entries on their way in (metrics).
  const logWriter = createLogWriter({ sink: stores.logs, clock, logger });
  const auditLog = metrics ? { ...logWriter, write: metrics.observeSignIns(core.id, logWriter.write) } : logWriter;
  // Users who get tokens are marked active for the day, off the token path (dashboard/activity-recorder.ts).
  const activity = createActivityRecorder({ store: stores.dashboard, clock, logger });
  const relyingParty = relyingPartyOf(config.endpoint);
  const webAuthn = createWebAuthn({ mfa: experience.mfa, store: mfaStore, users, clock, relyingParty });
  const signInPasskey = createSignInPasskey({
    mfa: experience.mfa,
    store: mfaStore,
    users,
    signInExperience: core.signInExperience,
    clock,
    relyingParty,
  });

  const adapter = createAdapterFactory({
    db,
    findClient: async (id) => builtIn.get(id) ?? applications.findClient(id),
    now: clock,
    refreshTokenReuseLeeway: config.refreshTokenReuseLeeway,
  });
  // Rebuilt with the current keys, so a CLI rotation reaches running nodes.
  const liveProvider = createLiveProvider({
    db,
    box,
    clock,
    logger,
    activationDelayMs: config.keyActivationDelaySeconds * 1000,
    onChange: () => core.cache.publish('signing-keys'),
    build: ({ signingKeys, cookieKeys }) => {
      const provider = createProvider({
        config,
        place,
        adapter,
        signingKeys,
        cookieKeys,
        users: stores.users,
        roles: stores.roles,
        resources: stores.resources,
        organizationGrants: deps.organizationGrants,
        applications,
        hasMfa: async (userId) => (await mfaStore.list(userId)).length > 0,
        consentableScopes: (applicationId, type, resourceId) =>
          stores.applicationExtras.consentableScopeNames(consentOwnerOf(applicationId), type, resourceId),
        consentedOrganizations: (applicationId, userId) =>
          stores.applicationExtras.consentOrganizationIds(applicationId, userId),
        appAccess: core.accessControl.allows,
        verifyPersonalAccessToken: (value) => core.personalAccessTokens.verify(value),
        subjectTokens: core.subjectTokens,
        ...(deps.settings && { settings: deps.settings }),
        ...(deps.customClaims && { customClaims: deps.customClaims }),
        ...(deps.cimd && { cimd: deps.cimd }),
      });
      provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'oidc server error'));
      auditProviderEvents(provider, auditLog.write);
      recordActiveUsers(provider, activity.record);
      if (metrics) observeGrants(provider, metrics, core.id);
      return provider;
    },
  });
  await liveProvider.load();
  // Another node rotated or retired a key: rebuild with the keys the database holds now.
  reloadOn(core.cache, 'signing-keys', liveProvider.reloadIfRotated, (err) =>
    logger.warn({ err, realm: core.id }, 'signing key reload failed'),
  );
  return {
    experience,
    webAuthn,
    signInPasskey,
    liveProvider,
    getProvider: liveProvider.current,
    auditLog,
    activity,
    codeSendLimits,
  };
}

export type RealmRuntime = Awaited<ReturnType<typeof createRealmRuntime>>;
