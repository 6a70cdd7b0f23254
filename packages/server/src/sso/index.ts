import type Router from '@koa/router';
import type { Kysely } from 'kysely';
import type { CacheTopics } from '../cache/invalidation.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { RouteRegistry } from '../http/guard.js';
import type { Database } from '../storage/schema.js';
import type { UsersService } from '../users/index.js';
import { createSsoDrivers, type SsoDriverRegistry } from './drivers.js';
import {
  createSamlSsoService,
  createSsoSigningKeys,
  createSsoSigningKeysStore,
  registerSamlAcsRoute,
  registerSsoSigningKeyRoutes,
} from './saml/index.js';
import { registerSsoConnectorRoutes } from './sso-connectors.routes.js';
import { createSsoConnectorsService } from './sso-connectors.service.js';
import { createSsoStore } from './sso-connectors.store.js';
import { createSsoExperience } from './sso-experience.service.js';
import { createSsoIdentitiesService } from './sso-identities.service.js';
import { registerSsoJitRoutes } from './sso-jit.routes.js';
import { createSsoTestSignIn } from './sso-test-sign-in.js';

export type { SsoConnectorsService } from './sso-connectors.service.js';
export type { SsoIdentity } from './sso-driver.js';
export type { EnterpriseSsoVerificationRecord, SsoExperience, SsoPendingLink } from './sso-experience.service.js';
export type { SsoIdentitiesService } from './sso-identities.service.js';

/** Enterprise SSO: drivers, connectors (sealed, cached), users' SSO identities and the sign-in steps. */
export function createSsoModule(deps: {
  db: Kysely<Database>;
  box: SecretBox;
  clock: () => number;
  cache: CacheTopics;
  users: UsersService;
  endpoint: string;
  timeoutMs: number;
  /** SAML metadata URLs on loopback and private addresses are fetched (TESSERA_SSO_ALLOW_PRIVATE_NETWORKS). */
  allowPrivateNetworks: boolean;
  /** Tests only: a registry of their own. */
  drivers?: SsoDriverRegistry;
}) {
  const { db, box, clock, cache, users, endpoint } = deps;
  const store = createSsoStore(db);
  // SAML connectors' SP signing keys; the connectors service (created below) tells which connectors are SAML.
  const signingKeys = createSsoSigningKeys({
    store: createSsoSigningKeysStore(db),
    box,
    clock,
    providerTypeOf: (id) =>
      connectors.loaded(id).then(
        (entry) => entry.driver.providerType,
        () => undefined,
      ),
  });
  const saml = createSamlSsoService({
    db,
    clock,
    timeoutMs: deps.timeoutMs,
    allowPrivateNetworks: deps.allowPrivateNetworks,
    signingKey: (connectorId) => signingKeys.activeKey(connectorId),
    cache,
  });
  const drivers = deps.drivers ?? createSsoDrivers({ timeoutMs: deps.timeoutMs, clock, saml });
  const connectors = createSsoConnectorsService({ store, drivers, box, clock, cache, endpoint });
  const identities = createSsoIdentitiesService({ store, clock });
  const experience = createSsoExperience({ connectors, identities, store, users, endpoint });
  const testSignIn = createSsoTestSignIn({ connectors, box, clock, endpoint });
  return { store, drivers, connectors, identities, experience, testSignIn, saml, signingKeys, endpoint };
}

export type SsoModule = ReturnType<typeof createSsoModule>;

/** The Management API routes: providers, connectors, users' SSO identities, organizations' SSO JIT. */
export function registerSsoManagementRoutes(
  router: Router,
  registry: RouteRegistry,
  sso: SsoModule,
  organizationExists: (id: string) => Promise<unknown>,
) {
  registerSsoConnectorRoutes(router, registry, sso);
  registerSsoSigningKeyRoutes(router, registry, sso.signingKeys);
  registerSsoJitRoutes(router, registry, { store: sso.store, connectors: sso.connectors, organizationExists });
  registerSamlAcsRoute(router, registry, {
    saml: sso.saml,
    findConnector: (id) =>
      sso.connectors.loaded(id).then(
        (entry) => entry.connector,
        () => undefined,
      ),
    baseUrl: sso.endpoint,
  });
}
