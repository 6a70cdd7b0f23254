/**
 * Audit logs (Logto's `logs`): `payload` is JSON text in Logto's shape; `user_id` and
 * `application_id` copy the payload's `userId` and `applicationId` so both dialects filter them
 * by index. `sequence` orders entries written in the same millisecond by one process.
 */
export interface LogsTable {
  id: string;
  key: string;
  payload: string;
  user_id: string | null;
  application_id: string | null;
  created_at: number;
  sequence: number;
}

export interface LogsDatabase {
  logs: LogsTable;
}
