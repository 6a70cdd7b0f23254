import type { Kysely } from 'kysely';
import type { CacheTopics } from '../../cache/invalidation.js';
import { createSharedCache } from '../../cache/shared-cache.js';
import type { Database } from '../../storage/schema.js';
import type { SamlIdpMetadata } from './saml.config.js';
import { createSamlSso } from './saml.service.js';
import { createSamlSsoStore } from './saml.store.js';
import { createMetadataFetcher } from './saml-metadata-fetch.js';
import type { SpSigningKey } from './saml-sp.js';

export type { SamlSso } from './saml.service.js';
export { registerSamlAcsRoute } from './saml-acs.routes.js';
export { createSamlDrivers } from './saml-drivers.js';
export { registerSsoSigningKeyRoutes } from './saml-signing-keys.routes.js';
export { createSsoSigningKeys, type SsoSigningKeys } from './saml-signing-keys.service.js';
export { createSsoSigningKeysStore } from './saml-signing-keys.store.js';

/** The SAML service provider over the database: one per process, shared by the drivers and the ACS. */
export function createSamlSsoService(deps: {
  db: Kysely<Database>;
  clock: () => number;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
  /** The connector's active SP signing key, when it has one (its AuthnRequests are then signed). */
  signingKey?: (connectorId: string) => Promise<SpSigningKey | undefined>;
  /** The connectors' topic: metadata fetched from a URL is kept five minutes, dropped when a connector changes. */
  cache?: CacheTopics;
}) {
  return createSamlSso({
    ...(deps.cache && {
      metadataCache: createSharedCache<SamlIdpMetadata>(deps.cache, 'sso-connectors', {
        clock: deps.clock,
        ttlMs: 5 * 60_000,
      }),
    }),
    store: createSamlSsoStore(deps.db),
    now: deps.clock,
    signingKey: deps.signingKey,
    fetchMetadata: createMetadataFetcher({
      timeoutMs: deps.timeoutMs,
      maxBytes: 1024 * 1024,
      allowPrivateNetworks: deps.allowPrivateNetworks,
    }),
  });
}
