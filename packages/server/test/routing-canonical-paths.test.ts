import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManagementCredentials, managementApi } from './support/management-client.js';
import { inParallel, rawRequest } from './support/raw-http.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Json = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  tokenless: boolean;
}

const probeId = 'probe-id';

/**
 * Every other spelling of a path: each route segment in upper case and capitalized (a path
 * parameter in another case is just another value), a letter
 * percent-encoded (both hex cases), `//`, `/./`, `/../`, `%2F`/`%2f` and `\` between segments,
 * a trailing slash and a leading `//`.
 */
function spellings(path: string): string[] {
  const segments = path.split('/').slice(1);
  const join = (parts: string[]) => `/${parts.join('/')}`;
  const found = new Set<string>();
  for (const [index, segment] of segments.entries()) {
    const swap = (value: string) => join(segments.map((s, i) => (i === index ? value : s)));
    if (segment !== probeId) {
      found.add(swap(segment.toUpperCase()));
      found.add(swap(segment.charAt(0).toUpperCase() + segment.slice(1)));
    }
    const letter = segment.search(/[a-z]/i);
    if (letter >= 0) {
      const hex = segment.charCodeAt(letter).toString(16);
      for (const code of [hex.toUpperCase(), hex.toLowerCase()])
        found.add(swap(`${segment.slice(0, letter)}%${code}${segment.slice(letter + 1)}`));
    }
    if (index === 0) continue;
    const before = join(segments.slice(0, index));
    const after = segments.slice(index).join('/');
    for (const glue of ['//', '/./', '/x/../', '%2F', '%2f', '\\']) found.add(`${before}${glue}${after}`);
  }
  found.add(`${path}/`);
  found.add(`/${path}`);
  found.delete(path);
  return [...found];
}

describe(`Routing: one spelling per route, guarded on the route (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let operations: Operation[];

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    // From the served documents, so routes added later are covered without editing this test.
    operations = [];
    for (const document of ['/api/swagger.json', '/api/.well-known/experience.openapi.json']) {
      const { body } = await rawRequest(server.url, 'GET', document);
      for (const [path, item] of Object.entries(body.paths as Record<string, Json>)) {
        for (const [method, operation] of Object.entries(item)) {
          operations.push({
            method: method.toUpperCase(),
            path: path.replace(/\{\w+\}/g, probeId),
            tokenless: Array.isArray(operation.security) && operation.security.length === 0,
          });
          // The administrators' realm serves the same sign-in API under /admin (not in the documents).
          if (path.startsWith('/api/experience'))
            operations.push({
              method: method.toUpperCase(),
              path: `/admin${path.replace(/\{\w+\}/g, probeId)}`,
              tokenless: true,
            });
        }
      }
    }
    // Routes called with an end user's access token (Account API, my organizations) are in no
    // served document yet: take them from the server's own list.
    for (const route of server.userRegistry.routes)
      operations.push({
        method: route.method.toUpperCase(),
        path: route.path.replace(/:\w+/g, probeId),
        tokenless: false,
      });
  });
  afterAll(() => server.stop());

  const send = (method: string, path: string) =>
    rawRequest(server.url, method, path, {
      headers: method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' },
      body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
    });

  it('answers 401 without a token on the canonical path of every guarded operation', async () => {
    const guarded = operations.filter((operation) => !operation.tokenless);
    expect(guarded.length).toBeGreaterThanOrEqual(100);
    const names = guarded.map((operation) => `${operation.method} ${operation.path}`);
    expect(names).toContain('POST /api/applications');
    expect(names).toContain('GET /api/my-account');
    expect(names).toContain('POST /api/verifications/password');
    const responses = await inParallel(guarded, 16, ({ method, path }) => send(method, path));
    for (const [index, response] of responses.entries()) {
      const { method, path } = guarded[index] as Operation;
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.body.code, `${method} ${path}`).toBe('auth.authorization_header_missing');
    }
  });

  it('never serves any other spelling of any documented operation without a token', async () => {
    const { body: before } = await api.get('/applications');
    const attempts = operations.flatMap(({ method, path }) => spellings(path).map((variant) => ({ method, variant })));
    expect(attempts.length).toBeGreaterThan(operations.length * 10);
    const responses = await inParallel(attempts, 16, ({ method, variant }) => send(method, variant));
    for (const [index, response] of responses.entries()) {
      const { method, variant } = attempts[index] as { method: string; variant: string };
      const label = `${method} ${variant} → ${response.status} ${JSON.stringify(response.body).slice(0, 100)}`;
      expect([401, 404, 405], label).toContain(response.status);
      // Every /api answer is JSON with a code, the refused spellings included.
      expect(response.type, label).toMatch(/^application\/json/);
      expect(typeof response.body.code, label).toBe('string');
    }
    // Nothing was created through a variant (POST /API/applications made apps before).
    const { body: after } = await api.get('/applications');
    expect(after.map((app: Json) => app.id)).toEqual(before.map((app: Json) => app.id));
  }, 120_000);

  it('serves the provider only under its canonical paths, with JSON errors elsewhere under /oidc', async () => {
    const { clientId, clientSecret } = await createManagementCredentials(server);
    const tokenRequest = (path: string) =>
      rawRequest(server.url, 'POST', path, {
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          resource: server.config.managementApiIndicator,
          scope: 'all',
        }).toString(),
      });
    expect((await tokenRequest('/oidc/token')).status).toBe(200);
    // The provider matches its routes ignoring case and a trailing slash; the token rules in
    // front of it compare exactly, so these spellings must not reach it.
    for (const path of spellings('/oidc/token')) {
      const response = await tokenRequest(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toMatchObject({ code: 'oidc.invalid_request', error: 'invalid_request' });
    }
    for (const path of ['/oidc/nope', '/oidc/token/nope', '/oidc']) {
      const response = await rawRequest(server.url, 'GET', path);
      expect(response.status, path).toBe(404);
      expect(response.type, path).toMatch(/^application\/json/);
      expect(response.body, path).toMatchObject({
        code: 'oidc.invalid_request',
        message: expect.any(String),
        error: 'invalid_request',
        error_description: expect.stringContaining(path),
      });
    }
    // The canonical documents still answer, and an interaction uid keeps its case.
    expect((await rawRequest(server.url, 'GET', '/oidc/.well-known/openid-configuration')).status).toBe(200);
    const resume = await rawRequest(server.url, 'GET', '/oidc/auth/SomeUid_AbC');
    expect(resume.status).not.toBe(404);
  });

  it('leaves the hosted pages, their assets and unknown /api paths as they were', async () => {
    expect((await rawRequest(server.url, 'GET', '/sign-in')).status).toBe(200);
    expect((await rawRequest(server.url, 'GET', '/register')).status).toBe(200);
    expect((await rawRequest(server.url, 'GET', '/sign-in/assets/api.js')).status).toBe(200);
    const unknown = await rawRequest(server.url, 'GET', '/api/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('route.not_found');
    const method = await rawRequest(server.url, 'PUT', '/api/status');
    expect(method.status).toBe(405);
    expect(method.body.code).toBe('request.method_not_allowed');
  });
});
