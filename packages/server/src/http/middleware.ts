import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from 'pino';
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
      if (logger.isLevelEnabled('info')) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        logger.info(
          { reqId: id, method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10 },
          'request',
        );
      }
    }
  };
}

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

/** Headers every response carries; pages add their own Content-Security-Policy. */
export async function securityHeaders(ctx: Context, next: Next) {
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Frame-Options', 'DENY');
  await next();
}

/** Unmatched /api routes and methods answer in the API's error shape. */
export async function apiNotFound(ctx: Context, next: Next) {
  await next();
  if (ctx.body !== undefined && ctx.body !== null) return;
  if (!ctx.path.startsWith('/api/')) return;
  if (ctx.status === 404) {
    ctx.status = 404;
    ctx.body = new RequestError('route.not_found', 404).toBody();
  } else if (ctx.status === 405) {
    ctx.status = 405;
    ctx.body = new RequestError('request.method_not_allowed', 405).toBody();
  }
}
