import type { Context, Next } from 'koa';
import type { ManagementCaller } from '../management/auth.js';
import { compact, errorOf, recordAfter, requestOrigin } from './audit-entry.js';
import type { LogPayload } from './logs.schemas.js';

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * One audit entry per Management API write by an authenticated caller (Logto records none, so
 * the keys are Tessera's: `ManagementApi.POST|PUT|PATCH|DELETE`). The entry names the route, the
 * path parameters (ids, never bodies), the answer's status and the caller; `userId` is the user
 * the route acts on, `applicationId` the calling app of the end users' realm. Refused tokens
 * (401/403 before the route ran) are not recorded: anyone could fill the log with them.
 */
export function auditManagementWrites(write: (payload: LogPayload) => void) {
  return async (ctx: Context, next: Next) => {
    if (!writes.has(ctx.method)) return next();
    return recordAfter(next, (failure) => {
      const caller = ctx.state.auth as ManagementCaller | undefined;
      if (!caller) return;
      const params = { ...(ctx.params as Record<string, string> | undefined) };
      write(
        compact({
          key: `ManagementApi.${ctx.method}`,
          result: failure === undefined && ctx.status < 400 ? 'Success' : 'Error',
          ...requestOrigin(ctx),
          userId: params.userId,
          applicationId: caller.type === 'app' && caller.realm === 'default' ? caller.id : undefined,
          route: `${ctx.method} ${ctx._matchedRoute ?? ctx.path}`,
          path: ctx.path,
          params,
          status: failure === undefined ? ctx.status : ((failure as { status?: number }).status ?? 500),
          actor: { type: caller.type, id: caller.id, realm: caller.realm },
          error: failure === undefined ? undefined : errorOf(failure),
        }),
      );
    });
  };
}
