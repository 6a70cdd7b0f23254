import cluster from 'node:cluster';
import fs from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import Koa from 'koa';
import { type Logger, pino } from 'pino';
import {
  createAccountModule,
  createMyAccountRouter,
  createVerificationsRouter,
  createWebAuthnWellKnownRouter,
} from './account/index.js';
import { accountPageClient } from './account-page/index.js';
import { createActionRunner, createActionsService, createSignInActions } from './actions/index.js';
import { createAdminsService } from './admins/admins.service.js';
import { createAdminsStore } from './admins/admins.store.js';
import {
  cimdCeiling,
  createApplicationSignInExperienceService,
  createSignInTestPage,
  createSignInTestsService,
  createSignInTestsStore,
} from './applications/index.js';
import { createInvalidation, realmTopics, reloadOn } from './cache/invalidation.js';
import { listenForInvalidations } from './cache/listen.js';
import type { Config } from './config/config.js';
import { createConfigsService, createConfigsStore, createOidcKeysService } from './configs/index.js';
import { builtInConnectors } from './connectors/index.js';
import { loadInstalledConnectors } from './connectors/packages/index.js';
import { createConsentService, registerConsentExperienceRoutes } from './consent/index.js';
import { createSecretBox, loadMasterKey } from './crypto/secret-box.js';
import { createCustomUi, createCustomUiPages, createCustomUiStore } from './custom-ui/index.js';
import { demoAppClient } from './demo-app/index.js';
import { createExperienceRouter } from './experience/experience.routes.js';
import { createPages } from './experience/pages.js';
import { createSocialCallbackPage } from './experience/social-callback.page.js';
import { createSocialCallbackRedirects } from './experience/social-callback.redirects.js';
import { createWebAuthnRouter } from './experience/webauthn.routes.js';
import { relyingPartyOf } from './experience/webauthn.service.js';
import { createHooksModule } from './hooks/index.js';
import { accountApiCors } from './http/account-cors.js';
import { canonicalPath } from './http/canonical-path.js';
import { createConsolePages } from './http/console.js';
import { createDocumentFastPath } from './http/document-fast-path.js';
import { createDpopCheck } from './http/dpop.js';
import { drainable } from './http/drain.js';
import { createRouter, type RouteRegistry } from './http/guard.js';
import { apiNotFound, errorHandler, exceptUnder, requestLog, securityHeaders } from './http/middleware.js';
import { createUserinfoFastPath } from './http/userinfo-fast-path.js';
import {
  createCustomClaims,
  createCustomClaimsHook,
  createJwtCustomizerService,
  createJwtCustomizerStore,
  createTokenContextSources,
} from './jwt-customizer/index.js';
import { createManagementAuth } from './management/auth.js';
import { createManagementRouter } from './management/management.router.js';
import { seedManagementApi } from './management/seed.js';
import { createMetrics, listenMetrics, publicMetricsRoute } from './metrics/index.js';
import { deleteExpiredModels } from './oidc/adapter.js';
import { createMetadataFetch } from './oidc/metadata-document-fetch.js';
import { deviceShortcut } from './oidc/oauth-extensions.js';
import { createAccountTokenAuth } from './oidc/organization-account-auth.js';
import { organizationContextOf, organizationsScope } from './oidc/organization-resource.js';
import type { CachedDocument } from './oidc/public-documents.js';
import { jsonTokenRequests } from './oidc/token-request.js';
import { createOneTimeTokensService, createOneTimeTokensStore } from './one-time-tokens/index.js';
import { createMyOrganizationsRouter, createOrganizationsModule } from './organizations/index.js';
import { createOrganizationStores } from './organizations/organization-stores.js';
import { seedAdminRealm } from './realm/admin-seed.js';
import { createRealmCore } from './realm/realm.js';
import { mountAdminRealm, mountRealmProvider } from './realm/realm-http.js';
import { createRealmRuntime, type RealmPlace } from './realm/realm-runtime.js';
import {
  createSamlApplicationsService,
  createSamlApplicationsStore,
  createSamlSignInService,
} from './saml-applications/index.js';
import { createSandboxPool, workerSpawner } from './sandbox/index.js';
import { createSentinel } from './sentinel/sentinel.js';
import { createBrandingLayers } from './sign-in-experience/index.js';
import { createAmbientDatabase } from './storage/ambient-transaction.js';
import { openStorage, type Storage, type StorageOptions } from './storage/database.js';
import { createNotifySender } from './storage/notify-transport.js';
import {
  createExperienceUserAssetsRouter,
  createUserAssets,
  createUserAssetsStore,
  serveUserAssets,
} from './user-assets/index.js';
import { createManagementVerificationCodes, createVerificationCodesStore } from './verification-codes/index.js';

