/**
 * A user's bound MFA factors. TOTP keeps its secret sealed with the master key and the last
 * time step accepted (a code is refused once its step is used); backup codes keep only salted
 * hashes, each with the time it was used (JSON text). WebAuthn rows (several per user) keep
 * the credential's id and COSE public key (base64url), its signature counter, transports
 * (JSON text), and the browser's user agent at registration.
 */
export interface UserMfaVerificationsTable {
  id: string;
  user_id: string;
  type: 'Totp' | 'WebAuthn' | 'BackupCode';
  secret: string | null;
  codes: string | null;
  totp_last_step: number | null;
  credential_id: string | null;
  public_key: string | null;
  counter: number | null;
  transports: string | null;
  agent: string | null;
  name: string | null;
  created_at: number;
  last_used_at: number | null;
}

export interface MfaDatabase {
  user_mfa_verifications: UserMfaVerificationsTable;
}
