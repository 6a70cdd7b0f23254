/**
 * Logto's impersonation subject tokens (`POST /api/subject-tokens`). Only the SHA-256 of the
 * value is kept; `consumed_at` is set by the one token exchange that may use it.
 */
export interface SubjectTokensTable {
  value_hash: string;
  user_id: string;
  /** JSON object: the caller's `context`, kept for the audit trail. */
  context: string;
  /** The Management API caller (app or administrator) that asked for it. */
  creator_id: string;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

export interface SubjectTokensDatabase {
  subject_tokens: SubjectTokensTable;
}
