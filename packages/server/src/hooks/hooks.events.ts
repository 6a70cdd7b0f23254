import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context, Middleware } from 'koa';
import type { RouteScope, RouteSpec } from '../http/guard.js';
import type { HookEvent } from './hooks.schemas.js';

/**
 * Data events of Management API routes, as Logto's `managementApiHooksRegistration`: a
 * successful (2xx) answer of `METHOD path` sends the event with the answer as `data`, written to
 * the outbox in the route's transaction (`dataEventScopes`). `User.Created` is not here: the users
 * service writes it in the very transaction that inserts the user, sign-ups and imports included.
 */
export const managementApiHookEvents: Readonly<Record<string, HookEvent>> = {
  'DELETE /api/users/:userId': 'User.Deleted',
  'PATCH /api/users/:userId': 'User.Data.Updated',
  'PATCH /api/users/:userId/custom-data': 'User.Data.Updated',
  'PATCH /api/users/:userId/password': 'User.Data.Updated',
  'PATCH /api/users/:userId/profile': 'User.Data.Updated',
  'PATCH /api/users/:userId/is-suspended': 'User.SuspensionStatus.Updated',
  'POST /api/roles': 'Role.Created',
  'DELETE /api/roles/:id': 'Role.Deleted',
  'PATCH /api/roles/:id': 'Role.Data.Updated',
  'POST /api/roles/:id/scopes': 'Role.Scopes.Updated',
  'DELETE /api/roles/:id/scopes/:scopeId': 'Role.Scopes.Updated',
  'POST /api/resources/:resourceId/scopes': 'Scope.Created',
  'PATCH /api/resources/:resourceId/scopes/:scopeId': 'Scope.Data.Updated',
  'DELETE /api/resources/:resourceId/scopes/:scopeId': 'Scope.Deleted',
  'POST /api/organizations': 'Organization.Created',
  'DELETE /api/organizations/:id': 'Organization.Deleted',
  'PATCH /api/organizations/:id': 'Organization.Data.Updated',
  'POST /api/organizations/:id/users': 'Organization.Membership.Updated',
  'PUT /api/organizations/:id/users': 'Organization.Membership.Updated',
  'DELETE /api/organizations/:id/users/:userId': 'Organization.Membership.Updated',
  'POST /api/organization-roles': 'OrganizationRole.Created',
  'DELETE /api/organization-roles/:id': 'OrganizationRole.Deleted',
  'PATCH /api/organization-roles/:id': 'OrganizationRole.Data.Updated',
  'POST /api/organization-roles/:id/scopes': 'OrganizationRole.Scopes.Updated',
  'PUT /api/organization-roles/:id/scopes': 'OrganizationRole.Scopes.Updated',
  'DELETE /api/organization-roles/:id/scopes/:organizationScopeId': 'OrganizationRole.Scopes.Updated',
  'POST /api/organization-scopes': 'OrganizationScope.Created',
  'DELETE /api/organization-scopes/:id': 'OrganizationScope.Deleted',
  'PATCH /api/organization-scopes/:id': 'OrganizationScope.Data.Updated',
};

/**
 * Account API routes that change the signed-in user: Logto sends `User.Data.Updated` with the
 * user as `data` after each (`appendDataHookContext` in its account routes).
 */
export const accountApiUserDataRoutes: ReadonlySet<string> = new Set([
  'PATCH /api/my-account',
  'PATCH /api/my-account/profile',
  'POST /api/my-account/password',
  'POST /api/my-account/primary-email',
  'DELETE /api/my-account/primary-email',
  'POST /api/my-account/primary-phone',
  'DELETE /api/my-account/primary-phone',
  'POST /api/my-account/identities',
  'PUT /api/my-account/identities',
  'DELETE /api/my-account/identities/:target',
  'PATCH /api/my-account/logto-configs',
  'PATCH /api/my-account/mfa-settings',
  'POST /api/my-account/mfa-verifications',
  'PUT /api/my-account/mfa-verifications/totp',
  'DELETE /api/my-account/mfa-verifications/:verificationId',
]);

/** What a payload says about the request that caused it (Logto's `userAgent`, `ip`, `path` …). */
export function requestFacts(ctx: Context): Record<string, unknown> {
  const matchedRoute = (ctx as Context & { _matchedRoute?: string })._matchedRoute;
  return {
    userAgent: ctx.get('user-agent') || undefined,
    ip: ctx.ip,
    path: ctx.path,
    method: ctx.method,
    status: ctx.status,
    params: ctx.params ?? {},
    ...(typeof matchedRoute === 'string' && { matchedRoute: matchedRoute.replace(/^\/api/, '') }),
  };
}

/**
 * The request a hook event happens in, for services that never see Koa (the users service writes
 * `User.Created` with the facts of the request that created the user).
 */
export function createHookRequestContext() {
  const storage = new AsyncLocalStorage<Context>();
  return {
    middleware: ((ctx, next) => storage.run(ctx, next)) as Middleware,
    facts: (): Record<string, unknown> => {
      const ctx = storage.getStore();
      return ctx ? requestFacts(ctx) : {};
    },
  };
}

/**
 * The scope of a Management API route with a data event: its handler and the event's outbox rows
 * in one transaction (`transaction` joins every store's queries of the request to it), so the
 * change and its delivery commit together or not at all. The event is written only for a 2xx
 * answer, with the answer as `data`. Routes without an event get no scope.
 */
interface EventScopeDeps {
  transaction: <T>(fn: () => Promise<T>) => Promise<T>;
  enqueue: (event: HookEvent, payload: Record<string, unknown>) => Promise<unknown>;
  committed: () => void;
}

/** A route's handler and its event in one transaction; `data` is read once the handler answered 2xx. */
function eventScope(deps: EventScopeDeps, event: HookEvent, data: (ctx: Context) => Promise<unknown>): RouteScope {
  return async (ctx, handle) => {
    let sent = false;
    await deps.transaction(async () => {
      await handle();
      if (ctx.status < 200 || ctx.status >= 300) return;
      sent = true;
      await deps.enqueue(event, { ...requestFacts(ctx), data: (await data(ctx)) ?? null });
    });
    if (sent) deps.committed();
  };
}

export function dataEventScopes(deps: EventScopeDeps): (spec: RouteSpec) => RouteScope | undefined {
  return (spec) => {
    const event = managementApiHookEvents[`${spec.method.toUpperCase()} ${spec.path}`];
    return event && eventScope(deps, event, async (ctx) => ctx.body);
  };
}

/** The Account API's `User.Data.Updated`: the signed-in user (`ctx.state.accountId`) as it is now. */
export function accountDataEventScopes(
  deps: EventScopeDeps & { user: (id: string) => Promise<unknown> },
): (spec: RouteSpec) => RouteScope | undefined {
  return (spec) =>
    accountApiUserDataRoutes.has(`${spec.method.toUpperCase()} ${spec.path}`)
      ? eventScope(deps, 'User.Data.Updated', (ctx) => deps.user(ctx.state.accountId as string))
      : undefined;
}
