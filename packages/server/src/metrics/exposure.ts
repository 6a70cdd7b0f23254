import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context, Next } from 'koa';
import { bearerToken } from '../http/bearer-token.js';
import { RequestError } from '../http/request-error.js';

/** Where the exposition text comes from: this process's registry, or the cluster's aggregate. */
export interface MetricsSource {
  text(): Promise<string>;
  contentType: string;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The check of `Authorization: Bearer <token>` against the configured token: both sides are
 * hashed to equal-length digests and compared in constant time, so neither the token's content
 * nor its length leaks through timing. Throws the 401 to answer.
 */
export function tokenCheck(token: string | undefined): (authorization: string | undefined) => void {
  if (token === undefined) return () => undefined;
  const expected = digest(token);
  return (authorization) => {
    const presented = bearerToken(authorization ?? '');
    if (!timingSafeEqual(digest(presented), expected))
      throw new RequestError('auth.unauthorized', 401, { message: 'The metrics token is missing or wrong.' });
  };
}

/** The answer to a scrape, once the caller is allowed: the text, or 503 when it cannot be gathered. */
async function answer(source: MetricsSource): Promise<{ status: number; type: string; body: string }> {
  try {
    return { status: 200, type: source.contentType, body: await source.text() };
  } catch {
    const error = new RequestError('metrics.unavailable', 503, { message: 'Metrics could not be gathered.' });
    return { status: 503, type: 'application/json', body: JSON.stringify(error.toBody()) };
  }
}

/**
 * `GET /metrics` on the public port, only when a token protects it (otherwise the path is left to
 * the rest of the app, which answers 404). It sits outside the route registry: not a Management
 * API route, no OAuth token, no OpenAPI entry.
 */
export function publicMetricsRoute(source: MetricsSource, token: string) {
  const check = tokenCheck(token);
  const serve = async (ctx: Context) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD');
      throw new RequestError('request.method_not_allowed', 405);
    }
    try {
      check(ctx.get('authorization'));
    } catch (error) {
      ctx.set('WWW-Authenticate', 'Bearer realm="metrics"');
      throw error;
    }
    const { status, type, body } = await answer(source);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = status;
    ctx.type = type;
    ctx.body = body;
  };
  // Not an async function: every other request passes straight on, without a promise of its own.
  return (ctx: Context, next: Next) => (ctx.path === '/metrics' ? serve(ctx) : next());
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

const errorBody = (error: RequestError) => JSON.stringify(error.toBody());

/**
 * The metrics listener of its own (`TESSERA_METRICS_PORT`): `/metrics` and nothing else, with the
 * token checked too when one is configured. Plain node:http, so a scrape never runs the app's
 * middleware or counts itself as a public request.
 */
export async function listenMetrics(
  source: MetricsSource,
  options: { host: string; port: number; token: string | undefined },
): Promise<{ port: number; close(): Promise<void> }> {
  const check = tokenCheck(options.token);
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics') {
      send(res, 404, 'application/json', errorBody(new RequestError('route.not_found', 404)));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'application/json', errorBody(new RequestError('request.method_not_allowed', 405)), {
        Allow: 'GET, HEAD',
      });
      return;
    }
    try {
      check(req.headers.authorization);
    } catch (error) {
      send(res, 401, 'application/json', errorBody(error as RequestError), {
        'WWW-Authenticate': 'Bearer realm="metrics"',
      });
      return;
    }
    answer(source).then(({ status, type, body }) => send(res, status, type, req.method === 'HEAD' ? '' : body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
