import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { createSamlSso } from './saml.service.js';
import { createSamlSsoStore } from './saml.store.js';
import { createMetadataFetcher } from './saml-metadata-fetch.js';

export type { SamlSso } from './saml.service.js';
export { registerSamlAcsRoute } from './saml-acs.routes.js';
export { createSamlDrivers } from './saml-drivers.js';

/** The SAML service provider over the database: one per process, shared by the drivers and the ACS. */
export function createSamlSsoService(deps: {
  db: Kysely<Database>;
  clock: () => number;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
}) {
  return createSamlSso({
    store: createSamlSsoStore(deps.db),
    now: deps.clock,
    fetchMetadata: createMetadataFetcher({
      timeoutMs: deps.timeoutMs,
      maxBytes: 1024 * 1024,
      allowPrivateNetworks: deps.allowPrivateNetworks,
    }),
  });
}
