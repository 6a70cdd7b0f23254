import type { RequestError } from '../http/request-error.js';
import { isUniqueViolation } from '../storage/database.js';
import type { PasswordAlgorithm } from './password-digest.schemas.js';
import { newUserRow, passwordToStore } from './user-rows.js';
import type { CreateUser } from './users.schemas.js';
import { rethrowUnique, toUser, type UserWriterDeps } from './users.service.js';
import type { UserRow, UsersTransaction } from './users.store.js';

/**
 * Bulk import and export of users (the `tessera users import|export` commands). Rows are
 * validated by the caller with `createUserSchema`, the Management API's own schema.
 */

/** A validated row and the id it gets: the caller chooses it, so a re-run batch is recognised. */
export interface ImportEntry {
  id: string;
  input: CreateUser;
}

export type ImportOutcome =
  | { status: 'imported' }
  /** Committed by an earlier, interrupted run (same id). */
  | { status: 'present' }
  | { status: 'rejected'; code: string; message: string };

/** One user in the shape `POST /api/users` (and the import) accepts. */
export type ExportedUser = Omit<CreateUser, 'password' | 'passwordAlgorithm'> & {
  passwordAlgorithm?: PasswordAlgorithm;
};

function exported(row: UserRow): ExportedUser {
  const user: ExportedUser = {};
  if (row.username !== null) user.username = row.username;
  if (row.primary_email !== null) user.primaryEmail = row.primary_email;
  if (row.primary_phone !== null) user.primaryPhone = row.primary_phone;
  if (row.name !== null) user.name = row.name;
  if (row.avatar !== null) user.avatar = row.avatar;
  const customData = JSON.parse(row.custom_data) as Record<string, unknown>;
  if (Object.keys(customData).length > 0) user.customData = customData;
  const profile = JSON.parse(row.profile) as CreateUser['profile'] & object;
  if (Object.keys(profile).length > 0) user.profile = profile;
  if (row.password_encrypted !== null && row.password_encryption_method !== null) {
    user.passwordDigest = row.password_encrypted;
    user.passwordAlgorithm = row.password_encryption_method as PasswordAlgorithm;
  }
  return user;
}

/** Imported users send `User.Created` (`onCreated`) in the transaction of their batch, as the API does. */
export function createUserTransfer({ users, clock, onCreated }: UserWriterDeps) {
  const alsoWithin = (rows: UserRow[]) =>
    onCreated && ((trx: UsersTransaction) => onCreated.inTransaction(rows.map(toUser), trx));

  /** One row on its own (after its batch failed): in, already there, or refused with the reason. */
  async function importOne(row: UserRow): Promise<ImportOutcome> {
    try {
      await users.insert(row, [], alsoWithin([row]));
      onCreated?.committed();
      return { status: 'imported' };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (await users.findById(row.id)) return { status: 'present' };
      try {
        rethrowUnique(error);
      } catch (refused) {
        const { code, message } = refused as RequestError;
        return { status: 'rejected', code, message };
      }
    }
  }

  return {
    /**
     * The batch in one transaction; when it fails on a taken username, email, phone or id, each
     * row is tried on its own, so one bad row does not reject its neighbours. Any other failure
     * (the database went away) is thrown, with nothing of the batch written.
     */
    async importBatch(entries: ImportEntry[]): Promise<ImportOutcome[]> {
      const now = clock();
      const rows = await Promise.all(
        entries.map(async ({ id, input }) => newUserRow(input, await passwordToStore(input), { id, now })),
      );
      try {
        await users.insertMany(rows, alsoWithin(rows));
        onCreated?.committed();
        return rows.map(() => ({ status: 'imported' }));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      const outcomes: ImportOutcome[] = [];
      for (const row of rows) outcomes.push(await importOne(row));
      return outcomes;
    },

    /** The page of users after `afterId` (id order), in the import shape, with their password digests. */
    async exportPage(afterId: string | undefined, limit: number): Promise<{ users: ExportedUser[]; lastId?: string }> {
      const rows = await users.listAfter(afterId, limit);
      return { users: rows.map(exported), lastId: rows.at(-1)?.id };
    },
  };
}

export type UserTransfer = ReturnType<typeof createUserTransfer>;
