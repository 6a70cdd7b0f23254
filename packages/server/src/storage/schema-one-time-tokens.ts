/**
 * Logto's one-time tokens (magic links): only the SHA-256 of the token is kept, so a database
 * read gives no usable link. `context` is JSON text (`{ jitOrganizationIds? }`).
 */
export interface OneTimeTokensTable {
  id: string;
  email: string;
  token_hash: string;
  status: string;
  context: string;
  expires_at: number;
  created_at: number;
  updated_at: number;
}

export interface OneTimeTokensDatabase {
  one_time_tokens: OneTimeTokensTable;
}
