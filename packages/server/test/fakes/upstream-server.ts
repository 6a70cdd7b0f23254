import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeMode } from './http-fake.js';

/**
 * A local stand-in for an upstream identity provider. Unlike http-fake it answers redirects
 * and raw bodies (query-string token responses), which OAuth 2.0 needs. Wire-format problems
 * go to `violations`; `mode` makes it fail the ways providers fail.
 */
export interface UpstreamRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
  form: URLSearchParams;
}

export interface UpstreamReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export const json = (status: number, body: unknown): UpstreamReply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const queryString = (status: number, body: Record<string, string>): UpstreamReply => ({
  status,
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: new URLSearchParams(body).toString(),
});

export const redirectTo = (location: string): UpstreamReply => ({ status: 302, headers: { location } });

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * OAuth 2.0 Form Post Response Mode: a page that POSTs the parameters to the redirect URI as
 * soon as it loads (as Apple and other providers answer with `response_mode=form_post`).
 */
export const formPost = (action: string, params: Record<string, string>): UpstreamReply => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: [
    '<!doctype html><html><head><title>Submit</title><link rel="icon" href="data:,"></head>',
    '<body onload="document.forms[0].submit()">',
    `<form method="post" action="${attribute(action)}">`,
    ...Object.entries(params).map(
      ([name, value]) => `<input type="hidden" name="${attribute(name)}" value="${attribute(value)}">`,
    ),
    '<noscript><button type="submit">Continue</button></noscript></form></body></html>',
  ].join(''),
});

export type Violation = (problem: string) => void;

export async function startUpstream(
  handle: (request: UpstreamRequest, violation: Violation, origin: string) => UpstreamReply | Promise<UpstreamReply>,
) {
  const state = { requests: [] as UpstreamRequest[], violations: [] as string[], mode: 'normal' as FakeMode };
  let origin = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const request = { method: req.method ?? '', url: new URL(req.url ?? '/', origin), headers: req.headers, body };
      const recorded = { ...request, form: new URLSearchParams(body) };
      state.requests.push(recorded);
      if (state.mode === 'hang') return; // never answers; closed by close()
      if (state.mode === 'server_error') {
        res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Unavailable</h1>');
        return;
      }
      try {
        const reply = await handle(recorded, (problem) => state.violations.push(problem), origin);
        res.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? '');
      } catch (error) {
        state.violations.push(`fake crashed: ${String(error)}`);
        res.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url: origin,
    /** Requests to one path, for assertions on what Tessera sent. */
    to: (path: string) => state.requests.filter((request) => request.url.pathname === path),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** Checks that a token request is a form post, as RFC 6749 §4.1.3 requires. */
export function expectForm(request: UpstreamRequest, violation: Violation): void {
  if (request.method !== 'POST') violation(`${request.url.pathname}: method ${request.method}`);
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) violation(`${request.url.pathname}: content-type ${type}`);
}

/** The bearer token of a request (RFC 6750 §2.1), or undefined. */
export const bearer = (request: UpstreamRequest) => /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
