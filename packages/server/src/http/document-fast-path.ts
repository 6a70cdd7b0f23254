import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Logger } from 'pino';
import { documentRoute } from '../metrics/http-metrics.js';
import type { CachedDocument } from '../oidc/public-documents.js';
import { logRequest, securityHeaderValues } from './middleware.js';

export interface DocumentFastPathDeps {
  /** The cached answer to a GET of this exact path (oidc/public-documents.ts), if there is one yet. */
  cached: (path: string) => CachedDocument | undefined;
  logger: Logger;
  /** Counts the request as the metrics middleware would (absent when metrics are off). */
  observe?: (route: string, method: string, status: number, seconds: number) => void;
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
  const { cached, logger, observe } = deps;
  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const path = req.url;
    if (req.method !== 'GET' || path === undefined) return false;
    const route = documentRoute(path);
    const document = route === undefined ? undefined : cached(path);
    if (route === undefined || document === undefined) return false;
    const start = process.hrtime.bigint();
    const reqId = randomUUID();
    res.statusCode = 200;
    res.setHeader('X-Request-Id', reqId);
    for (const [name, value] of securityHeaderValues) res.setHeader(name, value);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
    res.setHeader('Cache-Control', document.cacheControl);
    res.setHeader('Content-Type', document.type);
    res.setHeader('Content-Length', document.body.length);
    res.end(document.body);
    logRequest(logger, start, { reqId, method: 'GET', path, status: 200 });
    observe?.(route, 'GET', 200, Number(process.hrtime.bigint() - start) / 1e9);
    return true;
  };
}
