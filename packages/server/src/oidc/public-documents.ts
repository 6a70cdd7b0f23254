import type { Context, Next } from 'koa';

/**
 * How long clients and shared caches may keep each document. Discovery changes only with an
 * upgrade or a restart with new settings. A rotated key is published on every node within the
 * reload interval (30 s) and signs at the activation delay (65 s): a verifier that cached the JWKS
 * just before its node reloaded must fetch it again before then, so it may keep it 30 s at most.
 */
const documents = new Map([
  ['/.well-known/openid-configuration', 'public, max-age=3600'],
  ['/.well-known/oauth-authorization-server', 'public, max-age=3600'],
  ['/jwks', 'public, max-age=30'],
]);

interface Cached {
  body: string;
  type: string;
}

/** Points every URL the provider built from the request's origin at the configured issuer. */
function withIssuer(value: unknown, requestIssuer: string, issuer: string): unknown {
  if (typeof value === 'string')
    return value === requestIssuer || value.startsWith(`${requestIssuer}/`)
      ? issuer + value.slice(requestIssuer.length)
      : value;
  if (Array.isArray(value)) return value.map((item) => withIssuer(item, requestIssuer, issuer));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withIssuer(item, requestIssuer, issuer)]),
    );
  return value;
}

/**
 * Discovery and the JWKS only change when the provider is rebuilt (key rotation), yet the
 * provider rebuilds them on every request. Serve the first answer again, per provider. The
 * provider builds endpoint URLs from the request's Host, which the client chooses: they are
 * rewritten to the configured ENDPOINT, so no Host header can put its own URLs in a document a
 * cache may hand to others. Both are open to any origin. `variant` names a run-time setting the
 * documents depend on (Client ID Metadata Documents on or off): each value has its own copy.
 */
export function createPublicDocumentCache(
  currentProvider: () => object,
  issuer: string,
  mountPath = '/oidc',
  variant: () => string = () => '',
) {
  let owner: object | undefined;
  let cache = new Map<string, Cached>();

  return async (ctx: Context, next: Next) => {
    const cacheControl = ctx.path.startsWith(`${mountPath}/`) && documents.get(ctx.path.slice(mountPath.length));
    if (ctx.method !== 'GET' || !cacheControl) return next();
    const provider = currentProvider();
    if (owner !== provider) {
      owner = provider;
      cache = new Map();
    }
    const key = `${ctx.path}#${variant()}`;
    const hit = ctx.querystring ? undefined : cache.get(key);
    if (!hit) {
      await next();
      if (ctx.status !== 200 || !ctx.body || typeof ctx.body !== 'object') return;
      const type = ctx.response.get('Content-Type'); // the JWKS has its own media type
      ctx.body = withIssuer(ctx.body, `${ctx.origin}${mountPath}`, issuer);
      ctx.type = type;
      ctx.set('Cache-Control', cacheControl);
      if (!ctx.querystring) cache.set(key, { body: JSON.stringify(ctx.body), type });
      return;
    }
    ctx.vary('Origin');
    ctx.set('Access-Control-Allow-Origin', ctx.get('origin') || '*');
    ctx.set('Cache-Control', cacheControl);
    ctx.type = hit.type;
    ctx.body = hit.body;
  };
}
