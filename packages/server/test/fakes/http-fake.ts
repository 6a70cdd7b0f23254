import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny local HTTP server standing in for a provider. Each fake checks the request against the
 * provider's documented format, records it, and answers as the provider documents. Wire-format
 * problems are collected in `violations` so a test can assert that there were none.
 */
export interface FakeRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  contentType?: string;
}

/** How the fake behaves on the next requests: as documented, or failing in one of the ways providers fail. */
export type FakeMode = 'normal' | 'hang' | 'server_error';

export interface HttpFake {
  url: string;
  requests: FakeRequest[];
  violations: string[];
  mode: FakeMode;
  close(): Promise<void>;
}

export async function startHttpFake(
  handle: (request: FakeRequest, violation: (problem: string) => void) => FakeReply,
): Promise<HttpFake> {
  const fake = { requests: [] as FakeRequest[], violations: [] as string[], mode: 'normal' as FakeMode };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      fake.requests.push(request);
      if (fake.mode === 'hang') return; // never answers; closed by close()
      if (fake.mode === 'server_error') {
        res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Unavailable</h1>');
        return;
      }
      const reply = handle(request, (problem) => fake.violations.push(problem));
      const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, text ? { 'content-type': reply.contentType ?? 'application/json' } : {}).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** Checks one documented header, recording a violation when it differs. */
export function expectHeader(
  request: FakeRequest,
  name: string,
  matches: (value: string) => boolean,
  violation: (problem: string) => void,
): boolean {
  const value = request.headers[name];
  const ok = typeof value === 'string' && matches(value);
  if (!ok) violation(`header ${name} is ${JSON.stringify(value)}`);
  return ok;
}
