import type { ActiveUserCounts, NewUserCounts } from './dashboard.schemas.js';
import type { DashboardStore } from './dashboard.store.js';

export const dayMs = 24 * 3600 * 1000;

/** The start of the UTC day holding `time`, epoch ms. */
export const startOfUtcDay = (time: number) => Math.floor(time / dayMs) * dayMs;

const dateString = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Logto's dashboard numbers. New users count over rolling windows ending now (the last 24 hours
 * and 7 days, each against the period before it); active users over UTC days ending with the
 * target day (DAU: that day, WAU: 7 days, MAU: 30 days, each against the period before it).
 */
export function createDashboardService(deps: { store: DashboardStore; clock: () => number }) {
  const { store, clock } = deps;
  const countDelta = (count: number, previous: number) => ({ count, delta: count - previous });
  return {
    async totalUsers() {
      return { totalUserCount: await store.countUsers() };
    },
    async newUsers(): Promise<NewUserCounts> {
      const now = clock();
      const ago = (days: number) => now - days * dayMs;
      const [today, yesterday, last7Days, previous7Days] = await Promise.all([
        store.countUsers({ after: ago(1), atOrBefore: now }),
        store.countUsers({ after: ago(2), atOrBefore: ago(1) }),
        store.countUsers({ after: ago(7), atOrBefore: now }),
        store.countUsers({ after: ago(14), atOrBefore: ago(7) }),
      ]);
      return { today: countDelta(today, yesterday), last7Days: countDelta(last7Days, previous7Days) };
    },
    /** `date` is YYYY-MM-DD (UTC); today when absent. */
    async activeUsers(date?: string): Promise<ActiveUserCounts> {
      const target = date ? Date.parse(`${date}T00:00:00Z`) : startOfUtcDay(clock());
      const day = (daysBefore: number) => target - daysBefore * dayMs;
      const [curve, dau, previousDau, wau, previousWau, mau, previousMau] = await Promise.all([
        store.countActiveUsersByDay(day(29), target),
        store.countActiveUsers(target, target),
        store.countActiveUsers(day(1), day(1)),
        store.countActiveUsers(day(6), target),
        store.countActiveUsers(day(13), day(7)),
        store.countActiveUsers(day(29), target),
        store.countActiveUsers(day(59), day(30)),
      ]);
      return {
        dauCurve: Array.from({ length: 30 }, (_, index) => {
          const start = day(29 - index);
          return { date: dateString(start), count: curve.get(start) ?? 0 };
        }),
        dau: countDelta(dau, previousDau),
        wau: countDelta(wau, previousWau),
        mau: countDelta(mau, previousMau),
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
