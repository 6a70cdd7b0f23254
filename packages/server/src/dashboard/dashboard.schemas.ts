import { z } from 'zod';

/** `GET /api/dashboard/users/total`: Logto's shape. */
export const totalUserCountSchema = z.object({ totalUserCount: z.number() });

/** A count and its change from the period before it. */
export const countDeltaSchema = z.object({ count: z.number(), delta: z.number() });

/** `GET /api/dashboard/users/new`: users created in the last 24 hours and 7 days, each against the period before. */
export const newUserCountsSchema = z.object({ today: countDeltaSchema, last7Days: countDeltaSchema });

/** `GET /api/dashboard/users/active`: daily active users over 30 days, and DAU, WAU and MAU. */
export const activeUserCountsSchema = z.object({
  dauCurve: z.array(z.object({ date: z.string(), count: z.number() })),
  dau: countDeltaSchema,
  wau: countDeltaSchema,
  mau: countDeltaSchema,
});

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is YYYY-MM-DD and names a real day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = calendarDate.exec(value);
  if (!match) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

export const activeUsersQuery = z.object({
  date: z
    .string()
    .refine(isCalendarDate, { message: 'date must be a calendar day written YYYY-MM-DD, such as 2026-01-31' })
    .optional()
    .meta({ description: 'The last day of the windows (UTC), as YYYY-MM-DD; today when absent.' }),
});

export type NewUserCounts = z.output<typeof newUserCountsSchema>;
export type ActiveUserCounts = z.output<typeof activeUserCountsSchema>;
