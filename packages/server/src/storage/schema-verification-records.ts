/**
 * The Account API's verification records (Logto's `verification_records`): short-lived proofs
 * made by a signed-in user (their password, a code sent to an email or phone). `data` is JSON
 * text; a code is kept only as a salted hash.
 */
export interface VerificationRecordsTable {
  id: string;
  user_id: string;
  type: string;
  data: string;
  expires_at: number;
  created_at: number;
}

export interface VerificationRecordsDatabase {
  verification_records: VerificationRecordsTable;
}
