import { generateId, generateSecret } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import { sendSigned } from './hooks.delivery.js';
import type { CreateHook, Hook, HookEvent, HookExecutionStats, HookLog, UpdateHook } from './hooks.schemas.js';
import { hookEventSchema } from './hooks.schemas.js';
import type { DeliveryRow, Executor, HookRow, HooksStore } from './hooks.store.js';

export interface HooksSettings {
  blockPrivateNetworks: boolean;
  timeoutMs: number;
}

/** The fields of a payload that are the same for every hook; `hookId` is added per hook. */
export type EventPayload = Record<string, unknown> & { createdAt?: string };

const recentWindowMs = 24 * 60 * 60 * 1000;

function eventsOf(row: Pick<HookRow, 'events' | 'event'>): HookEvent[] {
  const events = JSON.parse(row.events) as HookEvent[];
  return row.event && !events.includes(row.event as HookEvent) ? [...events, row.event as HookEvent] : events;
}

/** Webhooks: Logto's hooks, their signing keys (sealed at rest) and the outbox of their deliveries. */
export function createHooksService(deps: {
  store: HooksStore;
  box: SecretBox;
  clock: () => number;
  settings: HooksSettings;
  /** Called after outbox rows are written, so a dispatcher looks at once. */
  onEnqueued?: () => void;
}) {
  const { store, box, clock, settings } = deps;

  function toHook(row: HookRow): Hook {
    return {
      id: row.id,
      tenantId: 'default',
      name: row.name,
      event: row.event ? hookEventSchema.parse(row.event) : null,
      events: JSON.parse(row.events),
      config: JSON.parse(row.config),
      signingKey: box.open(row.signing_key_encrypted),
      enabled: row.enabled === 1,
      createdAt: row.created_at,
    };
  }

  async function findOrThrow(id: string): Promise<HookRow> {
    const row = await store.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  function toLog(row: DeliveryRow): HookLog {
    const key = `TriggerHook.${row.event}`;
    const status = row.status as HookLog['payload']['deliveryStatus'];
    return {
      id: row.id,
      key,
      payload: {
        key,
        result: status === 'succeeded' ? 'Success' : 'Error',
        hookId: row.hook_id,
        hookRequest: { body: JSON.parse(row.payload) },
        ...(row.last_status !== null && { response: { status: row.last_status, body: row.last_response } }),
        ...(row.last_error !== null && { error: row.last_error }),
        deliveryStatus: status,
        attempts: row.attempts,
        nextAttemptAt: status === 'pending' ? row.next_attempt_at : null,
      },
      createdAt: row.created_at,
    };
  }

  async function enqueueAll(event: HookEvent, payloads: readonly EventPayload[], executor?: Executor): Promise<number> {
    if (payloads.length === 0) return 0;
    const now = clock();
    const createdAt = new Date(now).toISOString();
    const hooks = (await store.enabled(executor)).filter((hook) => eventsOf(hook).includes(event));
    const rows: DeliveryRow[] = hooks.flatMap((hook) =>
      payloads.map((payload) => ({
        id: generateId(),
        hook_id: hook.id,
        event,
        payload: JSON.stringify({ hookId: hook.id, event, createdAt, ...payload }),
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        claimed_until: null,
        claim_token: null,
        last_status: null,
        last_error: null,
        last_response: null,
        created_at: now,
        updated_at: now,
      })),
    );
    await store.insertDeliveries(rows, executor);
    if (!executor && rows.length > 0) deps.onEnqueued?.();
    return rows.length;
  }

  return {
    async list(): Promise<Hook[]> {
      return (await store.list()).map(toHook);
    },
    /** Logto's `executionStats` of each hook: attempted deliveries of the last 24 hours and their successes. */
    async executionStats(): Promise<Map<string, HookExecutionStats>> {
      const rows = await store.executionStats(clock() - recentWindowMs);
      return new Map(
        rows.map((row) => [
          row.hook_id,
          { requestCount: Number(row.requests), successCount: Number(row.successes ?? 0) },
        ]),
      );
    },
    async get(id: string): Promise<Hook> {
      return toHook(await findOrThrow(id));
    },
    async create(input: CreateHook): Promise<Hook> {
      const now = clock();
      const events = input.events ?? (input.event ? [input.event] : []);
      if (events.length === 0)
        throw new RequestError('hook.missing_events', 400, { message: 'Name at least one event in `events`.' });
      const row: HookRow = {
        id: generateId(),
        name: input.name,
        event: input.event ?? null,
        events: JSON.stringify(events),
        config: JSON.stringify(input.config),
        signing_key_encrypted: box.seal(generateSecret()),
        enabled: input.enabled === false ? 0 : 1,
        created_at: now,
        updated_at: now,
      };
      await store.insert(row);
      return toHook(row);
    },
    async update(id: string, input: UpdateHook): Promise<Hook> {
      await findOrThrow(id);
      const changes: Partial<HookRow> = { updated_at: clock() };
      if (input.name !== undefined) changes.name = input.name;
      if (input.event !== undefined) changes.event = input.event ?? null;
      if (input.events !== undefined) changes.events = JSON.stringify(input.events);
      if (input.config !== undefined) changes.config = JSON.stringify(input.config);
      if (input.enabled !== undefined) changes.enabled = input.enabled ? 1 : 0;
      await store.update(id, changes);
      return toHook(await findOrThrow(id));
    },
    async remove(id: string): Promise<void> {
      if (!(await store.delete(id))) throw new RequestError('entity.not_found', 404);
    },
    async rotateSigningKey(id: string): Promise<Hook> {
      await findOrThrow(id);
      await store.update(id, { signing_key_encrypted: box.seal(generateSecret()), updated_at: clock() });
      return toHook(await findOrThrow(id));
    },
    async recentLogs(id: string, page: { offset: number; limit: number }) {
      await findOrThrow(id);
      const { items, total } = await store.listDeliveries(id, clock() - recentWindowMs, page);
      return { items: items.map(toLog), total };
    },

    /**
     * Logto's "send test": one sample payload per event to the given config, signed with the
     * hook's key, right now (not through the outbox). Any non-2xx answer or error is a 422.
     */
    async sendTest(id: string, input: { events: HookEvent[]; config: Hook['config'] }): Promise<void> {
      const hook = toHook(await findOrThrow(id));
      for (const event of input.events) {
        const body = JSON.stringify({ hookId: id, event, createdAt: new Date(clock()).toISOString(), test: true });
        const failure = await sendSigned(input.config, body, hook.signingKey, { ...settings, deliveryId: generateId() })
          .then((result) => (result.status >= 200 && result.status < 300 ? undefined : `answered ${result.status}`))
          .catch((error: Error) => error.message);
        if (failure)
          throw new RequestError('hook.send_test_payload_failed', 422, {
            message: `The test payload of ${event} was not accepted: ${failure}.`,
          });
      }
    },

    /**
     * Writes one outbox row per enabled hook subscribed to `event`, with `executor` (pass the
     * transaction of the change that caused the event). Call `flushed()` after that commits.
     */
    enqueue(event: HookEvent, payload: EventPayload, executor?: Executor): Promise<number> {
      return enqueueAll(event, [payload], executor);
    },
    /** `enqueue` for many events of one kind at once (a batch of imported users): one lookup of the hooks. */
    enqueueAll,
    /** Finished deliveries are kept three days (recent-logs shows the last 24 hours). */
    async prune(): Promise<void> {
      await store.prune(clock() - 3 * recentWindowMs);
    },
    /** Wakes the dispatcher after a transaction holding outbox rows committed. */
    flushed(): void {
      deps.onEnqueued?.();
    },
    /** The signing key of a hook, for the dispatcher (the current one, also for retries). */
    async signingKeyAndConfig(hookId: string): Promise<{ key: string; config: Hook['config'] } | undefined> {
      const row = await store.findById(hookId);
      return row && { key: box.open(row.signing_key_encrypted), config: JSON.parse(row.config) };
    },
  };
}

export type HooksService = ReturnType<typeof createHooksService>;
