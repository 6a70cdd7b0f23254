/**
 * Logto's personal access tokens, one name per user. Only the SHA-256 of the value is kept (Logto
 * keeps the value itself): the value is shown once, when the token is created.
 */
export interface PersonalAccessTokensTable {
  user_id: string;
  name: string;
  value_hash: string;
  created_at: number;
  expires_at: number | null;
}

export interface PersonalAccessTokensDatabase {
  personal_access_tokens: PersonalAccessTokensTable;
}
