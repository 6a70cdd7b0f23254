import type { Logger } from 'pino';
import { startOfUtcDay } from './dashboard.service.js';
import type { DashboardStore } from './dashboard.store.js';

/**
 * Marks users active for the day they get tokens (Logto's `daily_active_users`). `record` never
 * waits and never throws: the write runs in the background, at most once per user per day on
 * this node (a failed write is logged and retried on the user's next token).
 */
export function createActivityRecorder(deps: { store: DashboardStore; clock: () => number; logger: Logger }) {
  const { store, clock, logger } = deps;
  let day = -1;
  let seen = new Set<string>();
  const pending = new Set<Promise<void>>();
  return {
    record(userId: string): void {
      const now = clock();
      const today = startOfUtcDay(now);
      if (today !== day) {
        day = today;
        seen = new Set();
      }
      if (seen.has(userId)) return;
      seen.add(userId);
      const marked = seen;
      const write = store
        .markActive(userId, today, now)
        .catch((err: unknown) => {
          marked.delete(userId);
          logger.warn({ err, userId }, 'daily active user write failed');
        })
        .finally(() => pending.delete(write));
      pending.add(write);
    },
    /** Waits for the writes started so far (tests, shutdown). */
    async flush(): Promise<void> {
      await Promise.all([...pending]);
    },
  };
}

export type ActivityRecorder = ReturnType<typeof createActivityRecorder>;
