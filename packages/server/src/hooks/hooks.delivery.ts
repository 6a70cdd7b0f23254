import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { checkLiteralHost, guardedLookup } from '../net/network-policy.js';

export interface SendOptions {
  timeoutMs: number;
  blockPrivateNetworks: boolean;
  deliveryId?: string;
}

export interface SendResult {
  status: number;
  body: string;
}

/** Logto's signature: hex HMAC-SHA256 of the raw body under the hook's signing key. */
export function signBody(signingKey: string, body: string): string {
  return createHmac('sha256', signingKey).update(body).digest('hex');
}

const maxResponseBytes = 4096;

/**
 * POSTs one signed body. Resolves with the receiver's status and (truncated) answer; rejects with
 * an Error saying why when nothing was answered (refused address, timeout, connection error).
 */
export function sendSigned(
  config: { url: string; headers?: Record<string, string> },
  body: string,
  signingKey: string,
  options: SendOptions,
): Promise<SendResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(config.url);
    if (options.blockPrivateNetworks) checkLiteralHost(url.hostname);
    const headers: Record<string, string> = {
      'user-agent': 'Logto (https://logto.io/)',
      'content-type': 'application/json',
      ...config.headers,
      'logto-signature-sha-256': signBody(signingKey, body),
      ...(options.deliveryId && { 'tessera-delivery-id': options.deliveryId }),
      'content-length': String(Buffer.byteLength(body)),
    };
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers,
      timeout: options.timeoutMs,
      ...(options.blockPrivateNetworks && { lookup: guardedLookup }),
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        if (size < maxResponseBytes) chunks.push(chunk);
        size += chunk.length;
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8').slice(0, maxResponseBytes),
        }),
      );
      response.on('error', reject);
    });
    request.end(body);
  });
}
