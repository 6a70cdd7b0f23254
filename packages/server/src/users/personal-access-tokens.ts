import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import type { PersonalAccessTokensTable } from '../storage/schema-personal-access-tokens.js';
import type { PersonalAccessToken } from './personal-access-tokens.schemas.js';
import type { Clock, UsersService } from './users.service.js';

type TokenRow = Selectable<PersonalAccessTokensTable>;

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

/** SQL for personal access tokens; no rules here. */
export function createPersonalAccessTokensStore(db: Kysely<Database>) {
  const table = 'personal_access_tokens' as const;
  return {
    list: (userId: string) =>
      db.selectFrom(table).selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('name').execute(),
    insert: (row: TokenRow) => db.insertInto(table).values(row).execute(),
    rename: (userId: string, name: string, newName: string) =>
      db
        .updateTable(table)
        .set({ name: newName })
        .where('user_id', '=', userId)
        .where('name', '=', name)
        .returningAll()
        .executeTakeFirst(),
    remove: async (userId: string, name: string) =>
      Number(
        (await db.deleteFrom(table).where('user_id', '=', userId).where('name', '=', name).executeTakeFirst())
          .numDeletedRows,
      ) > 0,
    findByHash: (valueHash: string) =>
      db.selectFrom(table).selectAll().where('value_hash', '=', valueHash).executeTakeFirst(),
  };
}
export type PersonalAccessTokensStore = ReturnType<typeof createPersonalAccessTokensStore>;

const toToken = (row: TokenRow): PersonalAccessToken => ({
  userId: row.user_id,
  name: row.name,
  createdAt: Number(row.created_at),
  expiresAt: row.expires_at === null ? null : Number(row.expires_at),
});

const nameTaken = () =>
  new RequestError('user.personal_access_token_name_exists', 422, {
    message: 'The user already has a personal access token of this name.',
  });

/**
 * Logto's personal access tokens (`pat_…`): the value is shown once, at creation, and only its
 * SHA-256 is stored. `verify` answers the user a live token belongs to, for the token exchange.
 */
export function createPersonalAccessTokens(deps: {
  store: PersonalAccessTokensStore;
  users: Pick<UsersService, 'findOrThrow'>;
  clock: Clock;
}) {
  const { store, users, clock } = deps;
  return {
    async list(userId: string): Promise<PersonalAccessToken[]> {
      await users.findOrThrow(userId);
      return (await store.list(userId)).map(toToken);
    },

    async create(userId: string, input: { name: string; expiresAt?: number | null }) {
      await users.findOrThrow(userId);
      const now = clock();
      if (input.expiresAt != null && input.expiresAt <= now)
        throw new RequestError('guard.invalid_input', 400, { message: '`expiresAt` must be in the future.' });
      const value = `pat_${randomBytes(24).toString('base64url')}`;
      const row: TokenRow = {
        user_id: userId,
        name: input.name,
        value_hash: hashOf(value),
        created_at: now,
        expires_at: input.expiresAt ?? null,
      };
      await store.insert(row).catch((error: unknown) => {
        throw isUniqueViolation(error) ? nameTaken() : error;
      });
      return { ...toToken(row), value };
    },

    async rename(userId: string, name: string, newName: string): Promise<PersonalAccessToken> {
      await users.findOrThrow(userId);
      const row = await store.rename(userId, name, newName).catch((error: unknown) => {
        throw isUniqueViolation(error) ? nameTaken() : error;
      });
      if (!row) throw new RequestError('entity.not_found', 404);
      return toToken(row);
    },

    async remove(userId: string, name: string): Promise<void> {
      await users.findOrThrow(userId);
      if (!(await store.remove(userId, name))) throw new RequestError('entity.not_found', 404);
    },

    /** The user id of a live token with this value; undefined when unknown or expired. */
    async verify(value: string): Promise<string | undefined> {
      const expected = hashOf(value);
      const row = await store.findByHash(expected);
      if (!row || !timingSafeEqual(Buffer.from(row.value_hash), Buffer.from(expected))) return undefined;
      if (row.expires_at !== null && Number(row.expires_at) <= clock()) return undefined;
      return row.user_id;
    },
  };
}
export type PersonalAccessTokens = ReturnType<typeof createPersonalAccessTokens>;
