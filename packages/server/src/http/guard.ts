import Router from '@koa/router';
import type { Context } from 'koa';
import type { z } from 'zod';
import { readJsonBody } from './body.js';
import { RequestError } from './request-error.js';
import { guardsFor, type RouteAuth, type RouteGuards } from './route-auth.js';

/**
 * One declaration per route: the zod schemas validate the input, type the handler,
 * check the response (so a secret can never leak by accident) and feed the OpenAPI document.
 */
export interface RouteSpec<
  B extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** Who may call the route; its guard runs before anything else of the route. */
  auth: RouteAuth;
  summary: string;
  tags: string[];
  body?: B;
  query?: Q;
  params?: P;
  response?: R;
  status: number;
  /** Extra statuses the route may answer with, for the OpenAPI document. */
  errors?: number[];
}

export interface RouteInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  ctx: Context;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

/** Runs a route's handler (after its guard and input checks) inside something: a transaction, say. */
export type RouteScope = (ctx: Context, handle: () => Promise<void>) => Promise<void>;

export interface RouteRegistry {
  routes: RouteSpec[];
  /** The guards defineRoute installs on each route, by its `auth`. */
  guards: RouteGuards;
  /**
   * A scope for the routes that need one, chosen once per route by its method and full path
   * (the Management API runs routes with a webhook data event in one transaction with it).
   */
  scopeFor?: (spec: RouteSpec) => RouteScope | undefined;
}

/**
 * Every router of the HTTP API: case-sensitive and strict (no trailing slash), as Logto routes,
 * so one spelling of a path reaches one route and its guard (see http/canonical-path.ts).
 */
export function createRouter(prefix?: string): Router {
  return new Router({ ...(prefix && { prefix }), sensitive: true, strict: true });
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `Error in key path "${issue.path.join('.')}": (${issue.code}) ${issue.message}`)
    .join('\n');
}

/**
 * A schema's own rule may name a stable error code (Logto's, e.g. `user.password_and_digest`) in
 * its issue's `params.code`; when every issue names the same one, the answer takes that code and
 * the first issue's message.
 */
function namedCode(issues: z.ZodError['issues']): { code: string; message: string } | undefined {
  const codes = new Set(issues.map((issue) => (issue.code === 'custom' ? issue.params?.code : undefined)));
  const [code] = codes;
  return codes.size === 1 && typeof code === 'string' ? { code, message: issues[0]?.message ?? code } : undefined;
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, code: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const named = namedCode(result.error.issues);
    throw new RequestError(named?.code ?? code, 400, {
      ...(named && { message: named.message }),
      data: { issues: result.error.issues, name: 'ZodError' },
      details: describeIssues(result.error),
    });
  }
  return result.data;
}

/** Query strings arrive as strings or repeated arrays; route schemas coerce as they need. */
export function defineRoute<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, R extends z.ZodType>(
  router: Router,
  registry: RouteRegistry,
  spec: RouteSpec<B, Q, P, R>,
  handler: (input: RouteInput<Out<B>, Out<Q>, Out<P>>) => Promise<Out<R> | undefined> | Out<R> | undefined,
): void {
  if (!router.opts.sensitive || !router.opts.strict) throw new Error('Routes go on routers from createRouter()');
  const isPrefixRoot = spec.path === '/' && Boolean(router.opts.prefix);
  const fullPath = `${router.opts.prefix ?? ''}${isPrefixRoot ? '' : spec.path}`;
  registry.routes.push({ ...(spec as unknown as RouteSpec), path: fullPath });
  const handle = async (ctx: Context) => {
    const params = spec.params ? parseWith(spec.params, ctx.params, 'guard.invalid_params') : undefined;
    const query = spec.query ? parseWith(spec.query, ctx.query, 'guard.invalid_query') : undefined;
    const body = spec.body ? parseWith(spec.body, await readJsonBody(ctx), 'guard.invalid_input') : undefined;
    // Set first so a handler may still choose another status (e.g. 201 vs 204).
    ctx.status = spec.status;
    const run = async () => {
      const result = await handler({ body, query, params, ctx } as RouteInput<Out<B>, Out<Q>, Out<P>>);
      if (spec.response && ctx.status !== 204) {
        // A response that does not match its schema is our bug: fail loudly rather than leak fields.
        const checked = spec.response.safeParse(result);
        if (!checked.success)
          throw new Error(
            `Response of ${spec.method.toUpperCase()} ${spec.path} breaks its schema: ${describeIssues(checked.error)}`,
          );
        ctx.body = checked.data;
      }
    };
    await (scope ? scope(ctx, run) : run());
  };
  const scope = registry.scopeFor?.({ ...(spec as unknown as RouteSpec), path: fullPath });
  // The route's guard runs first, on the route itself. A strict router would make the prefix
  // root `/prefix/`; it is `/prefix` (http/canonical-path.ts refuses trailing slashes earlier).
  const guards = guardsFor(spec.auth, registry.guards);
  router.register(spec.path, [spec.method], [...guards, handle], isPrefixRoot ? { strict: false } : {});
}
