/**
 * Logto's `daily_active_users`: a user who got tokens on a UTC day, once per day. `date` is the
 * day's start in epoch milliseconds; `created_at` when the first token of that day was issued.
 */
export interface DailyActiveUsersTable {
  user_id: string;
  date: number;
  created_at: number;
}

export interface DailyActiveUsersDatabase {
  daily_active_users: DailyActiveUsersTable;
}
