import type http from 'node:http';
import { documentRoute } from '../metrics/http-metrics.js';
import type { CachedDocument } from '../oidc/public-documents.js';
import { type DirectResponseDeps, sendDirect } from './direct-response.js';

export interface DocumentFastPathDeps extends DirectResponseDeps {
  /** The cached answer to a GET of this exact path (oidc/public-documents.ts), if there is one yet. */
  cached: (path: string) => CachedDocument | undefined;
}

/**
 * Discovery and the JWKS, once cached, answered before Koa. They are the URLs every SDK and every
 * resource server fetches, and a cached one needs nothing from the request pipeline: building
 * Koa's context and running its middleware cost as much as the answer (the bench's discovery row
 * about doubled without them). The answer is the one Koa sends from the same cache: the security
 * headers, a request id, CORS for any origin, Cache-Control, the same log line and metrics. Any
 * other request (another method or spelling of the path, a query, a document not cached yet)
 * returns false and goes to Koa.
 */
export function createDocumentFastPath(deps: DocumentFastPathDeps) {
  const { cached } = deps;
  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const path = req.url;
    if (req.method !== 'GET' || path === undefined) return false;
    const route = documentRoute(path);
    const document = route === undefined ? undefined : cached(path);
    if (route === undefined || document === undefined) return false;
    const start = process.hrtime.bigint();
    sendDirect(
      deps,
      res,
      { start, method: 'GET', path, route },
      [
        ['Vary', 'Origin'],
        ['Access-Control-Allow-Origin', req.headers.origin || '*'],
        ['Cache-Control', document.cacheControl],
        ['Content-Type', document.type],
      ],
      document.body,
    );
    return true;
  };
}
