import { z } from 'zod';
import { paginationParams, queryText } from '../management/fields.js';

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

export const listLogsQuery = z.object({
  userId: queryText.optional(),
  applicationId: queryText.optional(),
  logKey: queryText.optional(),
  ...paginationParams,
});

export const userLogsQuery = listLogsQuery.omit({ userId: true });
