/**
 * Test sign-ins started from the console (applications/sign-in-tests.*). The state is kept only
 * as its SHA-256 and the PKCE verifier sealed with the master key; no token is ever stored.
 */
export interface ApplicationSignInTestsTable {
  id: string;
  application_id: string;
  state_hash: string;
  code_verifier_encrypted: string;
  nonce: string;
  /** The API resource indicator the test asked a token for, if any. */
  resource: string | null;
  /** `pending`, `redeeming` (the callback claimed it), `succeeded` or `failed`. */
  status: string;
  /** JSON text: the claims when `succeeded`, the error when `failed`. */
  result: string | null;
  created_at: number;
  expires_at: number;
}

export interface ApplicationSignInTestsDatabase {
  application_sign_in_tests: ApplicationSignInTestsTable;
}