/** Everything built once at start; routers and the CLI take what they need from here. */
export async function createServices(config: Config, logger: Logger, options: StorageOptions = {}) {
  // Off (no-op recorders, no registry) unless a metrics port or token is configured.
  const metrics = createMetrics({ enabled: config.metrics.enabled });
  const storage = await openStorage(config.dbUrl, config.dbPoolSize, { ...options, log: metrics.queryLog });
  metrics.watchPool(storage.poolStats);
  // Stores hold a handle that joins the request's transaction where a route opens one.
  const ambient = createAmbientDatabase(storage.db);
  const { db } = ambient;
  const box = createSecretBox(loadMasterKey(config.masterKey, config.dataDir));
  const clock = () => Date.now();

  const shared = { config, box, clock };
  // Configuration read on hot paths is cached; writes are published to every worker and node.
  const invalidation = createInvalidation({ afterTransaction: ambient.afterTransaction });
  if (storage.dialect === 'postgres') invalidation.attach(createNotifySender(storage.notify, logger));
  const cache = realmTopics(invalidation, 'default');
  const { roleId: managementRoleId } = await seedManagementApi(db, config.managementApiIndicator);
  const hooks = createHooksModule({
    db,
    transaction: ambient.transaction,
    rootDb: storage.db,
    box,
    clock,
    config,
    logger,
    ...(metrics.enabled && { onDelivery: metrics.webhookDelivery }),
  });
  metrics.watchWebhooks(hooks.backlog);
  const installed = await loadInstalledConnectors(
    builtInConnectors,
    config.connectorPackages,
    config.connectorProviders.timeoutMs,
  );
  for (const { packageName, version, connector } of installed.loaded)
    logger.info({ package: `${packageName}@${version}`, factory: connector.metadata.id }, 'connector package loaded');
  for (const id of installed.replaced)
    logger.warn({ factory: id }, 'an installed connector package replaces the built-in connector with this factory id');
  for (const { packageName, error } of installed.failed)
    logger.error({ package: packageName, error }, `connector package ${packageName} was not loaded: ${error}`);
  const core = createRealmCore(
    {
      id: 'default',
      db,
      protectedRoleId: managementRoleId,
      connectors: installed.connectors,
      onUserCreated: hooks.userCreated,
      onIdentifierLockout: async (target, action) => {
        metrics.lockout('default', target, action);
        await hooks.identifierLockout(target, action);
      },
      ...(metrics.enabled && { onMessage: metrics.messageSent }),
      cache,
    },
    shared,
  );
  const { stores, users, applications, sentinel, resources, roles, roleMembers, connectors, signInExperience } = core;
  const { mfaStore, userMfa } = core;
  // The admin realm: the same stores on the admin namespace; administrators never appear in the main realm.
  const adminRoleIds = await seedAdminRealm(storage.admin, config);
  const admin = createRealmCore(
    {
      id: 'admin',
      db: storage.admin,
      protectedRoleId: adminRoleIds.owner,
      connectors: [],
      ...(metrics.enabled && {
        onIdentifierLockout: async (target, action) => metrics.lockout('admin', target, action),
      }),
      cache: realmTopics(invalidation, 'admin'),
    },
    shared,
  );
  const admins = createAdminsService({
    realm: admin,
    roleIds: adminRoleIds,
    store: createAdminsStore(storage.admin, storage.dialect, adminRoleIds.owner),
    // Invitations are one-time tokens of the admin realm, next to the administrators they create.
    invitations: createOneTimeTokensService({ store: createOneTimeTokensStore(storage.admin), clock }),
    endpoint: config.endpoint,
    clock,
  });
  // Setup and invitation links tried per client IP.
  const consoleLinkAttempts = createSentinel(
    storage.admin,
    { maxAttempts: 10, lockoutSeconds: config.passwordLockoutSeconds },
    clock,
  );
  const organizations = createOrganizationsModule({ db, users, applications, resources, connectors, clock });
  const applicationSignInExperience = createApplicationSignInExperienceService({
    applications,
    store: stores.applicationExtras,
  });
  const brandingLayers = createBrandingLayers({
    application: applicationSignInExperience.overlayFor,
    organization: organizations.organizations.find,
  });
  const consent = createConsentService({
    applications,
    store: stores.applicationExtras,
    users,
    organizations: organizations.organizations,
    managementApiIndicator: config.managementApiIndicator,
  });
  const oneTimeTokens = createOneTimeTokensService({ store: createOneTimeTokensStore(db), clock });
  // Custom token claims: workers start on the first script run, so servers without scripts pay nothing.
  const { jwtCustomizer: sandboxLimits } = config;
  // One spawner for both pools: the same limits, and QuickJS's wasm compiled once.
  const spawn = workerSpawner({
    memoryMb: sandboxLimits.memoryMb,
    heapMb: Math.floor(sandboxLimits.memoryMb / 2),
    stackKb: 512,
  });
  const sandbox = createSandboxPool({
    size: sandboxLimits.workers,
    timeoutMs: sandboxLimits.timeoutMs,
    spawn,
    onRestart: (reason) => logger.warn({ reason }, 'custom claims sandbox worker replaced'),
  });
  // The configs' writes evict the token path's cache on every node.
  const scriptDeps = { clock, logger, cache };
  const customClaims = createCustomClaims({ load: (key) => jwtCustomizers.load(key), pool: sandbox, ...scriptDeps });
  const jwtCustomizers = createJwtCustomizerService({
    store: createJwtCustomizerStore(db),
    box,
    onChange: customClaims.evict,
  });
  const tokenContextSources = createTokenContextSources({
    user: (id) => users.get(id),
    rolesOfUser: async (id) => (await roleMembers.rolesOfUser(id, undefined, { offset: 0, limit: 100 })).items,
    roleScopes: async (roleId) => (await stores.roles.listScopes(roleId))[0],
    resources: (ids) => (ids.length > 0 ? stores.resources.findByIds(ids) : Promise.resolve([])),
    organizationsOfUser: (id) => organizations.organizations.ofUser(id),
    mfaFactorTypes: async (userId) => [...new Set((await mfaStore.list(userId)).map((row) => row.type))],
    application: async (id) => {
      const app = await applications.get(id).catch(() => undefined);
      if (!app) return undefined;
      const { name, description, type, customData, isThirdParty } = app;
      return { id, name, description, type, customData, isThirdParty };
    },
    organization: (id) => organizations.organizations.get(id),
    organizationIdOf: (ctx) => organizationContextOf(ctx)?.organizationId,
  });
  const customClaimsHook = createCustomClaimsHook({
    customClaims,
    logger,
    sources: tokenContextSources,
  });
  // Actions: their own pool (longer deadline, a network-checked fetch); no worker starts until an enabled action runs.
  const actionPool = createSandboxPool({
    size: sandboxLimits.workers,
    timeoutMs: config.actions.timeoutMs,
    // A call may wait for a worker while others wait on their legacy APIs.
    queueWaitMs: config.actions.timeoutMs,
    entry: 'runAction',
    fetch: {
      timeoutMs: config.actions.fetchTimeoutMs,
      maxResponseBytes: config.actions.fetchMaxBytes,
      maxRequests: 10,
      allowPrivateNetworks: config.actions.fetchAllowPrivateNetworks,
    },
    spawn,
    onRestart: (reason) => logger.warn({ reason }, 'action sandbox worker replaced'),
  });
  const actionRunner = createActionRunner({ load: (type) => actions.load(type), pool: actionPool, ...scriptDeps });
  const actions = createActionsService({ db, box, onChange: actionRunner.evict });
  const signInActions = createSignInActions({
    runner: actionRunner,
    users,
    userContext: (id) => tokenContextSources.user(id),
    logger,
  });
  // Session lifetime and ID token claims, changed through /api/configs and read on the token path.
  const configs = createConfigsService({
    store: createConfigsStore(db),
    defaultSessionTtl: config.sessionTtl,
    onChange: () => cache.publish('configs'),
  });
  await configs.load();
  reloadOn(cache, 'configs', configs.load, (err) => logger.warn({ err }, 'settings reload failed'));
  const runtime = await createRealmRuntime(
    {
      core,
      settings: configs,
      customClaims: customClaimsHook,
      cimd: {
        enabled: configs.cimdEnabled,
        userScopeCeiling: () => stores.applicationExtras.consentableScopeNames(cimdCeiling, 'userScopes'),
        fetch: createMetadataFetch({
          allowLoopback: config.clientIdMetadataDocuments.allowLoopback,
          ...(config.clientIdMetadataDocuments.caFile && {
            ca: fs.readFileSync(config.clientIdMetadataDocuments.caFile, 'utf8'),
          }),
        }),
      },
      actions: signInActions,
      place: { basePath: '', issuer: config.issuer },
      builtInClients: [demoAppClient(config.endpoint), accountPageClient(config.endpoint)],
      organizationGrants: organizations.stores.grants,
      jit: organizations.jit,
      oneTimeTokens,
      metrics,
      logger,
    },
    shared,
  );
  const { experience, webAuthn, signInPasskey, liveProvider, auditLog, activity } = runtime;
  // In the database, so every node behind a load balancer serves every upload (no shared disk).
  const userAssets = createUserAssets({
    store: createUserAssetsStore(db),
    endpoint: config.endpoint,
    clock,
    uploadLimit: createSentinel(db, { maxAttempts: 30, lockoutSeconds: 3600 }, clock),
  });
  const customUi = createCustomUi({ store: createCustomUiStore(db), clock });
  const oidcKeys = createOidcKeysService({ db, box, clock, live: liveProvider });
  const verificationCodes = createManagementVerificationCodes({
    store: createVerificationCodesStore(db),
    connectors,
    signInExperience,
    clock,
  });
  const account = createAccountModule({
    db,
    users,
    userMfa,
    connectors,
    signInExperience,
    sentinel,
    codeLimits: runtime.codeSendLimits,
    social: { createAuthorization: experience.socialAuthorization, verify: experience.verifySocial },
    sessions: core.userSessions,
    assets: userAssets,
    mfaStore,
    relyingParty: relyingPartyOf(config.endpoint),
    tokenVault: core.tokenVault,
    clock,
  });
  const signInTests = createSignInTestsService({
    store: createSignInTestsStore(db),
    applications,
    resourceExists: async (indicator) => (await stores.resources.findByIndicator(indicator)) !== undefined,
    box,
    clock,
    endpoint: config.endpoint,
    issuer: config.issuer,
    jwks: liveProvider.publicJwks,
  });
  // Tessera as a SAML identity provider: SAML apps are OIDC clients of this server (saml-applications/).
  const samlStore = createSamlApplicationsStore(db);
  const samlApplications = createSamlApplicationsService({
    store: samlStore,
    applications,
    box,
    clock,
    endpoint: config.endpoint,
  });
  const samlSignIn = createSamlSignInService({
    store: samlStore,
    samlApplications,
    applications,
    box,
    clock,
    endpoint: config.endpoint,
    issuer: config.issuer,
    jwks: liveProvider.publicJwks,
  });
  // The admin realm signs in at /admin/sign-in through its own provider at /admin/oidc.
  const adminPlace: RealmPlace = { basePath: '/admin', issuer: `${config.endpoint}/admin/oidc` };
  const adminRuntime = await createRealmRuntime(
    {
      core: admin,
      place: adminPlace,
      organizationGrants: createOrganizationStores(storage.admin).grants,
      metrics,
      logger,
    },
    shared,
  );

  return {
    config,
    logger,
    metrics,
    storage,
    invalidation,
    db,
    box,
    clock,
    stores,
    users,
    applications,
    accessControl: core.accessControl,
    applicationSignInExperience,
    brandingLayers,
    consent,
    signInTests,
    samlApplications,
    samlSignIn,
    resources,
    roles,
    roleMembers,
    connectors,
    sso: core.sso,
    organizations,
    oneTimeTokens,
    sentinel,
    signInExperience,
    emailTemplates: core.emailTemplates,
    customPhrases: core.customPhrases,
    customProfileFields: core.customProfileFields,
    captcha: core.captcha,
    fullSignInExperience: core.fullSignInExperience,
    experience,
    logs: core.logs,
    auditLog,
    dashboard: core.dashboard,
    activity,
    mfaStore,
    webAuthn,
    signInPasskey,
    userMfa,
    account,
    userAssets,
    // DPoP-bound access tokens at the Management API and Account API; a proof's jti counts once.
    dpopCheck: createDpopCheck({
      endpoint: config.endpoint,
      replay: createSentinel(db, { maxAttempts: 1, lockoutSeconds: 120 }, clock),
    }),
    customUi,
    personalAccessTokens: core.personalAccessTokens,
    subjectTokens: core.subjectTokens,
    userSessions: core.userSessions,
    tokenVault: core.tokenVault,
    managementRoleId,
    admin: { ...admin, ...adminRuntime },
    adminPlace,
    admins,
    consoleLinkAttempts,
    hooks,
    jwtCustomizers,
    customClaims,
    sandbox,
    actions,
    actionRunner,
    actionPool,
    configs,
    oidcKeys,
    verificationCodes,
    getProvider: liveProvider.current,
    publicJwks: liveProvider.publicJwks,
    reloadKeysIfRotated: liveProvider.reloadIfRotated,
    rotateSigningKeys: liveProvider.rotate,
    retireSigningKey: liveProvider.retire,
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;

export function createHttpApp(services: Services): {
  app: Koa;
  /** The default realm's cached discovery and JWKS answers, for the server's fast path. */
  publicDocuments: (path: string) => CachedDocument | undefined;
  registry: RouteRegistry;
  /** Routes called with an end user's access token (Account API, my organizations): not in the Management API documents. */
  userRegistry: RouteRegistry;
} {
  const { config, logger } = services;
  const app = new Koa();
  app.proxy = config.trustProxy;
  // ctx.ip is then the entry this many hops from the right of X-Forwarded-For, the one our own
  // outermost proxy wrote, never the left-most one a client can set to anything.
  app.maxIpsCount = config.trustProxyHops;
  app.silent = true;
  // Each route's guard, by the `auth` its declaration names (http/route-auth.ts).
  const registry: RouteRegistry = {
    routes: [],
    // The submit that finishes an interaction writes its webhook event in its own transaction.
    scopeFor: (spec) =>
      spec.method === 'post' && spec.path === '/api/experience/submit' ? services.hooks.interactionScope : undefined,
    guards: {
      // Machine-to-machine apps of the end users' realm, and the console's administrators.
      management: createManagementAuth({
        audience: config.managementApiIndicator,
        dpop: services.dpopCheck,
        issuers: [
          { realm: 'default', issuer: config.issuer, getJwks: services.publicJwks },
          {
            realm: 'admin',
            issuer: services.adminPlace.issuer,
            getJwks: services.admin.liveProvider.publicJwks,
            currentScopes: services.admins.currentScopes,
          },
        ],
      }),
      accountToken: (scope) =>
        createAccountTokenAuth({ getProvider: services.getProvider, scope, dpop: services.dpopCheck }),
    },
  };

  // First, so it times everything after it; absent when metrics are off.
  if (services.metrics.http) app.use(services.metrics.http);
  app.use(requestLog(logger));
  app.use(securityHeaders);
  app.use(errorHandler(logger));
  // `/metrics` on the public port only with a token (its own check, outside the route registry).
  if (config.metrics.token) app.use(publicMetricsRoute(services.metrics, config.metrics.token));
  app.use(services.hooks.requestContext.middleware);
  app.use(apiNotFound);
  // Before every router, mount and path check below, so they all see one spelling of a path.
  app.use(canonicalPath);
  // None of these answers under /oidc/: the provider's requests skip the group (http/middleware.ts).
  app.use(
    exceptUnder('/oidc/', [
      accountApiCors,
      serveUserAssets(services.userAssets),
      // Before the built-in pages: a custom sign-in UI, when the settings name one, replaces them.
      createSocialCallbackRedirects(),
      createCustomUiPages({ signInExperience: services.signInExperience, customUi: services.customUi }),
      createPages({
        signInExperience: services.signInExperience,
        captcha: services.captcha,
        brandingLayers: services.brandingLayers,
        builtIn: { endpoint: config.endpoint },
        hasInteraction: (ctx) =>
          services
            .getProvider()
            .interactionDetails(ctx.req, ctx.res)
            .then(
              () => true,
              () => false,
            ),
      }),
      createSocialCallbackPage({ signInExperience: services.signInExperience }),
      // Before the console's pages: the provider sends test sign-ins back to a path under /console.
      createSignInTestPage({ signInTests: services.signInTests, host: config.host }),
      createConsolePages({ managementApiIndicator: config.managementApiIndicator }),
    ]),
  );

  app.use(jsonTokenRequests);
  app.use(deviceShortcut);
  const publicDocuments = mountRealmProvider(app, services.getProvider, { basePath: '', issuer: config.issuer }, () =>
    String(services.configs.cimdEnabled()),
  );
  mountAdminRealm(app, services.admin, services.adminPlace, registry.guards);

  const experience = createExperienceRouter({
    getProvider: services.getProvider,
    experience: services.experience,
    registry,
    audit: services.auditLog.write,
    appAccess: async (applicationId, userId) =>
      !(await services.applications.findClient(applicationId))?.accessControlEnabled ||
      services.accessControl.allows(applicationId, userId),
    onSubmitted: services.hooks.interactionSubmitted({
      user: (id) => services.users.get(id),
      application: (id) => services.applications.get(id),
    }),
  });
  app.use(experience.routes()).use(experience.allowedMethods());
  const consentPage = createRouter();
  registerConsentExperienceRoutes(consentPage, registry, {
    getProvider: services.getProvider,
    applications: services.applications,
    signInExperience: services.applicationSignInExperience,
    users: services.users,
    organizations: services.organizations.organizations,
    store: services.stores.applicationExtras,
    consent: services.consent,
  });
  app.use(consentPage.routes()).use(consentPage.allowedMethods());
  const webAuthn = createWebAuthnRouter({
    getProvider: services.getProvider,
    webAuthn: services.webAuthn,
    signInPasskey: services.signInPasskey,
    registry,
    audit: services.auditLog.write,
  });
  app.use(webAuthn.routes()).use(webAuthn.allowedMethods());
  const experienceAssets = createExperienceUserAssetsRouter({
    getProvider: services.getProvider,
    assets: services.userAssets,
    registry,
  });
  app.use(experienceAssets.routes()).use(experienceAssets.allowedMethods());
  // User-facing (the signed-in user's access token, not a Management API token); outside the
  // Management API registry and its documents.
  const userRegistry: RouteRegistry = {
    routes: [],
    guards: registry.guards,
    // Account changes send `User.Data.Updated`, as Logto's Account API does.
    scopeFor: services.hooks.accountDataEventScope((id) => services.users.get(id)),
  };
  const myOrganizations = createMyOrganizationsRouter({
    scope: organizationsScope,
    organizations: services.organizations.organizations,
    isActiveUser: async (id) => (await services.stores.users.findById(id))?.is_suspended === 0,
    registry: userRegistry,
  });
  app.use(myOrganizations.routes()).use(myOrganizations.allowedMethods());
  const myAccount = createMyAccountRouter({
    myAccount: services.account.myAccount,
    extras: services.account.extras,
    registry: userRegistry,
  });
  app.use(myAccount.routes()).use(myAccount.allowedMethods());
  const verifications = createVerificationsRouter({
    records: services.account.records,
    guardOpen: services.account.myAccount.guardOpen,
    registry: userRegistry,
  });
  app.use(verifications.routes()).use(verifications.allowedMethods());
  // A document at the site root (WebAuthn related origins), like /oidc/.well-known: in no API document.
  const webAuthnOrigins = createWebAuthnWellKnownRouter({
    accountCenter: services.account.accountCenter,
    registry: { routes: [], guards: registry.guards },
  });
  app.use(webAuthnOrigins.routes()).use(webAuthnOrigins.allowedMethods());
  const management = createManagementRouter(services, registry, userRegistry);
  app.use(management.routes()).use(management.allowedMethods());
  return { app, registry, userRegistry, publicDocuments };
}

/** Options only code can pass (no setting reaches them): `extraMigrations` lets a test play a newer release. */
export type StartOptions = StorageOptions;

export async function startServer(config: Config, options: StartOptions = {}) {
  const logger = pino({ level: config.logLevel });
  const services = await createServices(config, logger, options);
  const { app, registry, userRegistry, publicDocuments } = createHttpApp(services);
  // Before listening: a change published from then on reaches this process.
  const cacheListener = await listenForInvalidations({
    invalidation: services.invalidation,
    dialect: services.storage.dialect,
    dbUrl: config.dbUrl,
    logger,
  });
  const fastPath = createDocumentFastPath({
    cached: publicDocuments,
    logger,
    observe: services.metrics.observeRequest,
  });
  const userinfoFastPath = createUserinfoFastPath({
    getProvider: services.getProvider,
    path: '/oidc/me',
    route: 'oidc:userinfo',
    logger,
    observe: services.metrics.observeRequest,
  });
  const koa = app.callback();
  const server = createHttpServer((req, res) => {
    if (fastPath(req, res)) return;
    if (!userinfoFastPath.accepts(req)) return void koa(req, res);
    void userinfoFastPath.answer(req, res).then((answered) => {
      if (!answered) void koa(req, res);
    });
  }).listen(config.port, config.host);
  const http = drainable(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.keepAliveTimeout = 65_000;
  // The metrics listener of its own; in a cluster the primary opens it (metrics/cluster.ts).
  const metricsListener =
    config.metrics.port !== undefined && !cluster.isWorker
      ? await listenMetrics(services.metrics, {
          port: config.metrics.port,
          host: config.metrics.host,
          token: config.metrics.token,
        }).catch(async (error) => {
          server.close();
          await services.storage.close();
          throw error;
        })
      : undefined;

  const timers = [
    setInterval(() => {
      for (const realm of [services, services.admin]) {
        deleteExpiredModels(realm.db, Date.now()).catch((err) => logger.warn({ err }, 'expired cleanup failed'));
        realm.sentinel.prune().catch((err) => logger.warn({ err }, 'sentinel cleanup failed'));
        realm.logs.prune().catch((err) => logger.warn({ err }, 'audit log cleanup failed'));
        realm.subjectTokens.prune().catch((err) => logger.warn({ err }, 'subject token cleanup failed'));
      }
      services.account.records.prune().catch((err) => logger.warn({ err }, 'verification record cleanup failed'));
      services.verificationCodes.prune().catch((err) => logger.warn({ err }, 'verification code cleanup failed'));
      services.signInTests.prune().catch((err) => logger.warn({ err }, 'sign-in test cleanup failed'));
      services.samlSignIn.prune().catch((err) => logger.warn({ err }, 'SAML sign-in cleanup failed'));
      services.hooks.service.prune().catch((err) => logger.warn({ err }, 'webhook outbox cleanup failed'));
    }, 60_000),
    setInterval(() => {
      services.configs.load().catch((err) => logger.warn({ err }, 'settings reload failed'));
      for (const [realm, reload] of [
        ['default', services.reloadKeysIfRotated],
        ['admin', services.admin.liveProvider.reloadIfRotated],
      ] as const)
        reload().then(
          (reloaded) => reloaded && logger.info({ realm }, 'signing keys reloaded after rotation'),
          (err) => logger.warn({ err, realm }, 'key reload check failed'),
        );
    }, config.keyReloadSeconds * 1000),
  ];
  for (const timer of timers) timer.unref();
  services.hooks.dispatcher.start();

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    services,
    server,
    registry,
    userRegistry,
    port,
    /** The metrics listener's port, when TESSERA_METRICS_PORT opened one in this process. */
    metricsPort: metricsListener?.port,
    /** The backend process id of the PostgreSQL cache listener (tests end it to check reconnection). */
    cacheListenerPid: cacheListener.listenerPid,
    /**
     * Stops accepting connections, lets requests in flight finish for up to `drainMs` (0, the
     * default, closes every connection at once), then closes the database. Resolves with the
     * number of requests cut short by the deadline.
     */
    async close({ drainMs = 0 }: { drainMs?: number } = {}): Promise<{ cut: number }> {
      const { cut } = await http.drain(drainMs);
      for (const timer of timers) clearInterval(timer);
      await metricsListener?.close();
      await cacheListener.close();
      await services.invalidation.close();
      services.hooks.dispatcher.stop();
      await services.sandbox.close();
      await services.actionPool.close();
      // The audit entries still queued, before the database closes.
      await Promise.all([services.auditLog.flush(), services.admin.auditLog.flush()]);
      await services.storage.close();
      return { cut };
    },
  };
}

export type { Storage };
