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

/** A document as answered: the body's bytes, its media type and how long it may be kept. */
export interface CachedDocument {
  body: Buffer;
  type: string;
  cacheControl: string;
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
 * `cached(path)` hands the current copy to the server's fast path (http/document-fast-path.ts).
 */
export function createPublicDocumentCache(
  currentProvider: () => object,
  issuer: string,
  mountPath = '/oidc',
  variant: () => string = () => '',
) {
  let owner: object | undefined;
  let cache = new Map<string, CachedDocument>();
  /** The documents of the provider in use; a rotated key starts an empty set. */
  const current = () => {
    const provider = currentProvider();
    if (owner !== provider) {
      owner = provider;
      cache = new Map();
    }
    return cache;
  };

  const middleware = async (ctx: Context, next: Next) => {
    const cacheControl = ctx.path.startsWith(`${mountPath}/`) && documents.get(ctx.path.slice(mountPath.length));
    if (ctx.method !== 'GET' || !cacheControl) return next();
    const documentsNow = current();
    const key = `${ctx.path}#${variant()}`;
    const hit = ctx.querystring ? undefined : documentsNow.get(key);
    if (!hit) {
      await next();
      if (ctx.status !== 200 || !ctx.body || typeof ctx.body !== 'object') return;
      const type = ctx.response.get('Content-Type'); // the JWKS has its own media type
      // The origin the provider built its URLs on (ctx.href's: Host, or X-Forwarded-* behind a
      // trusted proxy). Not ctx.origin: since Koa 3 that is the request's Origin header.
      ctx.body = withIssuer(ctx.body, `${new URL(ctx.href).origin}${mountPath}`, issuer);
      ctx.type = type;
      ctx.set('Cache-Control', cacheControl);
      if (!ctx.querystring) documentsNow.set(key, { body: Buffer.from(JSON.stringify(ctx.body)), type, cacheControl });
      return;
    }
    ctx.vary('Origin');
    ctx.set('Access-Control-Allow-Origin', ctx.get('origin') || '*');
    ctx.set('Cache-Control', cacheControl);
    ctx.type = hit.type;
    ctx.body = hit.body;
  };

  return {
    middleware,
    /** The cached answer to a GET of `path` (the full path, no query), once the middleware has one. */
    cached: (path: string): CachedDocument | undefined =>
      path.startsWith(`${mountPath}/`) ? current().get(`${path}#${variant()}`) : undefined,
  };
}
