import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestCount } from './support/prometheus-text.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Discovery and the JWKS, once cached, are answered before Koa (http/document-fast-path.ts). The
 * answer must be the one Koa gives: a query string sends the same request through Koa, so the
 * two are compared header by header, and the metrics must count both.
 */
describe(`discovery and JWKS answered before the request pipeline (${dialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TESSERA_METRICS_PORT: '0', TESSERA_METRICS_HOST: '127.0.0.1' });
  });
  afterAll(async () => server?.stop());

  /** Headers that differ on every answer, whichever path gives it. */
  const perResponse = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);
  const stable = (headers: Headers) => {
    const kept: Record<string, string> = {};
    headers.forEach((value, name) => {
      if (!perResponse.has(name)) kept[name] = value;
    });
    return kept;
  };
  const metricCount = (route: string) => requestCount(server.metricsPort, { route, status: '200' });

  for (const [name, path, route] of [
    ['discovery', '/.well-known/openid-configuration', 'oidc:discovery'],
    ['JWKS', '/jwks', 'oidc:jwks'],
  ] as const) {
    it(`answers ${name} as the pipeline does: body, security headers, CORS, caching, request id, metrics`, async () => {
      const origin = { origin: 'https://spa.example' };
      // The first answer fills the cache; the pipeline still answers a request with a query.
      await (await fetch(`${server.issuer}${path}`)).arrayBuffer();
      const counted = await metricCount(route);
      const fast = await fetch(`${server.issuer}${path}`, { headers: origin });
      const piped = await fetch(`${server.issuer}${path}?through=koa`, { headers: origin });
      expect(fast.status).toBe(200);
      expect(await fast.json()).toEqual(await piped.json());
      expect(stable(fast.headers)).toEqual(stable(piped.headers));
      expect(fast.headers.get('access-control-allow-origin')).toBe('https://spa.example');
      expect(fast.headers.get('x-content-type-options')).toBe('nosniff');
      expect(fast.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(fast.headers.get('x-request-id')).not.toBe(piped.headers.get('x-request-id'));
      const anyOrigin = await fetch(`${server.issuer}${path}`);
      expect(anyOrigin.headers.get('access-control-allow-origin')).toBe('*');
      await anyOrigin.arrayBuffer();
      expect(await metricCount(route)).toBe(counted + 3);
    });
  }

  it('leaves other methods and spellings to the pipeline', async () => {
    const head = await fetch(`${server.issuer}/jwks`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const upper = await fetch(`${server.url}/OIDC/jwks`);
    expect(upper.status).toBe(404);
    expect((await upper.json()).code).toBeDefined();
    const post = await fetch(`${server.issuer}/jwks`, { method: 'POST' });
    expect(post.status).not.toBe(200);
    await post.arrayBuffer();
  });

  it('serves the new JWKS as soon as a key is rotated', async () => {
    const kids = async () =>
      ((await (await fetch(`${server.issuer}/jwks`)).json()).keys as Array<{ kid: string }>).map((key) => key.kid);
    const before = await kids();
    await server.services.rotateSigningKeys();
    const after = await kids();
    expect(after).not.toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
  });
});
