import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { LogsTable } from '../storage/schema-logs.js';

export type LogRow = Selectable<LogsTable>;

export interface LogFilter {
  userId?: string;
  applicationId?: string;
  key?: string;
  /** Created after (exclusive), epoch ms. */
  after?: number;
  /** Created before (exclusive), epoch ms. */
  before?: number;
}

type Page = { offset: number; limit: number };

/** Audit log rows. SQL only. */
export function createLogsStore(db: Kysely<Database>) {
  const filtered = ({ userId, applicationId, key, after, before }: LogFilter) =>
    db
      .selectFrom('logs')
      .$if(userId !== undefined, (query) => query.where('user_id', '=', userId as string))
      .$if(applicationId !== undefined, (query) => query.where('application_id', '=', applicationId as string))
      .$if(key !== undefined, (query) => query.where('key', '=', key as string))
      .$if(after !== undefined, (query) => query.where('created_at', '>', after as number))
      .$if(before !== undefined, (query) => query.where('created_at', '<', before as number));

  return {
    /** Many rows in one statement: the writer's batches. */
    async insertMany(rows: readonly LogRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('logs').values(rows).execute();
    },
    /** A page, newest first, and the number of matches (counted up to `countCap` when given). */
    async list(filter: LogFilter, page: Page, countCap?: number): Promise<[LogRow[], number]> {
      const counted = countCap
        ? db
            .selectFrom(filtered(filter).select('id').limit(countCap).as('capped'))
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow()
        : filtered(filter)
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow();
      const [items, total] = await Promise.all([
        filtered(filter)
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('sequence', 'desc')
          .offset(page.offset)
          .limit(page.limit)
          .execute(),
        counted,
      ]);
      return [items, Number(total.count)];
    },
    findById: (id: string) => db.selectFrom('logs').selectAll().where('id', '=', id).executeTakeFirst(),
    /** Removes up to `limit` of the oldest rows created before `cutoff`; answers how many went. */
    async deleteOlderThan(cutoff: number, limit: number): Promise<number> {
      const result = await db
        .deleteFrom('logs')
        .where('id', 'in', (eb) =>
          eb.selectFrom('logs').select('id').where('created_at', '<', cutoff).orderBy('created_at').limit(limit),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type LogsStore = ReturnType<typeof createLogsStore>;
