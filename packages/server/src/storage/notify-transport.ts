import type pg from 'pg';
import type { Logger } from 'pino';
import type { CacheTransport, InvalidationMessage } from '../cache/invalidation.js';

export const cacheChannel = 'tessera_cache';

/** Sends invalidations with NOTIFY through the pool (the CLI too, so a running server hears its writes). */
export function createNotifySender(
  notify: (channel: string, payload: string) => Promise<void>,
  logger: Logger,
): CacheTransport {
  const inFlight = new Set<Promise<void>>();
  return {
    send(message) {
      const sent = notify(cacheChannel, JSON.stringify(message))
        .catch((err) => {
          // Other nodes then keep the entry until its backstop TTL; this node already dropped it.
          logger.warn({ err, topic: message.topic }, 'cache invalidation could not be sent');
        })
        .finally(() => inFlight.delete(sent));
      inFlight.add(sent);
    },
    /** Waits for the notifications still being sent (the CLI closes the pool right after its write). */
    async close() {
      await Promise.all(inFlight);
    },
  };
}

/**
 * Hears other processes' invalidations: LISTEN on one dedicated connection. A lost listener
 * reconnects with backoff (250 ms doubling to 5 s); since notifications sent meanwhile are
 * gone, every cache is dropped once it listens again.
 */
export async function startNotifyListener(deps: {
  url: string;
  receive: (message: InvalidationMessage) => void;
  dropAll: () => void;
  logger: Logger;
  /** Reconnection delays, for tests. */
  backoff?: { firstMs: number; maxMs: number };
}): Promise<{ close: () => Promise<void>; listenerPid: () => number | undefined }> {
  const { firstMs = 250, maxMs = 5000 } = deps.backoff ?? {};
  let client: pg.Client | undefined;
  let pid: number | undefined;
  let closed = false;
  let delay = firstMs;
  let timer: NodeJS.Timeout | undefined;

  function onNotification(note: pg.Notification): void {
    if (note.channel !== cacheChannel || !note.payload) return;
    try {
      deps.receive(JSON.parse(note.payload) as InvalidationMessage);
    } catch {
      deps.dropAll();
    }
  }

  async function connect(): Promise<void> {
    // Loaded here, not at import: a SQLite node never loads pg.
    const { default: pgModule } = await import('pg');
    const next = new pgModule.Client({ connectionString: deps.url });
    const lost = () => {
      next.removeAllListeners('notification');
      if (client === next) client = undefined;
      next.end().catch(() => undefined);
      scheduleReconnect();
    };
    next.on('error', (err) => {
      deps.logger.warn({ err }, 'cache invalidation listener lost its connection; reconnecting');
      lost();
    });
    next.on('end', () => {
      if (!closed && client === next) lost();
    });
    next.on('notification', onNotification);
    await next.connect();
    await next.query(`listen ${cacheChannel}`);
    const row = await next.query<{ pid: number }>('select pg_backend_pid() as pid');
    pid = row.rows[0]?.pid;
    client = next;
  }

  function scheduleReconnect(): void {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect().then(
        () => {
          delay = firstMs;
          deps.dropAll();
          deps.logger.info('cache invalidation listener reconnected; caches dropped');
        },
        (err) => {
          deps.logger.warn({ err, retryInMs: delay }, 'cache invalidation listener cannot connect');
          delay = Math.min(maxMs, delay * 2);
          scheduleReconnect();
        },
      );
    }, delay);
    timer.unref();
  }

  await connect();
  return {
    listenerPid: () => (client ? pid : undefined),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
