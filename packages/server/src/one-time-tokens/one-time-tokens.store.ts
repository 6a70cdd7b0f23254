import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { OneTimeTokensTable } from '../storage/schema-one-time-tokens.js';

export type OneTimeTokenRow = Selectable<OneTimeTokensTable>;

type Page = { offset: number; limit: number };

export interface OneTimeTokenFilter {
  email?: string;
  status?: string;
}

/** One-time tokens. SQL only. */
export function createOneTimeTokensStore(db: Kysely<Database>) {
  const filtered = ({ email, status }: OneTimeTokenFilter) =>
    db
      .selectFrom('one_time_tokens')
      .$if(email !== undefined, (query) => query.where('email', '=', email as string))
      .$if(status !== undefined, (query) => query.where('status', '=', status as string));
  const byId = (id: string) => db.selectFrom('one_time_tokens').selectAll().where('id', '=', id).executeTakeFirst();

  return {
    findById: byId,
    findByHash: (tokenHash: string) =>
      db.selectFrom('one_time_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
    async insert(row: OneTimeTokenRow): Promise<void> {
      await db.insertInto('one_time_tokens').values(row).execute();
    },
    async list(filter: OneTimeTokenFilter, page?: Page): Promise<[OneTimeTokenRow[], number]> {
      const items = await filtered(filter)
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .$if(page !== undefined, (query) => query.offset(page?.offset ?? 0).limit(page?.limit ?? 0))
        .execute();
      const total = await filtered(filter)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return [items, Number(total.count)];
    },
    /**
     * Moves a token from `from` to `to`; false when its status was no longer `from`, so two
     * concurrent uses of one token cannot both consume it.
     */
    async transition(id: string, from: string, to: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('one_time_tokens')
        .set({ status: to, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Logto marks an email's lapsed active tokens expired when a new one is made for it. */
    async expireLapsed(email: string, now: number): Promise<void> {
      await db
        .updateTable('one_time_tokens')
        .set({ status: 'expired', updated_at: now })
        .where('email', '=', email)
        .where('status', '=', 'active')
        .where('expires_at', '<=', now)
        .execute();
    },
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('one_time_tokens').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type OneTimeTokensStore = ReturnType<typeof createOneTimeTokensStore>;
