/**
 * Tables of Tessera as a SAML identity provider (Logto's saml_application_configs / _secrets /
 * _sessions). A SAML application is an `applications` row of type `SAML`; these rows hang off it
 * and go with it (on delete cascade).
 */
export interface SamlApplicationConfigsTable {
  application_id: string;
  /** JSON: user claim → SAML attribute name. */
  attribute_mapping: string;
  entity_id: string | null;
  /** JSON `{ binding, url }`, or null until set. */
  acs_url: string | null;
  /** JSON `{ encryptAssertion, encryptThenSign, certificate }`, or null. */
  encryption: string | null;
  /** JSON `{ requireSignedAuthnRequests, signingCertificate }`, or null. */
  authn_request_config: string | null;
  name_id_format: string;
}

/** Per-application signing certificates; the private key sealed with the master key. */
export interface SamlApplicationSecretsTable {
  id: string;
  application_id: string;
  private_key_encrypted: string;
  certificate: string;
  created_at: number;
  expires_at: number;
  /** 1 for the one certificate in use (a partial unique index keeps it to one), else 0. */
  active: number;
}

/**
 * A sign-in in flight: the AuthnRequest it answers (none for IdP-initiated), bound to the
 * browser by a cookie and to the OIDC round trip by the hash of its state. Used once.
 */
export interface SamlApplicationSessionsTable {
  id: string;
  application_id: string;
  /** The AuthnRequest's ID; unique per application, so a replayed request is refused. */
  saml_request_id: string | null;
  oidc_state_hash: string;
  code_verifier_encrypted: string;
  nonce: string;
  relay_state: string | null;
  raw_auth_request: string | null;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

export interface SamlApplicationsDatabase {
  saml_application_configs: SamlApplicationConfigsTable;
  saml_application_secrets: SamlApplicationSecretsTable;
  saml_application_sessions: SamlApplicationSessionsTable;
}
