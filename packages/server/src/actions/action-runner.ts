import type { Logger } from 'pino';
import type { z } from 'zod';
import { createTtlCache } from '../cache/ttl-cache.js';
import { RequestError } from '../http/request-error.js';
import { createBreaker, type SandboxErrorKind, type SandboxPool } from '../sandbox/index.js';
import type { ActionType, TestAction } from './actions.schemas.js';
import type { LoadedAction } from './actions.service.js';

/** How long a node may use an action config after another node changed it. */
const configTtlMs = 5000;
/** The largest result a script may return, serialized. */
const maxResultBytes = 50_000;

/** One run of an enabled action: its validated result (`undefined`: the script returned nothing), or why not. */
export type ActionRun<T> =
  | { ok: true; result: T | undefined }
  | { ok: false; kind: SandboxErrorKind; message: string; policy: 'block' | 'allow' };

/**
 * Runs the enabled action scripts in the sandbox pool: the config cache (evicted at once on a
 * write here, within 5 s on other nodes; a server without enabled actions does no sandbox work),
 * a circuit breaker per config version, and the result checks.
 */
export function createActionRunner(deps: {
  load: (type: ActionType) => Promise<LoadedAction | undefined>;
  pool: SandboxPool;
  clock: () => number;
  logger: Logger;
}) {
  const cache = createTtlCache<{ config: LoadedAction | undefined }>(configTtlMs, deps.clock);
  const breaker = createBreaker({
    clock: deps.clock,
    onOpen: (version) => deps.logger.warn({ version }, 'action script keeps failing: skipped for 30 s'),
  });

  async function execute(script: string, event: unknown, environmentVariables: Record<string, string>) {
    const outcome = await deps.pool.run(script, JSON.stringify({ event, environmentVariables }));
    if (outcome.ok && Buffer.byteLength(JSON.stringify(outcome.value ?? null)) > maxResultBytes)
      return { ok: false as const, kind: 'invalid' as const, message: `The result exceeds ${maxResultBytes} bytes.` };
    return outcome;
  }

  async function enabled(type: ActionType): Promise<LoadedAction | undefined> {
    let cached = cache.get(type);
    if (!cached) {
      cached = { config: await deps.load(type) };
      cache.set(type, cached);
    }
    return cached.config?.value.enabled === true ? cached.config : undefined;
  }

  return {
    /** The enabled config of a type, or none (cached). */
    enabled,
    evict: (type: ActionType) => cache.delete(type),
    /** Runs an enabled action on `event`; the result must match `schema` (or be absent). */
    async run<S extends z.ZodType>(config: LoadedAction, event: unknown, schema: S): Promise<ActionRun<z.output<S>>> {
      const policy = config.value.onExecutionError ?? 'block';
      const version = `${config.key}@${config.version}`;
      if (breaker.isOpen(version))
        return { ok: false, kind: 'busy', message: 'The script is paused after repeated failures.', policy };
      const outcome = await execute(config.value.script, event, config.value.environmentVariables ?? {});
      breaker.record(version, outcome.ok ? undefined : outcome.kind);
      if (!outcome.ok) return { ...outcome, policy };
      if (outcome.value === undefined || outcome.value === null) return { ok: true, result: undefined };
      const parsed = schema.safeParse(outcome.value);
      if (!parsed.success)
        return { ok: false, kind: 'invalid', message: `The result is not valid: ${parsed.error.message}`, policy };
      return { ok: true, result: parsed.data };
    },
    /** `POST /api/configs/actions/test`: the raw result (`undefined` for none), or 422 `action.script_failed`. */
    async test(body: TestAction): Promise<unknown> {
      const outcome = await execute(body.script, body.event ?? {}, body.environmentVariables ?? {});
      if (outcome.ok) return outcome.value;
      throw new RequestError('action.script_failed', 422, { message: outcome.message, data: { kind: outcome.kind } });
    },
  };
}

export type ActionRunner = ReturnType<typeof createActionRunner>;
