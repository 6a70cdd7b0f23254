import { generateId } from '../crypto/ids.js';
import { sendSigned } from './hooks.delivery.js';
import type { HooksService } from './hooks.service.js';
import type { DeliveryRow, HooksStore } from './hooks.store.js';

export interface DispatcherSettings {
  blockPrivateNetworks: boolean;
  timeoutMs: number;
  retryBaseMs: number;
  retryWindowMs: number;
  pollMs: number;
}

const maxDelayMs = 60 * 60 * 1000;
const batchSize = 10;

/** Delay before attempt n+1 after n failed attempts: base, 2×base, 4×base … capped at an hour. */
export function backoffMs(failedAttempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), maxDelayMs);
}

/**
 * Delivers the outbox at least once: claims due rows (atomically, so several nodes share one
 * database), POSTs each, marks success on 2xx and otherwise schedules a retry with exponential
 * backoff until the retry window since the event closes, then marks it failed. A crash between
 * the POST and the mark leaves the claim to expire, and the row is delivered again (receivers
 * de-duplicate by the `tessera-delivery-id` header).
 */
export function createHooksDispatcher(deps: {
  store: HooksStore;
  hooks: Pick<HooksService, 'signingKeyAndConfig'>;
  clock: () => number;
  settings: DispatcherSettings;
  onError: (error: unknown) => void;
  /** Told of each attempt's outcome (metrics). */
  onOutcome?: (outcome: 'succeeded' | 'retry' | 'failed') => void;
}) {
  const { store, hooks, clock, settings } = deps;
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // Only a started dispatcher (the server's) delivers; the CLI writes rows and leaves them to it.
  let started = false;

  async function attempt(row: DeliveryRow, token: string): Promise<void> {
    const now = () => clock();
    const target = await hooks.signingKeyAndConfig(row.hook_id);
    const attempts = row.attempts + 1;
    let outcome: { status: number | null; body: string | null; error: string | null };
    if (!target) outcome = { status: null, body: null, error: 'the hook no longer exists' };
    else
      outcome = await sendSigned(target.config, row.payload, target.key, { ...settings, deliveryId: row.id }).then(
        (result) => ({
          status: result.status,
          body: result.body,
          error: result.status >= 200 && result.status < 300 ? null : `the receiver answered ${result.status}`,
        }),
        (error: Error) => ({ status: null, body: null, error: error.message }),
      );
    const base = { attempts, last_status: outcome.status, last_response: outcome.body, updated_at: now() };
    if (outcome.error === null) {
      await store.finish(row.id, token, { ...base, status: 'succeeded', last_error: null });
      deps.onOutcome?.('succeeded');
      return;
    }
    const next = now() + backoffMs(attempts, settings.retryBaseMs);
    const closes = row.created_at + settings.retryWindowMs;
    const retry = next <= closes && target !== undefined;
    await store.finish(row.id, token, {
      ...base,
      last_error: outcome.error,
      ...(retry ? { status: 'pending', next_attempt_at: next } : { status: 'failed' }),
    });
    deps.onOutcome?.(retry ? 'retry' : 'failed');
    // This node looks again when the retry is due; any node's poll would find it too.
    if (retry) wakeIn(next - now());
  }

  function wakeIn(ms: number): void {
    if (stopped) return;
    const wake = setTimeout(() => void tick(), Math.max(0, ms));
    wake.unref();
  }

  async function drain(): Promise<void> {
    for (;;) {
      const token = generateId();
      const now = clock();
      const claimed = await store.claimDue(now, now + settings.timeoutMs + 5000, token, batchSize);
      await Promise.all(claimed.map((row) => attempt(row, token).catch(deps.onError)));
      if (claimed.length < batchSize || stopped) return;
    }
  }

  async function tick(): Promise<void> {
    if (stopped || !started) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await drain();
      } while (again && !stopped);
    } catch (error) {
      deps.onError(error);
    } finally {
      running = false;
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      tick().finally(schedule);
    }, settings.pollMs);
    timer.unref();
  }

  return {
    start(): void {
      started = true;
      schedule();
      void tick();
    },
    /** Look now (right after an outbox write committed). */
    poke(): void {
      if (started && !stopped) setImmediate(() => void tick());
    },
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    tick,
  };
}

export type HooksDispatcher = ReturnType<typeof createHooksDispatcher>;
