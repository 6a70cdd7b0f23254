import type { Context, Next } from 'koa';

const documents = new Set([
  '/oidc/.well-known/openid-configuration',
  '/oidc/.well-known/oauth-authorization-server',
  '/oidc/jwks',
]);

interface Cached {
  body: string;
  type: string;
}

/**
 * Discovery and the JWKS only change when the provider is rebuilt (key rotation), yet the
 * provider rebuilds them on every request. Serve the first answer again, per provider and per
 * public origin (endpoint URLs follow the Host the client used). Both are open to any origin.
 */
export function createPublicDocumentCache(currentProvider: () => object) {
  let owner: object | undefined;
  let cache = new Map<string, Cached>();

  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' || !documents.has(ctx.path) || ctx.querystring) return next();
    const provider = currentProvider();
    if (owner !== provider) {
      owner = provider;
      cache = new Map();
    }
    const key = `${ctx.protocol}://${ctx.host}${ctx.path}`;
    const hit = cache.get(key);
    if (!hit) {
      await next();
      if (ctx.status === 200 && ctx.body && typeof ctx.body === 'object' && cache.size < 100) {
        cache.set(key, { body: JSON.stringify(ctx.body), type: ctx.response.get('Content-Type') });
      }
      return;
    }
    ctx.vary('Origin');
    ctx.set('Access-Control-Allow-Origin', ctx.get('origin') || '*');
    ctx.type = hit.type;
    ctx.body = hit.body;
  };
}
