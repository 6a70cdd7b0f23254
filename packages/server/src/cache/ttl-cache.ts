/**
 * A small in-process cache with a time-to-live, for data read on every request whose
 * changes may reach other nodes a moment late (the TTL bounds how late).
 */
export function createTtlCache<V>(ttlMs: number, clock: () => number, maxEntries = 10_000) {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= clock()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key: string, value: V): void {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, { value, expiresAt: clock() + ttlMs });
    },
    delete(key: string): void {
      entries.delete(key);
    },
  };
}
