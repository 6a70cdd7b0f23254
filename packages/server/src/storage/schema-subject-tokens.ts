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

/** A code sent by `POST /api/verification-codes`: `target` is `email:<address>` or `phone:<digits>`; the code only as a salted hash. */
export interface ManagementVerificationCodesTable {
  target: string;
  salt: string;
  code_hash: string;
  /** Tries so far, counted before each comparison. */
  attempts: number;
  created_at: number;
  expires_at: number;
}

export interface SubjectTokensDatabase {
  subject_tokens: SubjectTokensTable;
  management_verification_codes: ManagementVerificationCodesTable;
}
