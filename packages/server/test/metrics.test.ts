import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { clientCredentialsToken } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { parsePrometheus, sampleSum } from './support/prometheus-text.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { completeExperience } from './support/sign-in.js';

/**
 * `/metrics`: off unless the operator configures a listener or a token; the token is checked on
 * the public port; a listener of its own serves it off the public port; and the figures move with
 * what the server does (tokens issued, Management API requests by route template, sign-ins,
 * codes sent through a connector, lockouts).
 */
const token = 'metrics-token-0123456789abcdef';

async function scrape(url: string, authorization?: string) {
  const response = await fetch(url, { headers: authorization ? { authorization } : {} });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe(`metrics off by default (${dialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 404 at /metrics, with or without a token, and opens no listener', async () => {
    expect((await scrape(`${server.url}/metrics`)).status).toBe(404);
    const withToken = await scrape(`${server.url}/metrics`, `Bearer ${token}`);
    expect(withToken.status).toBe(404);
    expect(withToken.text).not.toContain('tessera_');
    expect(server.metricsPort).toBeUndefined();
  });
});

describe(`metrics on a port of their own (${dialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TESSERA_METRICS_PORT: '0', TESSERA_METRICS_HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves them on that port without a token, and not on the public port', async () => {
    const port = server.metricsPort as number;
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(server.port);
    const served = await scrape(`http://127.0.0.1:${port}/metrics`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('text/plain');
    expect(served.text).toContain('# TYPE tessera_http_requests_total counter');
    expect(served.text).toContain('process_cpu_user_seconds_total');
    expect((await scrape(`${server.url}/metrics`)).status).toBe(404);
    const elsewhere = await scrape(`http://127.0.0.1:${port}/api/status`);
    expect(elsewhere.status).toBe(404);
    expect(JSON.parse(elsewhere.text).code).toBe('route.not_found');
  });
});

describe(`metrics behind a token on the public port (${dialect})`, () => {
  let code: CodeSignInServer;
  let server: TestServer;
  const metricsUrl = () => `${server.url}/metrics`;
  const read = async () => {
    const answer = await scrape(metricsUrl(), `Bearer ${token}`);
    expect(answer.status).toBe(200);
    return parsePrometheus(answer.text);
  };

  beforeAll(async () => {
    code = await startCodeSignInServer({
      TESSERA_METRICS_TOKEN: token,
      TESSERA_METRICS_PORT: '0',
      TESSERA_METRICS_HOST: '127.0.0.1',
      TESSERA_PASSWORD_MAX_ATTEMPTS: '3',
    });
    server = code.server;
  });
  afterAll(async () => {
    await code?.close();
  });

  it('refuses a scrape without the token or with a wrong one, on both listeners', async () => {
    for (const url of [metricsUrl(), `http://127.0.0.1:${server.metricsPort}/metrics`]) {
      const missing = await scrape(url);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toContain('Bearer');
      expect(JSON.parse(missing.text).code).toBe('auth.authorization_header_missing');
      for (const wrong of [`Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, 'Bearer ', `Basic ${token}`]) {
        const refused = await scrape(url, wrong);
        expect(refused.status).toBe(401);
        expect(refused.text).not.toContain('tessera_');
      }
      expect((await scrape(url, `bearer ${token}`)).status).toBe(200);
    }
  });

  it('counts a client credentials token under its grant type', async () => {
    const name = 'tessera_tokens_issued_total';
    const labels = { realm: 'default', grant_type: 'client_credentials' };
    const before = sampleSum(await read(), name, labels);
    const issued = await clientCredentialsToken(server, code.api.credentials, {
      resource: server.config.managementApiIndicator,
      scope: 'all',
    });
    expect(issued.status).toBe(200);
    const after = await read();
    expect(sampleSum(after, name, labels)).toBe(before + 1);
    expect(
      sampleSum(after, 'tessera_http_requests_total', { route: 'oidc:token', method: 'POST', status: '200' }),
    ).toBe(sampleSum(after, name, { grant_type: 'client_credentials' }));
  });

  it('counts a Management API request under its route template, never its raw path', async () => {
    const user = await createUser(server);
    const labels = { route: '/api/users/:userId', method: 'GET', status: '200' };
    const before = await read();
    expect((await code.api.get(`/users/${user.id}`)).status).toBe(200);
    expect((await code.api.get('/users/no-such-user-id-42')).status).toBe(404);
    expect((await code.api.get('/no-such-route-at-all')).status).toBe(404);
    const answer = await scrape(metricsUrl(), `Bearer ${token}`);
    const after = parsePrometheus(answer.text);
    expect(sampleSum(after, 'tessera_http_requests_total', labels)).toBe(
      sampleSum(before, 'tessera_http_requests_total', labels) + 1,
    );
    const notFound = { route: '/api/users/:userId', method: 'GET', status: '404' };
    expect(sampleSum(after, 'tessera_http_requests_total', notFound)).toBe(
      sampleSum(before, 'tessera_http_requests_total', notFound) + 1,
    );
    const unmatched = { route: 'unmatched', status: '404' };
    expect(sampleSum(after, 'tessera_http_requests_total', unmatched)).toBeGreaterThan(
      sampleSum(before, 'tessera_http_requests_total', unmatched),
    );
    expect(sampleSum(after, 'tessera_http_request_duration_seconds_count', labels)).toBe(
      sampleSum(after, 'tessera_http_requests_total', labels),
    );
    expect(sampleSum(after, 'tessera_http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(
      sampleSum(after, 'tessera_http_requests_total', labels),
    );
    for (const raw of [user.id, 'no-such-user-id-42', 'no-such-route-at-all']) expect(answer.text).not.toContain(raw);
  });

  it('counts a failed password sign-in by its reason, a completed one as success, and a lockout', async () => {
    const user = await createUser(server);
    const name = 'tessera_sign_ins_total';
    const before = await read();
    const browser = await code.interaction();
    const identifier = { type: 'username', value: user.username as string };
    const wrong = await browser.api('POST', '/verification/password', { identifier, password: 'not the password' });
    expect(wrong.status).toBe(422);
    let after = await read();
    const failures = { realm: 'default', result: 'invalid_credentials' };
    expect(sampleSum(after, name, failures)).toBe(sampleSum(before, name, failures) + 1);
    const success = { realm: 'default', result: 'success' };
    expect(sampleSum(after, name, success)).toBe(sampleSum(before, name, success));

    await completeExperience(browser, { username: user.username as string, password });
    after = await read();
    expect(sampleSum(after, name, success)).toBe(sampleSum(before, name, success) + 1);

    // TESSERA_PASSWORD_MAX_ATTEMPTS is 3: the fourth try is refused and starts a lockout.
    const other = await createUser(server);
    const locked = { type: 'username', value: other.username as string };
    const again = await code.interaction();
    const answers: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++)
      answers.push(
        (await again.api('POST', '/verification/password', { identifier: locked, password: 'wrong' })).status,
      );
    expect(answers).toEqual([422, 422, 422, 429]);
    after = await read();
    const lockout = { realm: 'default', target: 'identifier', action: 'password' };
    expect(sampleSum(after, 'tessera_lockouts_total', lockout)).toBe(
      sampleSum(before, 'tessera_lockouts_total', lockout) + 1,
    );
    const lockedOut = { realm: 'default', result: 'locked' };
    expect(sampleSum(after, name, lockedOut)).toBe(sampleSum(before, name, lockedOut) + 1);
  });

  it('counts a verification code sent through the email connector', async () => {
    const labels = { connector: 'simple-mail-transfer-protocol', result: 'sent' };
    const name = 'tessera_connector_messages_total';
    const before = sampleSum(await read(), name, labels);
    const browser = await code.interaction();
    const identifier = { type: 'email', value: `metrics-${Date.now()}@example.com` };
    const sent = await browser.api('POST', '/verification/verification-code', {
      identifier,
      interactionEvent: 'SignIn',
    });
    expect(sent.status).toBe(200);
    expect(code.lastMailCode()).toMatch(/^\d{6}$/);
    expect(sampleSum(await read(), name, labels)).toBe(before + 1);
  });

  it('reports the database, the webhook outbox and the process', async () => {
    const samples = await read();
    expect(sampleSum(samples, 'tessera_db_query_duration_seconds_count', { result: 'ok' })).toBeGreaterThan(0);
    expect(samples.some((sample) => sample.name === 'tessera_webhook_deliveries_pending')).toBe(true);
    expect(samples.some((sample) => sample.name === 'tessera_webhook_oldest_pending_age_seconds')).toBe(true);
    expect(sampleSum(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    const pool = samples.filter((sample) => sample.name === 'tessera_db_pool_connections');
    if (dialect === 'postgres') {
      expect(sampleSum(pool, 'tessera_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
      expect(pool.map((sample) => sample.labels.state).sort()).toEqual(['idle', 'total', 'waiting']);
    } else expect(pool).toEqual([]);
  });
});
