import type { Kysely, Selectable } from 'kysely';
import { generateId } from '../crypto/ids.js';
import type { Database } from '../storage/schema.js';
import type { UserMfaVerificationsTable } from '../storage/schema-mfa.js';
import type { SupportedMfaFactor } from './mfa.schemas.js';
import type { NewWebAuthnCredential } from './webauthn.schemas.js';

export type MfaRow = Selectable<UserMfaVerificationsTable>;
export interface StoredBackupCode {
  hash: string;
  salt: string;
  usedAt: number | null;
}

/** Users' bound MFA factors: one row per user and type, except WebAuthn (one row per passkey). */
export function createMfaStore(db: Kysely<Database>) {
  return {
    async list(userId: string): Promise<MfaRow[]> {
      return db.selectFrom('user_mfa_verifications').selectAll().where('user_id', '=', userId).execute();
    },

    async find(userId: string, type: SupportedMfaFactor): Promise<MfaRow | undefined> {
      return db
        .selectFrom('user_mfa_verifications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('type', '=', type)
        .executeTakeFirst();
    },

    /** Replaces the user's factor of that type (new backup codes replace the old ones). */
    async bind(
      userId: string,
      type: Exclude<SupportedMfaFactor, 'WebAuthn'>,
      values: { secret?: string; codes?: StoredBackupCode[]; totpLastStep?: number },
      now: number,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('user_mfa_verifications').where('user_id', '=', userId).where('type', '=', type).execute();
        await trx
          .insertInto('user_mfa_verifications')
          .values({
            id: generateId(),
            user_id: userId,
            type,
            secret: values.secret ?? null,
            codes: values.codes ? JSON.stringify(values.codes) : null,
            totp_last_step: values.totpLastStep ?? null,
            created_at: now,
            last_used_at: null,
          })
          .execute();
      });
    },

    /** Accepts a TOTP time step only if it is later than the last one used (no replay). */
    async useTotpStep(id: string, step: number, now: number): Promise<boolean> {
      const result = await db
        .updateTable('user_mfa_verifications')
        .set({ totp_last_step: step, last_used_at: now })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Marks one backup code used, only if nobody changed the codes meanwhile (single use under races). */
    async useBackupCode(row: MfaRow, codes: StoredBackupCode[], now: number): Promise<boolean> {
      const result = await db
        .updateTable('user_mfa_verifications')
        .set({ codes: JSON.stringify(codes), last_used_at: now })
        .where('id', '=', row.id)
        .where('codes', '=', row.codes)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Adds a passkey beside the user's others. */
    async addWebAuthn(userId: string, credential: NewWebAuthnCredential, now: number, name?: string): Promise<void> {
      await db
        .insertInto('user_mfa_verifications')
        .values({
          id: generateId(),
          user_id: userId,
          type: 'WebAuthn',
          credential_id: credential.id,
          public_key: credential.publicKey,
          counter: credential.counter,
          transports: credential.transports ? JSON.stringify(credential.transports) : null,
          agent: credential.agent ?? null,
          ...(name !== undefined && { name }),
          created_at: now,
          last_used_at: null,
        })
        .execute();
    },

    async findWebAuthn(credentialId: string): Promise<MfaRow | undefined> {
      return db
        .selectFrom('user_mfa_verifications')
        .selectAll()
        .where('credential_id', '=', credentialId)
        .where('type', '=', 'WebAuthn')
        .executeTakeFirst();
    },

    /** Records a passkey's use, only if its counter is still the one checked (no concurrent replay). */
    async useWebAuthn(id: string, checkedCounter: number, counter: number, now: number): Promise<boolean> {
      const result = await db
        .updateTable('user_mfa_verifications')
        .set({ counter, last_used_at: now })
        .where('id', '=', id)
        .where('counter', '=', checkedCounter)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Renames one of the user's passkeys; false when the user has no passkey with that id. */
    async renameWebAuthn(userId: string, id: string, name: string): Promise<boolean> {
      const result = await db
        .updateTable('user_mfa_verifications')
        .set({ name })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('type', '=', 'WebAuthn')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Removes one factor of the user; false when the user has no factor with that id. */
    async remove(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('user_mfa_verifications')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async removeType(userId: string, type: SupportedMfaFactor): Promise<void> {
      await db.deleteFrom('user_mfa_verifications').where('user_id', '=', userId).where('type', '=', type).execute();
    },
  };
}

export type MfaStore = ReturnType<typeof createMfaStore>;
