import { randomUUID } from 'node:crypto';
import type { Context, Middleware, Next } from 'koa';
import type { Logger } from 'pino';
import { surfaceOf } from './canonical-path.js';
import { RequestError } from './request-error.js';

/** One log line per request, with an id the client also sees; never bodies or tokens. */
export function requestLog(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    const start = process.hrtime.bigint();
    const id = randomUUID();
    ctx.set('X-Request-Id', id);
    try {
      await next();
    } finally {
      logRequest(logger, start, { reqId: id, method: ctx.method, path: ctx.path, status: ctx.status });
    }
  };
}

/** requestLog's line, also written by the server's fast path (http/document-fast-path.ts). */
export function logRequest(
  logger: Logger,
  start: bigint,
  request: { reqId: string; method: string; path: string; status: number },
): void {
  if (!logger.isLevelEnabled('info')) return;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  logger.info({ ...request, ms: Math.round(ms * 10) / 10 }, 'request');
}

/** Headers every response carries; pages add their own Content-Security-Policy. */
export const securityHeaderValues: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
];

/** Maps every error to `{ code, message, data? }`; unknown errors become a 500 without details. */
export function errorHandler(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof RequestError) {
        ctx.status = error.status;
        ctx.body = error.toBody();
        return;
      }
      const httpError = error as { status?: number; expose?: boolean; message?: string };
      if (httpError.expose && httpError.status && httpError.status < 500) {
        ctx.status = httpError.status;
        ctx.body = { code: 'request.general', message: httpError.message };
        return;
      }
      logger.error({ err: error, path: ctx.path }, 'unhandled error');
      ctx.status = 500;
      ctx.body = { code: 'unexpected_error', message: 'Internal server error.' };
    }
  };
}

export async function securityHeaders(ctx: Context, next: Next) {
  for (const [name, value] of securityHeaderValues) ctx.set(name, value);
  await next();
}

const emptyErrorCodes: Record<number, string> = {
  404: 'route.not_found',
  405: 'request.method_not_allowed',
  501: 'request.method_not_implemented',
};

/**
 * Errors nothing else answered (unmatched routes and methods, non-canonical paths) in the
 * shape of the surface: `{ code, message }` under /api; under /oidc also the RFC 6749 fields
 * (`error: "invalid_request"`), as Logto answers and clients parse.
 */
export async function apiNotFound(ctx: Context, next: Next) {
  await next();
  if (ctx.status < 400 || (ctx.body !== undefined && ctx.body !== null)) return;
  const surface = surfaceOf(ctx.path);
  if (!surface) return;
  const status = ctx.status;
  const details = ctx.state.notFoundDetails as string | undefined;
  const error = new RequestError(emptyErrorCodes[status] ?? 'request.general', status, { details });
  if (surface === 'api') {
    ctx.body = error.toBody();
  } else {
    const description = details ?? `unrecognized route or not allowed method (${ctx.method} on ${ctx.path})`;
    ctx.body = {
      code: 'oidc.invalid_request',
      message: description,
      error: 'invalid_request',
      error_description: description,
    };
  }
  ctx.status = status;
}

/**
 * Runs `middlewares` in order, except for paths under `prefix`, which go straight on. A group
 * that can never answer there (pages, callbacks, assets under /oidc) is then one check for the
 * provider's requests rather than an async step each, on every token, user info and discovery call.
 */
export function exceptUnder(prefix: string, middlewares: Middleware[]): Middleware {
  const run = middlewares.reduceRight<(ctx: Context, next: Next) => Promise<unknown>>(
    (rest, middleware) => (ctx, next) => middleware(ctx, () => rest(ctx, next)) as Promise<unknown>,
    (_ctx, next) => next(),
  );
  return (ctx, next) => (ctx.path.startsWith(prefix) ? next() : run(ctx as Context, next));
}
