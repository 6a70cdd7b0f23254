import type { Flag } from './schema.js';

/** Logto's hooks; `events` and `config` are JSON text; the signing key is sealed by the SecretBox. */
export interface HooksTable {
  id: string;
  name: string;
  event: string | null;
  events: string;
  config: string;
  signing_key_encrypted: string;
  enabled: Flag;
  created_at: number;
  updated_at: number;
}

/** The outbox: one row per event per subscribed hook; `status` is pending, succeeded or failed. */
export interface HookDeliveriesTable {
  id: string;
  hook_id: string;
  event: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  claimed_until: number | null;
  claim_token: string | null;
  last_status: number | null;
  last_error: string | null;
  last_response: string | null;
  created_at: number;
  updated_at: number;
}

export interface HooksDatabase {
  hooks: HooksTable;
  hook_deliveries: HookDeliveriesTable;
}
