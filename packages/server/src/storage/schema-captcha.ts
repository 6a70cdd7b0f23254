/**
 * Logto's `captcha_providers`: at most one row, the CAPTCHA provider the sign-in pages use.
 * `config` is the provider's JSON config sealed with the master key (it holds the secret key).
 */
export interface CaptchaProvidersTable {
  id: string;
  /** Always 1 (unique): one provider at most. */
  singleton: number;
  config_sealed: string;
  created_at: number;
  updated_at: number;
}

export interface CaptchaDatabase {
  captcha_providers: CaptchaProvidersTable;
}
