import http from 'node:http';
import https from 'node:https';
import { checkLiteralHost, guardedLookup } from '../http/network-policy.js';
import type { SandboxFetchPolicy } from './sandbox-protocol.js';

/** A script's request, as the sandbox's `fetch` passes it out. */
export interface ScriptFetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** What goes back in: an answer, or why there is none (the script's `fetch` rejects with it). */
export type ScriptFetchAnswer =
  | { status: number; statusText: string; headers: Record<string, string>; body: string }
  | { error: string };

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The host side of a script's `fetch`: http(s) only, the destination checked against the network
 * policy at connect time, one deadline, the answer read up to a size limit. Redirects are not
 * followed (the script sees the 3xx). Never rejects: failures come back as `{ error }`.
 */
export function scriptFetch(
  request: ScriptFetchRequest,
  policy: SandboxFetchPolicy,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<ScriptFetchAnswer> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('only http and https URLs');
      if (!methods.has(request.method)) throw new Error(`method ${request.method} is not allowed`);
      if (!policy.allowPrivateNetworks) checkLiteralHost(url.hostname);
    } catch (error) {
      resolve({ error: `fetch refused: ${(error as Error).message}` });
      return;
    }
    const outgoing = (url.protocol === 'https:' ? https : http).request(url, {
      method: request.method,
      headers: {
        'user-agent': 'Tessera action',
        ...request.headers,
        ...(request.body !== undefined && { 'content-length': String(Buffer.byteLength(request.body)) }),
      },
      timeout: timeoutMs,
      signal,
      ...(!policy.allowPrivateNetworks && { lookup: guardedLookup }),
    });
    const timer = setTimeout(() => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    let settled = false;
    const settle = (answer: ScriptFetchAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', (error) => settle({ error: `fetch failed: ${error.message}` }));
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxResponseBytes) {
          settle({ error: `fetch failed: the answer exceeds ${policy.maxResponseBytes} bytes` });
          outgoing.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers))
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        settle({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
      response.on('error', (error) => settle({ error: `fetch failed: ${error.message}` }));
    });
    outgoing.end(request.body);
  });
}
