/** Who holds each social identity: unique by (target, identity_id) on both dialects. */
export interface UserSocialIdentitiesTable {
  target: string;
  identity_id: string;
  user_id: string;
  created_at: number;
}

/** Logto's `users.logto_config`: the user's own experience settings (JSON text), e.g. `{"mfa":{"skipped":true}}`. */
export interface UserLogtoConfigsTable {
  user_id: string;
  data: string;
  updated_at: number;
}

export interface UserIdentitiesDatabase {
  user_social_identities: UserSocialIdentitiesTable;
  user_logto_configs: UserLogtoConfigsTable;
}
