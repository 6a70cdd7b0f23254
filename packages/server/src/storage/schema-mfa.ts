/**
 * A user's bound MFA factors. TOTP keeps its secret sealed with the master key and the last
 * time step accepted (a code is refused once its step is used); backup codes keep only salted
 * hashes, each with the time it was used (JSON text).
 */
export interface UserMfaVerificationsTable {
  id: string;
  user_id: string;
  type: 'Totp' | 'BackupCode';
  secret: string | null;
  codes: string | null;
  totp_last_step: number | null;
  created_at: number;
  last_used_at: number | null;
}

export interface MfaDatabase {
  user_mfa_verifications: UserMfaVerificationsTable;
}
