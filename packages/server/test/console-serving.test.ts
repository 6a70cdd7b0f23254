import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsolePages } from '../src/http/console.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const distDir = path.resolve(import.meta.dirname, '../../console/dist');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, bytes as sent on the wire: fetch would decompress and add its own Accept-Encoding. */
function request(base: string, method: string, target: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = http.request({ host: hostname, port, method, path: target, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

const nonceOf = (reply: Reply) => /<meta name="csp-nonce" nonce="([^"]+)">/.exec(reply.body.toString())?.[1];

describe(`the console at /console (${dialect})`, () => {
  let server: TestServer;
  const get = (target: string, headers?: Record<string, string>) => request(server.url, 'GET', target, headers);
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const entry = manifest['index.html'] as { file: string; css: string[] };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers every page path with index.html under a strict CSP whose nonce is new each time', async () => {
    const nonces = new Set<string>();
    for (const target of ['/console', '/console/applications/app-1', '/console/callback?code=c&state=s']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      const html = reply.body.toString();
      expect(html).toContain(`<script type="module" crossorigin src="/console/${entry.file}"></script>`);
      expect(html).toContain(`<meta name="tessera-management-api" content="${server.config.managementApiIndicator}">`);
      const nonce = nonceOf(reply);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(reply.headers['content-security-policy']).toBe(
        `default-src 'none'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data: https:; ` +
          "font-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; " +
          "form-action 'self'; object-src 'none'",
      );
      // No inline script for the CSP to refuse (Vite's module-preload polyfill is off).
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      nonces.add(nonce as string);
    }
    expect(nonces.size).toBe(3);
  });

  it('serves hashed assets from memory, immutable, in the encoding the client prefers', async () => {
    const script = `/console/${entry.file}`;
    const onDisk = fs.readFileSync(path.join(distDir, entry.file));
    const cases: Array<[string | undefined, string | undefined, (body: Buffer) => Buffer]> = [
      ['br, gzip', 'br', zlib.brotliDecompressSync],
      ['gzip, deflate', 'gzip', zlib.gunzipSync],
      ['br;q=0, gzip', 'gzip', zlib.gunzipSync],
      ['identity', undefined, (body) => body],
      [undefined, undefined, (body) => body],
    ];
    for (const [accept, encoding, decode] of cases) {
      const reply = await get(script, accept === undefined ? {} : { 'accept-encoding': accept });
      expect(reply.status, String(accept)).toBe(200);
      expect(reply.headers['content-encoding'], String(accept)).toBe(encoding);
      expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(decode(reply.body).equals(onDisk), String(accept)).toBe(true);
    }
    const [stylesheet] = entry.css;
    const css = await get(`/console/${stylesheet}`, { 'accept-encoding': 'gzip' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(zlib.gunzipSync(css.body).equals(fs.readFileSync(path.join(distDir, stylesheet as string)))).toBe(true);
  });

  it('answers an unknown asset 404 in words, never with index.html', async () => {
    for (const target of ['/console/assets/index-stale000.js', '/console/assets/nested/x.js', '/console/assets']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(404);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.body.toString()).toContain('No such console asset');
    }
  });

  it('refuses every method but GET and HEAD with 405 in JSON', async () => {
    for (const [method, target] of [
      ['POST', '/console'],
      ['PUT', '/console/applications'],
      ['DELETE', `/console/${entry.file}`],
      ['PATCH', '/console/callback'],
    ] as const) {
      const reply = await request(server.url, method, target);
      expect(reply.status, `${method} ${target}`).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(reply.body.toString())).toMatchObject({ code: 'request.method_not_allowed' });
    }
    const head = await request(server.url, 'HEAD', '/console');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(head.body.length).toBe(0);
  });

  it('sends a path with a trailing slash to its one address, and leaves look-alike paths alone', async () => {
    const root = await get('/console/');
    expect(root.status).toBe(308);
    expect(root.headers.location).toBe('/console');
    const deep = await get('/console/users/?page=2');
    expect(deep.status).toBe(308);
    expect(deep.headers.location).toBe('/console/users?page=2');
    for (const target of ['/consoles', '/Console', '/console-x']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(404);
      expect(reply.body.toString()).not.toContain('<html');
    }
  });
});

describe('the console before it is built', () => {
  it('answers 503 saying how to build it', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-console-dist-'));
    const app = new Koa();
    app.use(createConsolePages({ managementApiIndicator: 'https://default.logto.app/api', distDir: empty }));
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
      for (const target of ['/console', '/console/get-started', `/console/assets/index.js`]) {
        const reply = await request(base, 'GET', target);
        expect(reply.status, target).toBe(503);
        expect(reply.body.toString()).toContain('Run `npm run build`');
      }
    } finally {
      listening.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
