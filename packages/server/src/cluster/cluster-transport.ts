import type { CacheTransport, InvalidationMessage } from '../cache/invalidation.js';

/** The IPC message a worker sends its primary, which relays it to every other worker. */
export interface CacheIpcMessage {
  tessera: 'cache';
  message: InvalidationMessage;
}

export const isCacheIpcMessage = (value: unknown): value is CacheIpcMessage =>
  typeof value === 'object' && value !== null && (value as { tessera?: unknown }).tessera === 'cache';

/**
 * Cache invalidations between the workers of one machine (SQLite): through the primary's IPC
 * channel, in order, in well under a millisecond. A worker whose primary is gone is gone too.
 */
export function createClusterTransport(receive: (message: InvalidationMessage) => void): CacheTransport {
  const onMessage = (value: unknown) => {
    if (isCacheIpcMessage(value)) receive(value.message);
  };
  process.on('message', onMessage);
  return {
    send(message) {
      if (process.connected) process.send?.({ tessera: 'cache', message } satisfies CacheIpcMessage);
    },
    async close() {
      process.off('message', onMessage);
    },
  };
}
