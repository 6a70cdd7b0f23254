/**
 * Enterprise SSO (migration 0031). `config` is the whole provider config sealed with the master
 * key; `domains` and `branding` are JSON text; `sync_profile` is 0/1.
 */
export interface SsoConnectorsTable {
  id: string;
  provider_name: string;
  connector_name: string;
  config: string;
  domains: string;
  branding: string;
  sync_profile: number;
  created_at: number;
}

/** Who holds each enterprise identity: unique by (issuer, identity_id). `detail` is JSON text. */
export interface UserSsoIdentitiesTable {
  id: string;
  user_id: string;
  sso_connector_id: string;
  issuer: string;
  identity_id: string;
  detail: string;
  created_at: number;
  updated_at: number;
}

/** Organizations a connector's users join on their first SSO sign-in (Logto's SSO JIT). */
export interface OrganizationJitSsoConnectorsTable {
  organization_id: string;
  sso_connector_id: string;
}

export interface SsoDatabase {
  sso_connectors: SsoConnectorsTable;
  user_sso_identities: UserSsoIdentitiesTable;
  organization_jit_sso_connectors: OrganizationJitSsoConnectorsTable;
}
