import type { CacheTopics } from './invalidation.js';

/**
 * How long an entry may live without any invalidation reaching it: the bound for writes that
 * publish nothing (the CLI on SQLite, a NOTIFY lost while the database was unreachable).
 */
export const backstopTtlMs = 30_000;

/**
 * Configuration read on hot paths, kept in memory and dropped when its topic is published on
 * any process. A load that started before an invalidation is not kept (it may have read the
 * old row), so a late answer can never put a stale value back.
 */
export function createSharedCache<V>(
  topics: CacheTopics,
  topic: string,
  options: { clock: () => number; ttlMs?: number; maxEntries?: number; keep?: (value: V) => boolean },
) {
  const { clock, ttlMs = backstopTtlMs, maxEntries = 1000 } = options;
  const entries = new Map<string, { value: V; expiresAt: number }>();
  let generation = 0;
  topics.subscribe(topic, (key) => {
    generation += 1;
    if (key === undefined) entries.clear();
    else entries.delete(key);
  });
  return {
    async get(key: string, load: () => Promise<V>): Promise<V> {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > clock()) return hit.value;
      const seen = generation;
      const value = await load();
      if (seen === generation && (options.keep?.(value) ?? true)) {
        if (entries.size >= maxEntries) entries.clear();
        entries.set(key, { value, expiresAt: clock() + ttlMs });
      }
      return value;
    },
    /** Drops an entry on this process only (it went out of date by time, not by a write). */
    forget(key: string): void {
      entries.delete(key);
    },
    /** Publishes the change: this entry (or, without a key, every entry) is dropped on every process. */
    changed(key?: string): void {
      topics.publish(topic, key);
    },
    /** `write`, publishing a change of every entry once it has succeeded (a store method wrapped whole). */
    publishing<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
      return async (...args) => {
        const result = await write(...args);
        topics.publish(topic, undefined);
        return result;
      };
    },
  };
}
