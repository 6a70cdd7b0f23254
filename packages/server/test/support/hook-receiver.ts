import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';

export interface ReceivedHook {
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: Record<string, any>;
}

/** Verifies Logto's `logto-signature-sha-256` header as a receiver would: HMAC-SHA256 of the raw body. */
export function signatureValid(received: ReceivedHook, signingKey: string): boolean {
  const expected = Buffer.from(createHmac('sha256', signingKey).update(received.raw).digest('hex'));
  const given = Buffer.from(String(received.headers['logto-signature-sha-256'] ?? ''));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A webhook receiver on a local port that records every POST and answers `status` (204 by default). */
export async function startHookReceiver(port = 0) {
  const received: ReceivedHook[] = [];
  const state = { status: 204 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: request.headers, raw, body: JSON.parse(raw) });
      response.statusCode = state.status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as net.AddressInfo).port;
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}/hook`,
    received,
    state,
    /** The deliveries of one event, in arrival order. */
    of: (event: string) => received.filter((item) => item.body.event === event),
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type HookReceiver = Awaited<ReturnType<typeof startHookReceiver>>;
