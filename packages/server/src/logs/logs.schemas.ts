import { z } from 'zod';
import { paginationParams, queryFlag, queryText } from '../management/fields.js';

/** Logto's `LogResult`. */
export const logResults = ['Success', 'Error'] as const;
export type LogResult = (typeof logResults)[number];

/**
 * Logto's log payload (`LogContextPayload`): the key again, the result, where the request came
 * from, who and what it concerned, the error of a failed step, and the step's own details.
 */
export const logPayloadSchema = z
  .object({
    key: z.string(),
    result: z.enum(logResults),
    ip: z.string().optional(),
    userAgent: z.string().optional(),
    userId: z.string().optional(),
    applicationId: z.string().optional(),
    sessionId: z.string().optional(),
    interactionId: z.string().optional(),
    error: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
  })
  .catchall(z.unknown());

export type LogPayload = z.output<typeof logPayloadSchema>;

/** One audit log entry, as Logto's `GET /api/logs` answers it (`createdAt` in epoch milliseconds). */
export const logSchema = z.object({
  id: z.string(),
  key: z.string(),
  payload: logPayloadSchema,
  createdAt: z.number(),
});

export type Log = z.output<typeof logSchema>;

/** Epoch milliseconds in a query string. */
const queryTime = z.coerce.number().int().min(0);

export const listLogsQuery = z.object({
  userId: queryText.optional(),
  applicationId: queryText.optional(),
  logKey: queryText.optional(),
  start_time: queryTime.optional().meta({ description: 'Only entries created after this time (epoch ms, exclusive).' }),
  end_time: queryTime.optional().meta({ description: 'Only entries created before this time (epoch ms, exclusive).' }),
  enableCap: queryFlag.optional().meta({
    description:
      'Stop counting at 10,000 matches: `Total-Number` is then 10001 and `Total-Number-Is-Capped: true` (large logs answer faster).',
  }),
  ...paginationParams,
});

export const userLogsQuery = listLogsQuery.omit({ userId: true });
