import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { LogsTable } from '../storage/schema-logs.js';

export type LogRow = Selectable<LogsTable>;

export interface LogFilter {
  userId?: string;
  applicationId?: string;
  key?: string;
}

type Page = { offset: number; limit: number };

/** Audit log rows. SQL only. */
export function createLogsStore(db: Kysely<Database>) {
  const filtered = ({ userId, applicationId, key }: LogFilter) =>
    db
      .selectFrom('logs')
      .$if(userId !== undefined, (query) => query.where('user_id', '=', userId as string))
      .$if(applicationId !== undefined, (query) => query.where('application_id', '=', applicationId as string))
      .$if(key !== undefined, (query) => query.where('key', '=', key as string));

  return {
    /** Many rows in one statement: the writer's batches. */
    async insertMany(rows: readonly LogRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('logs').values(rows).execute();
    },
    async list(filter: LogFilter, page: Page): Promise<[LogRow[], number]> {
      const [items, total] = await Promise.all([
        filtered(filter)
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('sequence', 'desc')
          .offset(page.offset)
          .limit(page.limit)
          .execute(),
        filtered(filter)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow(),
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
