import type { Logger } from 'pino';
import type { z } from 'zod';
import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import { RequestError } from '../http/request-error.js';
import { createBreaker, type SandboxErrorKind, type SandboxPool } from '../sandbox/index.js';
import type { ActionType, TestAction } from './actions.schemas.js';
import type { LoadedAction } from './actions.service.js';

/** The largest result a script may return, serialized. */
const maxResultBytes = 50_000;

/** One run of an enabled action: its validated result (`undefined`: the script returned nothing), or why not. */
export type ActionRun<T> =
  | { ok: true; result: T | undefined }
  | { ok: false; kind: SandboxErrorKind; message: string; policy: 'block' | 'allow' };

/**
 * Runs the enabled action scripts in the sandbox pool: the config cache (a write is published to
 * every node, cache/invalidation.ts; a server without enabled actions does no sandbox work),
 * a circuit breaker per config version, and the result checks.
 */
export function createActionRunner(deps: {
  load: (type: ActionType) => Promise<LoadedAction | undefined>;
  pool: SandboxPool;
  clock: () => number;
  logger: Logger;
  cache: CacheTopics;
}) {
  const cache = createSharedCache<LoadedAction | undefined>(deps.cache, 'actions', { clock: deps.clock });
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
    const config = await cache.get(type, () => deps.load(type));
    return config?.value.enabled === true ? config : undefined;
  }

  return {
    /** The enabled config of a type, or none (cached). */
    enabled,
    /** After a write: every node reads the config again. */
    evict: (type: ActionType) => cache.changed(type),
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
