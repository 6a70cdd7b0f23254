/**
 * In-flight SAML sign-ins and the assertion replay cache (migration 0032).
 *
 * `saml_sso_requests`: one row per AuthnRequest we issued (`id` is its ID, also the RelayState).
 * `status` goes pending → verified (the ACS stored the identity of a valid response) → consumed
 * (the Experience API's verify took it), each step a conditional update, so each happens once.
 *
 * `saml_sso_assertions`: the IDs of accepted assertions until they expire; the primary key makes
 * a second acceptance of the same assertion fail atomically.
 */
export interface SamlSsoRequestsTable {
  id: string;
  connector_id: string;
  status: string;
  /** The verified identity (JSON), once the ACS accepted a response. */
  identity: string | null;
  redirect_uri: string;
  state: string;
  created_at: number;
  expires_at: number;
}

export interface SamlSsoAssertionsTable {
  connector_id: string;
  assertion_id: string;
  expires_at: number;
}

/**
 * SP signing keys of SAML connectors (migration 0034): RSA keys that sign AuthnRequests, the
 * private key sealed with the master key, at most one active per connector (a partial unique
 * index), deleted with their connector.
 */
export interface SsoSigningKeysTable {
  id: string;
  connector_id: string;
  private_key_encrypted: string;
  certificate: string;
  created_at: number;
  expires_at: number;
  active: number;
}

export interface SamlSsoDatabase {
  saml_sso_requests: SamlSsoRequestsTable;
  saml_sso_assertions: SamlSsoAssertionsTable;
  sso_connector_signing_keys: SsoSigningKeysTable;
}
