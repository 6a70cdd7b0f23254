import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Logto's `GET /api/status` as the readiness probe: anonymous, 204 while the database answers,
 * 503 in the API's error shape once it does not (a node that cannot reach its database must
 * leave the load balancer even though discovery, served from memory, still works).
 */
describe(`GET /api/status (${dialect})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('answers 204 with no body and no token while the database answers', async () => {
    const response = await fetch(`${server.url}/api/status`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const documented = await (await fetch(`${server.url}/api/swagger.json`)).json();
    expect(documented.paths['/api/status'].get.security).toEqual([]);
  });

  it('answers 503 with a code once the database is gone, while discovery still answers', async () => {
    await server.services.storage.close();
    const response = await fetch(`${server.url}/api/status`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      code: 'status.database_unavailable',
      message: 'The database is unreachable.',
    });
    expect((await fetch(`${server.issuer}/.well-known/openid-configuration`)).status).toBe(200);
  });
});
