import { createOidcDrivers } from './oidc/oidc-presets.js';
import { createSamlDrivers, type SamlSso } from './saml/index.js';
import type { SsoDriver, SsoProviderName } from './sso-driver.js';

/** What drivers may use: outbound HTTP timeout and the clock (tests inject both). */
export type SsoDriverDeps = {
  /** Outbound request timeout to the provider, in milliseconds. */
  timeoutMs: number;
  clock: () => number;
  /**
   * The SAML service provider (its in-flight requests and replay cache are in the database),
   * shared with the ACS route; without it (driver unit tests) the SAML drivers are not offered.
   */
  saml?: SamlSso;
};

export type SsoDriverRegistry = ReadonlyMap<SsoProviderName, SsoDriver>;

/**
 * The enterprise SSO drivers by provider name. Each protocol family contributes a list: the OIDC
 * drivers (generic OIDC and its presets) and the SAML drivers (SAML, AzureAD). A provider name
 * missing here is not offered by `GET /api/sso-connector-providers` and refused on create.
 */
export function createSsoDrivers(deps: SsoDriverDeps): SsoDriverRegistry {
  const drivers: SsoDriver[] = [...createOidcDrivers(deps), ...(deps.saml ? createSamlDrivers(deps.saml) : [])];
  const registry = new Map<SsoProviderName, SsoDriver>();
  for (const driver of drivers) {
    if (registry.has(driver.providerName)) throw new Error(`Two SSO drivers share the name ${driver.providerName}.`);
    registry.set(driver.providerName, driver);
  }
  return registry;
}
