import type { z } from 'zod';

/**
 * The contract every enterprise SSO provider implements (Logto's `SsoProviderName`s). A driver
 * knows one protocol family (OIDC or SAML 2.0) and never sees HTTP, the database or sealing: the
 * SSO service hands it the connector with its config already unsealed, and keeps whatever it
 * returns as `session` inside the Experience API verification record, so any node can finish a
 * sign-in another began.
 */
export type SsoProviderName = 'OIDC' | 'SAML' | 'AzureAD' | 'AzureAdOidc' | 'GoogleWorkspace' | 'Okta';

export const ssoProviderNames = [
  'OIDC',
  'SAML',
  'AzureAD',
  'AzureAdOidc',
  'GoogleWorkspace',
  'Okta',
] as const satisfies readonly SsoProviderName[];

/** Who the provider says signed in. `issuer` + `identityId` is unique (table `user_sso_identities`). */
export type SsoIdentity = {
  issuer: string;
  identityId: string;
  email?: string;
  /**
   * The provider asserted it verified `email` (OIDC `email_verified`). A SAML driver sets it only
   * when the assertion says so; the service also trusts an email whose domain is one of the
   * connector's `domains`.
   */
  emailVerified: boolean;
  name?: string;
  picture?: string;
  /** The claims or attributes as received (kept as the identity's `detail`). */
  detail: Record<string, unknown>;
};

export type SsoConnectorForDriver = {
  id: string;
  providerName: SsoProviderName;
  /** Already unsealed and validated by the driver's `configGuard`. */
  config: Record<string, unknown>;
  /** Lowercased email domains. */
  domains: string[];
};

export interface SsoDriver {
  providerName: SsoProviderName;
  providerType: 'oidc' | 'saml';
  /** Image URLs or data URLs (Logto's `providerLogo` / `providerLogoDark`). */
  logo: string;
  logoDark: string;
  description: { en: string; 'zh-CN': string };
  /** Validated on POST/PATCH (the PATCH merges the stored config first); unknown keys are refused. */
  configGuard: z.ZodType<Record<string, unknown>>;
  /** Config keys sealed at rest (the whole config is sealed) and masked in every answer. */
  secretKeys: readonly string[];
  /**
   * Logto's `providerConfig`: what the connector resolves to (OIDC: the fetched discovery
   * document and scope; SAML: SP entity id, ACS URL, IdP metadata read). Throws
   * `SsoDriverError('invalid_config', …)`, which the routes answer with 422 `connector.invalid_config`
   * (the listing shows `providerConfig` absent instead).
   */
  providerConfig(connector: SsoConnectorForDriver, ctx: { baseUrl: string }): Promise<Record<string, unknown>>;
  /** The provider URL to send the browser to; `session` comes back unchanged to `verify`. */
  authorizationUri(
    connector: SsoConnectorForDriver,
    input: { state: string; redirectUri: string; baseUrl: string },
  ): Promise<{ uri: string; session: Record<string, unknown> }>;
  /**
   * Checks what the provider sent back (OIDC: `{ code, state }` from the redirect URI; SAML:
   * `{ SAMLResponse, RelayState }`) against `session`; throws `SsoDriverError` on anything wrong.
   */
  verify(
    connector: SsoConnectorForDriver,
    input: { data: Record<string, unknown>; session: Record<string, unknown>; baseUrl: string },
  ): Promise<SsoIdentity>;
}

/**
 * A driver failure. `invalid_config`: the connector's settings (or what they point to) are not
 * usable (422 `connector.invalid_config`); `authorization_failed`: what the provider sent back
 * is refused (401 `connector.authorization_failed`, or 400 `session.connector_state_mismatch`
 * for a wrong state); `provider_unreachable`: the provider did not answer (502).
 */
export type SsoDriverErrorCode =
  | 'invalid_config'
  | 'authorization_failed'
  | 'state_mismatch'
  | 'invalid_response'
  | 'provider_unreachable';

export class SsoDriverError extends Error {
  readonly code: SsoDriverErrorCode;
  readonly data?: Record<string, unknown>;

  constructor(code: SsoDriverErrorCode, message: string, data?: Record<string, unknown>) {
    super(message);
    this.name = 'SsoDriverError';
    this.code = code;
    this.data = data;
  }
}
