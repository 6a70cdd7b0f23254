import type { Context, Middleware, Next } from 'koa';
import type { Series } from './series.js';

/** Seconds; request latency from 1 ms to 10 s. */
export const httpBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** What the routers and the provider leave on the context about the route they ran. */
interface Routed {
  /** @koa/router's template of the matched route (`/api/users/:userId`); oidc-provider's own path under its mount. */
  _matchedRoute?: unknown;
  /** Where koa-mount mounted the provider (`/oidc`, `/admin/oidc`). */
  mountPath?: unknown;
  oidc?: { route?: unknown };
}

/** Discovery and the JWKS, answered from the document cache before the provider runs. */
const documentRoutes = new Map<string, string>();
for (const mount of ['/oidc', '/admin/oidc']) {
  const prefix = mount.slice(1);
  documentRoutes.set(`${mount}/.well-known/openid-configuration`, `${prefix}:discovery`);
  documentRoutes.set(`${mount}/.well-known/oauth-authorization-server`, `${prefix}:discovery`);
  documentRoutes.set(`${mount}/jwks`, `${prefix}:jwks`);
}

/** The route label of a discovery or JWKS path (`oidc:discovery`, `oidc:jwks`), or undefined. */
export const documentRoute = (path: string): string | undefined => documentRoutes.get(path);

/** `oidc:token`, `admin/oidc:userinfo`: built once per provider route, then read from the map (a memo of constants). */
const providerLabels = new Map<string, Map<string, string>>();
function providerLabel(mountPath: string, route: string): string {
  let byRoute = providerLabels.get(mountPath);
  if (!byRoute) {
    byRoute = new Map();
    providerLabels.set(mountPath, byRoute);
  }
  let label = byRoute.get(route);
  if (label === undefined) {
    label = `${mountPath.slice(1)}:${route}`;
    byRoute.set(route, label);
  }
  return label;
}

/**
 * The route label of a finished request, from a bounded set, never the raw path: the route's
 * template, the provider's route name, `unmatched` for what no route answered, or one fixed
 * label for the console's and the sign-in pages' documents and assets.
 */
export function routeOf(ctx: Context): string {
  const routed = ctx as unknown as Routed;
  const oidcRoute = routed.oidc?.route;
  if (typeof oidcRoute === 'string' && typeof routed.mountPath === 'string')
    return providerLabel(routed.mountPath, oidcRoute);
  const template = routed._matchedRoute;
  if (typeof template === 'string') return template;
  const document = documentRoutes.get(ctx.path);
  if (document !== undefined && ctx.status === 200) return document;
  if (ctx.status === 404 || ctx.status === 405) return 'unmatched';
  const { path } = ctx;
  if (path.startsWith('/api/') || path.startsWith('/oidc') || path.startsWith('/admin/oidc')) return 'unmatched';
  if (path === '/metrics') return 'metrics';
  return path.startsWith('/console') ? 'console' : 'pages';
}

/**
 * Times every request and counts it under its route, method and status. After the first request
 * of a kind, this costs two clock reads, a few map lookups and one bucket loop: nothing allocated.
 */
export function httpMetrics(series: Series): Middleware {
  return async (ctx: Context, next: Next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      series.observe(series.cell(routeOf(ctx), ctx.method, ctx.status), (performance.now() - start) / 1000);
    }
  };
}
