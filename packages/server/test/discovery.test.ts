import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** A GET with a Host header of our choosing (fetch does not let a caller set Host). */
function rawGet(
  url: string,
  host: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { host } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on('error', reject);
  });
}

describe(`discovery and keys (${dialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('publishes discovery with the /oidc issuer and ES256', async () => {
    const response = await fetch(`${server.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.issuer).toBe(server.issuer);
    expect(body.userinfo_endpoint).toBe(`${server.issuer}/me`);
    expect(body.id_token_signing_alg_values_supported).toEqual(['ES256']);
    expect(body.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('publishes the configured ENDPOINT whatever Host the request names, with caching headers', async () => {
    const documentUrl = `${server.issuer}/.well-known/openid-configuration`;
    // Twice each: once built by the provider, once from the cache.
    for (const host of ['evil.example', 'evil.example', 'localhost:1', 'localhost:1']) {
      const { status, headers, body } = await rawGet(documentUrl, host);
      expect(status).toBe(200);
      expect(headers['cache-control']).toBe('public, max-age=3600');
      const urls = Object.values(JSON.parse(body)).filter(
        (value) => typeof value === 'string' && /^https?:/.test(value),
      );
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) expect(url).toMatch(new RegExp(`^${server.issuer}(/|$)`));
    }
    // A request with a query is never cached: the provider builds it each time.
    const built = JSON.parse((await rawGet(`${documentUrl}?fresh=1`, 'evil.example')).body);
    expect(built.token_endpoint).toBe(`${server.issuer}/token`);
    const jwks = await rawGet(`${server.issuer}/jwks`, 'evil.example');
    expect(jwks.headers['cache-control']).toBe('public, max-age=30');
    expect(jwks.headers['content-type']).toContain('application/jwk-set+json');
  });

  it('publishes only public keys in the JWKS', async () => {
    const body = await (await fetch(`${server.issuer}/jwks`)).json();
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(body.keys[0].d).toBeUndefined();
  });

  it('issues a Management API token by client credentials', async () => {
    const api = await managementApi(server);
    const [, payload] = api.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    expect(claims.aud).toBe(server.config.managementApiIndicator);
    expect(claims.scope).toBe('all');
    expect(claims.sub).toBe(api.credentials.clientId);
  });

  // Last: it rotates the signing key, which the JWKS test above counts.
  it('caches the configured ENDPOINT when the first request after a key rotation forges its Host', async () => {
    const documentUrl = `${server.issuer}/.well-known/openid-configuration`;
    await server.services.rotateSigningKeys();
    const first = JSON.parse((await rawGet(documentUrl, 'evil.example:8443')).body);
    expect(first.token_endpoint).toBe(`${server.issuer}/token`);
    const cached = await (await fetch(documentUrl)).json();
    expect([cached.authorization_endpoint, cached.jwks_uri]).toEqual([
      `${server.issuer}/auth`,
      `${server.issuer}/jwks`,
    ]);
  });
});
