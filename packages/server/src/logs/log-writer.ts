import type { Logger } from 'pino';
import { generateId } from '../crypto/ids.js';
import type { LogPayload } from './logs.schemas.js';
import type { LogRow } from './logs.store.js';

/** What the writer needs of the store: one insert of many rows. */
export interface LogSink {
  insertMany(rows: readonly LogRow[]): Promise<void>;
}

export interface LogWriterOptions {
  sink: LogSink;
  clock: () => number;
  logger: Pick<Logger, 'warn'>;
  /** How long an entry may wait before its batch is written. */
  flushMs?: number;
  /** A batch this large is written at once. */
  batchSize?: number;
  /** Entries held (queued or being inserted) while the database is slow; beyond it new ones are dropped (and counted). */
  maxBuffered?: number;
}

/**
 * Audit logs are written off the request path: `write` only queues the entry, and a timer (or a
 * full batch) writes the queue in one insert. A failed insert is logged and its batch dropped;
 * nothing here ever throws into a sign-in. The price: a crash loses the entries still queued
 * (at most one flush interval's worth).
 */
export function createLogWriter(options: LogWriterOptions) {
  const { sink, clock, logger } = options;
  const flushMs = options.flushMs ?? 250;
  const batchSize = options.batchSize ?? 100;
  const maxBuffered = options.maxBuffered ?? 10_000;
  let queue: LogRow[] = [];
  let timer: NodeJS.Timeout | undefined;
  let sequence = 0;
  let dropped = 0;
  const inFlight = new Set<Promise<void>>();
  /** Rows queued or being inserted: what the bound counts, so a slow database cannot grow memory. */
  let held = 0;

  async function insert(rows: LogRow[]): Promise<void> {
    try {
      await sink.insertMany(rows);
    } catch (err) {
      logger.warn({ err, entries: rows.length }, 'audit log batch dropped: insert failed');
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (dropped > 0) {
      logger.warn({ entries: dropped }, 'audit log entries dropped: queue full');
      dropped = 0;
    }
    const pending = [...inFlight];
    if (queue.length > 0) {
      const rows = queue;
      queue = [];
      const running = insert(rows).finally(() => {
        inFlight.delete(running);
        held -= rows.length;
      });
      inFlight.add(running);
      pending.push(running);
    }
    return Promise.all(pending).then(() => undefined);
  }

  return {
    /** Queues one entry; never throws, never waits. */
    write(payload: LogPayload): void {
      if (held >= maxBuffered) {
        dropped += 1;
        return;
      }
      let row: LogRow;
      sequence += 1;
      try {
        row = {
          id: generateId(),
          key: payload.key,
          payload: JSON.stringify(payload),
          user_id: typeof payload.userId === 'string' ? payload.userId : null,
          application_id: typeof payload.applicationId === 'string' ? payload.applicationId : null,
          created_at: clock(),
          sequence,
        };
      } catch (err) {
        logger.warn({ err, key: payload.key }, 'audit log entry dropped: not serializable');
        return;
      }
      queue.push(row);
      held += 1;
      if (queue.length >= batchSize) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), flushMs);
        timer.unref();
      }
    },
    /** Writes what is queued now and waits for every insert under way (shutdown, tests). */
    flush,
  };
}

export type LogWriter = ReturnType<typeof createLogWriter>;
