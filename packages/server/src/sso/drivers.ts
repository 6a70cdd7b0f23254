import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import { createSamlDrivers, createSamlSsoService } from './saml/index.js';
import type { SsoDriver, SsoProviderName } from './sso-driver.js';

/** What drivers may use: outbound HTTP timeout and the clock (tests inject both). */
export type SsoDriverDeps = {
  /** Outbound request timeout to the provider, in milliseconds. */
  timeoutMs: number;
  clock: () => number;
  /** SAML: in-flight AuthnRequests and the assertion replay cache live in the database. */
  db: Kysely<Database>;
  /** SAML metadata URLs on private addresses are fetched only when set (TESSERA_SSO_ALLOW_PRIVATE_NETWORKS). */
  allowPrivateNetworks: boolean;
};

export type SsoDriverRegistry = ReadonlyMap<SsoProviderName, SsoDriver>;

/**
 * The enterprise SSO drivers by provider name. Each protocol family contributes a list: the OIDC
 * drivers (generic OIDC and its presets) and the SAML drivers (SAML, AzureAD). A provider name
 * missing here is not offered by `GET /api/sso-connector-providers` and refused on create.
 */
export function createSsoDrivers(deps: SsoDriverDeps): SsoDriverRegistry {
  const drivers: SsoDriver[] = [
    // OIDC family: added by sso-core.
    ...createSamlDrivers(createSamlSsoService(deps)),
  ];
  const registry = new Map<SsoProviderName, SsoDriver>();
  for (const driver of drivers) {
    if (registry.has(driver.providerName)) throw new Error(`Two SSO drivers share the name ${driver.providerName}.`);
    registry.set(driver.providerName, driver);
  }
  return registry;
}
