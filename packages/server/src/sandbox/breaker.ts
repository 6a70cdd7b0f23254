import type { SandboxErrorKind } from './sandbox-protocol.js';

/** Failures that cost a worker its full time budget; a script that keeps causing them is skipped for a while. */
const costly: ReadonlySet<SandboxErrorKind> = new Set(['timeout', 'memory', 'crashed']);

/**
 * A circuit breaker per config version: after `threshold` consecutive timeouts, memory failures
 * or crashes, calls fail at once for `openMs` without running the script. Then one call is
 * let through; another costly failure opens it again.
 */
export function createBreaker(options: {
  threshold?: number;
  openMs?: number;
  clock: () => number;
  onOpen?: (key: string) => void;
}) {
  const threshold = options.threshold ?? 5;
  const openMs = options.openMs ?? 30_000;
  const states = new Map<string, { failures: number; openUntil: number }>();
  return {
    isOpen(key: string): boolean {
      const state = states.get(key);
      return state !== undefined && state.openUntil > options.clock();
    },
    record(key: string, failure: SandboxErrorKind | undefined): void {
      if (!failure || !costly.has(failure)) {
        states.delete(key);
        return;
      }
      const state = states.get(key) ?? { failures: 0, openUntil: 0 };
      state.failures += 1;
      if (state.failures >= threshold) {
        state.openUntil = options.clock() + openMs;
        // Half-open after the pause: one more costly failure reopens it.
        state.failures = threshold - 1;
        options.onOpen?.(key);
      }
      states.set(key, state);
      // Versions of deleted or replaced scripts do not pile up.
      if (states.size > 100) states.delete(states.keys().next().value as string);
    },
  };
}

export type Breaker = ReturnType<typeof createBreaker>;
