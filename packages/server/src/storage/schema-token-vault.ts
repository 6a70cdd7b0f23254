/**
 * Logto's secret vault for social provider tokens (`secrets` joined with
 * `secret_social_connector_relations`, in one table): the token set of one social identity,
 * sealed with the master key; `metadata` (scope, expiry, token type, whether a refresh token is
 * kept) stays readable, as Logto keeps it.
 */
export interface SecretsTable {
  id: string;
  user_id: string;
  /** Logto's `SecretType`: always `federated_token_set`. */
  type: string;
  /** `{ access_token, refresh_token?, id_token? }` as JSON, sealed (`v1.<iv>.<tag>.<ciphertext>`). */
  ciphertext: string;
  /** JSON `{ hasRefreshToken, scope?, expiresAt? (epoch seconds), tokenType? }`. */
  metadata: string;
  connector_id: string;
  target: string;
  identity_id: string;
  created_at: number;
  updated_at: number;
}

export interface TokenVaultDatabase {
  secrets: SecretsTable;
}
