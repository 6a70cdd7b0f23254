import type { Context, Next } from 'koa';
import { RequestError } from '../http/request-error.js';
import type { LogPayload } from './logs.schemas.js';

/** Where a request came from, as Logto puts it in every entry. */
export function requestOrigin(ctx: Pick<Context, 'ip' | 'get'>): { ip?: string; userAgent?: string } {
  const userAgent = ctx.get('user-agent');
  return { ...(ctx.ip && { ip: ctx.ip }), ...(userAgent && { userAgent }) };
}

/** A failed step's error: the stable code and message (and data) of ours, only the message of others. */
export function errorOf(error: unknown): NonNullable<LogPayload['error']> {
  if (error instanceof RequestError) {
    const body = error.toBody() as { code: string; message: string; data?: unknown };
    return { code: body.code, message: body.message, ...(body.data !== undefined && { data: body.data }) };
  }
  const oidc = error as { error?: unknown; error_description?: unknown; message?: unknown } | undefined;
  if (typeof oidc?.error === 'string') {
    return {
      code: `oidc.${oidc.error}`,
      message: typeof oidc.error_description === 'string' ? oidc.error_description : oidc.error,
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** Drops undefined fields, so the stored JSON carries only what is known. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Runs the rest of the request, then `record`s it with the error it failed with (undefined on
 * success), whether it answered or threw; the error still propagates. A throwing `record` is
 * swallowed: the audit log never fails a request.
 */
export async function recordAfter(next: Next, record: (failure: unknown) => void): Promise<void> {
  let failure: unknown;
  try {
    await next();
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    try {
      record(failure);
    } catch {
      // Never let the audit log fail the request.
    }
  }
}
