import { RequestError } from '../http/request-error.js';
import type { Log, LogPayload } from './logs.schemas.js';
import type { LogFilter, LogRow, LogsStore } from './logs.store.js';

const dayMs = 24 * 3600 * 1000;

/** Logto's `enableCap`: counting stops past this many matches and answers one more. */
export const logCountCap = 10_000;

function toLog(row: LogRow): Log {
  return {
    id: row.id,
    key: row.key,
    payload: JSON.parse(row.payload) as LogPayload,
    createdAt: Number(row.created_at),
  };
}

/** Reading audit logs, and the retention rule that removes old ones. */
export function createLogsService(deps: {
  store: LogsStore;
  clock: () => number;
  /** Days a log is kept; 0 keeps logs forever. */
  retentionDays: number;
}) {
  const { store } = deps;
  return {
    async list(filter: LogFilter, page: { offset: number; limit: number }, { capped = false } = {}) {
      const [rows, total] = await store.list(filter, page, capped ? logCountCap + 1 : undefined);
      return { items: rows.map(toLog), total, isCapped: capped && total > logCountCap };
    },
    async get(id: string): Promise<Log> {
      const row = await store.findById(id);
      if (!row) throw new RequestError('entity.not_found', 404);
      return toLog(row);
    },
    /**
     * Removes logs older than the retention period, oldest first, in batches of `batchSize`
     * (short statements that never hold the table for long), at most `maxBatches` per call;
     * answers how many rows went. `now` may be any date, for tests.
     */
    async prune(now = deps.clock(), { batchSize = 500, maxBatches = 20 } = {}): Promise<number> {
      if (deps.retentionDays <= 0) return 0;
      const cutoff = now - deps.retentionDays * dayMs;
      let removed = 0;
      for (let batch = 0; batch < maxBatches; batch += 1) {
        const count = await store.deleteOlderThan(cutoff, batchSize);
        removed += count;
        if (count < batchSize) break;
      }
      return removed;
    },
  };
}

export type LogsService = ReturnType<typeof createLogsService>;
