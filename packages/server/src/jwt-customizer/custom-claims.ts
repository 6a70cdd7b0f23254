import type { Logger } from 'pino';
import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import { RequestError } from '../http/request-error.js';
import type { SandboxOutcome, SandboxPool } from '../sandbox/index.js';
import { createBreaker } from '../sandbox/index.js';
import { type JwtCustomizerKey, maxCustomClaimsBytes, type TestJwtCustomizer } from './jwt-customizer.schemas.js';
import type { LoadedJwtCustomizer } from './jwt-customizer.service.js';

export interface ScriptInput {
  token: Record<string, unknown>;
  context: Record<string, unknown>;
  environmentVariables?: Record<string, string>;
}

/**
 * Runs the configured scripts for token issuance and for the console's test: the config cache
 * (a write is published to every node, cache/invalidation.ts), the circuit breaker per config
 * version, and the output rules (a plain JSON object of at most 50 KB).
 */
export function createCustomClaims(deps: {
  load: (key: JwtCustomizerKey) => Promise<LoadedJwtCustomizer | undefined>;
  pool: SandboxPool;
  clock: () => number;
  logger: Logger;
  cache: CacheTopics;
}) {
  const cache = createSharedCache<LoadedJwtCustomizer | undefined>(deps.cache, 'jwt-customizer', {
    clock: deps.clock,
  });
  let breakerOpenings = 0;
  const breaker = createBreaker({
    clock: deps.clock,
    onOpen: (version) => {
      breakerOpenings += 1;
      deps.logger.warn({ version }, 'custom claims script keeps failing: skipped for 30 s (circuit breaker open)');
    },
  });

  async function execute(script: string, input: ScriptInput): Promise<SandboxOutcome> {
    const outcome = await deps.pool.run(script, JSON.stringify(input));
    if (outcome.ok && Buffer.byteLength(JSON.stringify(outcome.value)) > maxCustomClaimsBytes)
      return { ok: false, kind: 'invalid', message: `The claims exceed ${maxCustomClaimsBytes} bytes.` };
    return outcome;
  }

  return {
    /** The config of a token kind, or none (cached; no script means no sandbox work at all). */
    async config(key: JwtCustomizerKey): Promise<LoadedJwtCustomizer | undefined> {
      return cache.get(key, () => deps.load(key));
    },
    /** After a write: every node reads the config again. */
    evict(key: JwtCustomizerKey): void {
      cache.changed(key);
    },
    /** Counters for operators and tests: the sandbox pool's, and how often a script was paused. */
    stats: () => ({ ...deps.pool.stats(), breakerOpenings }),
    /** Runs a stored config's script for a token being issued. */
    async run(config: LoadedJwtCustomizer, input: Omit<ScriptInput, 'environmentVariables'>): Promise<SandboxOutcome> {
      const version = `${config.key}@${config.version}`;
      if (breaker.isOpen(version))
        return { ok: false, kind: 'busy', message: 'The script is paused after repeated failures.' };
      const outcome = await execute(config.value.script, {
        ...input,
        environmentVariables: config.value.environmentVariables ?? {},
      });
      breaker.record(version, outcome.ok ? undefined : outcome.kind);
      return outcome;
    },
    /** `POST /api/configs/jwt-customizer/test`: the claims, or Logto's 422 `jwt_customizer.general`. */
    async test(body: TestJwtCustomizer): Promise<Record<string, unknown>> {
      const outcome = await execute(body.script, {
        token: body.token,
        context: body.context ?? {},
        environmentVariables: body.environmentVariables ?? {},
      });
      if (outcome.ok) return outcome.value as Record<string, unknown>;
      throw new RequestError('jwt_customizer.general', 422, {
        message: outcome.message,
        data: { kind: outcome.kind },
      });
    },
  };
}

export type CustomClaims = ReturnType<typeof createCustomClaims>;
