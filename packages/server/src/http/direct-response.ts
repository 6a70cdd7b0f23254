import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Logger } from 'pino';
import { logRequest, securityHeaderValues } from './middleware.js';

export interface DirectResponseDeps {
  logger: Logger;
  /** Counts the request as the metrics middleware would (absent when metrics are off). */
  observe?: ((route: string, method: string, status: number, seconds: number) => void) | undefined;
}

/**
 * A 200 answered in the HTTP server's handler, before Koa (the fast paths): the headers every
 * Koa response carries (a request id, the security headers) plus the route's own, then the same
 * log line and metrics as the Koa pipeline.
 */
export function sendDirect(
  deps: DirectResponseDeps,
  res: http.ServerResponse,
  request: { start: bigint; method: string; path: string; route: string },
  headers: ReadonlyArray<readonly [string, string]>,
  body: Buffer,
): void {
  const reqId = randomUUID();
  res.statusCode = 200;
  res.setHeader('X-Request-Id', reqId);
  for (const [name, value] of securityHeaderValues) res.setHeader(name, value);
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader('Content-Length', body.length);
  res.end(body);
  const { start, method, path, route } = request;
  logRequest(deps.logger, start, { reqId, method, path, status: 200 });
  deps.observe?.(route, method, 200, Number(process.hrtime.bigint() - start) / 1e9);
}
