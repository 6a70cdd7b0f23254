import type { Context, Next } from 'koa';

const accountApiPath = /^\/api\/(my-account|verifications)(\/|$)/;

/**
 * The Account API is called from the user's own apps, on any origin (as Logto allows for
 * `/api/my-account` and `/api/verifications`): it authorizes with a bearer token, never a cookie,
 * so answering any origin gives a page nothing it could not do with the token anyway.
 * Preflights are answered here; the answers of the routes carry the origin back.
 */
export async function accountApiCors(ctx: Context, next: Next): Promise<void> {
  if (!accountApiPath.test(ctx.path)) return next();
  ctx.vary('Origin');
  const origin = ctx.get('origin');
  if (!origin) return next();
  ctx.set('Access-Control-Allow-Origin', origin);
  if (ctx.method !== 'OPTIONS') return next();
  ctx.set('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
  ctx.set(
    'Access-Control-Allow-Headers',
    ctx.get('access-control-request-headers') || 'authorization, content-type, logto-verification-id',
  );
  ctx.set('Access-Control-Max-Age', '600');
  ctx.status = 204;
}
