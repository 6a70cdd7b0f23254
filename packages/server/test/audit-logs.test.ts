import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/database.js';
import { clientCredentialsToken, type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

const callback = 'http://localhost:3000/callback';
type Json = Record<string, any>;

/**
 * Audit logs: what a sign-in, a failed password, a token request and a Management API write
 * leave in `GET /api/logs`, in Logto's keys and shape, and that the log never stands in the way.
 */
describe(`audit logs (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let app: Awaited<ReturnType<typeof createApp>>;
  let config: oidc.Configuration;

  beforeAll(async () => {
    server = await startTestServer({ TESSERA_PASSWORD_MAX_ATTEMPTS: '3' });
    api = await managementApi(server);
    app = await createApp(server, 'SPA', [callback]);
    config = await clientConfig(server, app.id);
  });
  afterAll(() => server.stop());

  /** Entries are written in batches off the request path: wait for the queue before reading. */
  async function logs(query = ''): Promise<{ items: Json[]; total: number }> {
    await server.services.auditLog.flush();
    const answer = await api.get(`/logs${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return { items: answer.body, total: Number(answer.headers.get('total-number')) };
  }

  /** A browser at the sign-in page with a started SignIn interaction. */
  async function startSignIn(): Promise<Browser> {
    const request = await authorizationRequest(config, { redirect_uri: callback });
    const browser = new Browser(server.url);
    await (await browser.follow(request.url)).response?.body?.cancel();
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    return browser;
  }

  async function signInAndRedeem(username: string) {
    const request = await authorizationRequest(config, { redirect_uri: callback });
    const landing = await signIn(new Browser(server.url), request.url, { username, password });
    return oidc.authorizationCodeGrant(config, landing, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
  }

  it('records a password sign-in and its code exchange under Logto keys, in order, with the user and app', async () => {
    const user = await createUser(server);
    const tokens = await signInAndRedeem(user.username as string);
    expect(tokens.access_token).toBeTruthy();

    const { items } = await logs(`?applicationId=${app.id}&page_size=100`);
    const mine = items.filter((entry) => entry.payload.interactionId !== undefined || entry.payload.userId === user.id);
    // Newest first: read them back in the order they happened.
    const keys = mine.map((entry) => entry.key).reverse();
    expect(keys).toEqual([
      'Interaction.Create',
      'Interaction.SignIn.Create',
      'Interaction.SignIn.Verification.Password.Submit',
      'Interaction.SignIn.Identifier.Submit',
      'Interaction.SignIn.Submit',
      'Interaction.End',
      'ExchangeTokenBy.AuthorizationCode',
    ]);
    for (const entry of mine) {
      expect(entry.payload, entry.key).toMatchObject({ key: entry.key, result: 'Success', applicationId: app.id });
      expect(entry.payload.ip, entry.key).toBeTruthy();
      expect(entry.createdAt).toBeGreaterThan(Date.now() - 60_000);
    }
    const byKey = Object.fromEntries(mine.map((entry) => [entry.key, entry.payload]));
    // The user is known from the password check on, and the interaction ties the steps together.
    for (const key of keys.slice(2)) expect(byKey[key].userId, key).toBe(user.id);
    const interactionIds = new Set(mine.slice(1, -1).map((entry) => entry.payload.interactionId));
    expect(interactionIds.size).toBe(1);
    expect(byKey['Interaction.SignIn.Verification.Password.Submit'].identifier).toEqual({
      type: 'username',
      value: user.username,
    });
    expect(byKey['ExchangeTokenBy.AuthorizationCode'].tokenTypes).toContain('AccessToken');
    // Never a password, a code or a token.
    const stored = JSON.stringify(mine);
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(tokens.access_token);
    expect(stored).not.toMatch(/"code"\s*:\s*"[A-Za-z0-9_-]{20,}"/);
  });

  it('records a wrong password as an Error with its code, and a failed token request too', async () => {
    const user = await createUser(server);
    const browser = await startSignIn();
    const identifier = { type: 'username', value: user.username };
    const refused = await browser.api('POST', '/verification/password', { identifier, password: 'wrong-password-1' });
    expect(refused.status).toBe(422);

    const { items } = await logs('?logKey=Interaction.SignIn.Verification.Password.Submit');
    const failed = items.find((entry) => entry.payload.identifier?.value === user.username);
    expect(failed?.payload).toMatchObject({
      result: 'Error',
      error: { code: refused.body.code },
      applicationId: app.id,
    });
    expect(JSON.stringify(failed)).not.toContain('wrong-password-1');

    const badGrant = await fetch(`${server.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: app.id,
        code: 'not-a-code',
        redirect_uri: callback,
        code_verifier: 'x'.repeat(43),
      }),
    });
    expect(badGrant.status).toBe(400);
    const exchanges = await logs('?logKey=ExchangeTokenBy.AuthorizationCode');
    expect(exchanges.items[0]?.payload).toMatchObject({
      result: 'Error',
      applicationId: app.id,
      error: { code: 'oidc.invalid_grant' },
    });
    expect(JSON.stringify(exchanges.items[0])).not.toContain('not-a-code');
  });

  it('records a lockout: the refused attempt as an Error with the lockout code, and Identifier.Lockout', async () => {
    const user = await createUser(server);
    const browser = await startSignIn();
    const identifier = { type: 'username', value: user.username };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++)
      statuses.push((await browser.api('POST', '/verification/password', { identifier, password: 'nope' })).status);
    expect(statuses).toEqual([422, 422, 422, 429]);

    const lockouts = await logs('?logKey=Identifier.Lockout');
    const mine = lockouts.items.filter((entry) => entry.payload.identifier?.value === user.username);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.payload).toMatchObject({
      result: 'Error',
      applicationId: app.id,
      error: { code: 'session.verification_blocked_too_many_attempts' },
    });
  });

  it('records a token revocation as RevokeToken with the user and app', async () => {
    const user = await createUser(server);
    const tokens = await signInAndRedeem(user.username as string);
    await oidc.tokenRevocation(config, tokens.access_token);
    const { items } = await logs(`?userId=${user.id}&logKey=RevokeToken`);
    expect(items).toHaveLength(1);
    expect(items[0]?.payload).toMatchObject({ result: 'Success', applicationId: app.id, userId: user.id });
    expect(items[0]?.payload.tokenTypes).toContain('AccessToken');
  });

  it('filters by user, application and key, pages with Total-Number, and reads one entry', async () => {
    const user = await createUser(server);
    await signInAndRedeem(user.username as string);
    await signInAndRedeem(user.username as string);

    const all = await logs(`?userId=${user.id}&page_size=100`);
    expect(all.total).toBe(all.items.length);
    expect(all.items.every((entry) => entry.payload.userId === user.id)).toBe(true);
    const times = all.items.map((entry) => entry.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const exchanges = await logs(`?userId=${user.id}&logKey=ExchangeTokenBy.AuthorizationCode`);
    expect(exchanges.total).toBe(2);
    const page1 = await logs(`?userId=${user.id}&page=1&page_size=3`);
    const page2 = await logs(`?userId=${user.id}&page=2&page_size=3`);
    expect(page1.total).toBe(all.total);
    expect(page1.items.map((entry) => entry.id)).toEqual(all.items.slice(0, 3).map((entry) => entry.id));
    expect(page2.items.map((entry) => entry.id)).toEqual(all.items.slice(3, 6).map((entry) => entry.id));
    expect((await logs(`?applicationId=no-such-app`)).total).toBe(0);
    expect((await api.get('/logs?page_size=101')).body.code).toBe('guard.invalid_pagination');

    const one = await api.get(`/logs/${all.items[0]?.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(all.items[0]);
    expect((await api.get('/logs/no-such-log')).status).toBe(404);

    const own = await api.get(`/users/${user.id}/logs?page_size=100`);
    expect(own.status).toBe(200);
    expect(own.headers.get('total-number')).toBe(String(all.total));
    expect(own.body.map((entry: Json) => entry.id)).toEqual(all.items.map((entry) => entry.id));
    const ownExchanges = await api.get(`/users/${user.id}/logs?logKey=ExchangeTokenBy.AuthorizationCode`);
    expect(ownExchanges.body).toHaveLength(2);
    expect((await api.get('/users/no-such-user/logs')).status).toBe(404);
  });

  it('narrows by time (exclusive bounds) and caps the count on request, as Logto does', async () => {
    const start = Date.now() - 3_600_000;
    const rows = Array.from({ length: 10_005 }, (_, index) => ({
      id: `cap${index}`,
      key: 'Interaction.Create',
      payload: JSON.stringify({ key: 'Interaction.Create', result: 'Success', applicationId: 'cap-app' }),
      user_id: null,
      application_id: 'cap-app',
      created_at: start + index,
      sequence: 0,
    }));
    for (let from = 0; from < rows.length; from += 500)
      await server.services.stores.logs.insertMany(rows.slice(from, from + 500));

    const window = await api.get(`/logs?applicationId=cap-app&start_time=${start + 9}&end_time=${start + 20}`);
    expect(window.headers.get('total-number')).toBe('10');
    expect(window.body.map((entry: Json) => entry.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `cap${19 - index}`),
    );
    const exact = await api.get('/logs?applicationId=cap-app&page_size=1');
    expect(exact.headers.get('total-number')).toBe('10005');
    expect(exact.headers.get('total-number-is-capped')).toBeNull();
    const capped = await api.get('/logs?applicationId=cap-app&page_size=1&enableCap=true');
    expect(capped.headers.get('total-number')).toBe('10001');
    expect(capped.headers.get('total-number-is-capped')).toBe('true');
    expect(capped.body[0].id).toBe('cap10004');
    const under = await api.get(`/logs?applicationId=cap-app&start_time=${start + 10_000}&enableCap=true`);
    expect(under.headers.get('total-number')).toBe('4');
    expect(under.headers.get('total-number-is-capped')).toBeNull();
  });

  it('records a Management API write with the route, the caller and the user it acted on', async () => {
    const user = await createUser(server);
    const patched = await api.patch(`/users/${user.id}`, { name: 'Renamed' });
    expect(patched.status).toBe(200);
    const missing = await api.delete('/users/no-such-user');
    expect(missing.status).toBe(404);

    const { items } = await logs(`?userId=${user.id}&logKey=ManagementApi.PATCH`);
    expect(items).toHaveLength(1);
    expect(items[0]?.payload).toMatchObject({
      result: 'Success',
      route: 'PATCH /api/users/:userId',
      path: `/api/users/${user.id}`,
      status: 200,
      userId: user.id,
      applicationId: api.credentials.clientId,
      actor: { type: 'app', id: api.credentials.clientId, realm: 'default' },
    });
    // Bodies are never recorded.
    expect(JSON.stringify(items[0])).not.toContain('Renamed');
    const deletes = await logs('?logKey=ManagementApi.DELETE');
    expect(deletes.items[0]?.payload).toMatchObject({
      result: 'Error',
      status: 404,
      error: { code: 'entity.not_found' },
    });
    // Reads are not writes.
    const reads = await logs('?logKey=ManagementApi.GET');
    expect(reads.total).toBe(0);
  });

  it('lets a read-only token read the logs, and nothing else of it is recorded as a write', async () => {
    const { body: resources } = await api.get('/resources?includeScopes=true');
    const management = resources.find((resource: Json) => resource.indicator === server.config.managementApiIndicator);
    const { body: scopes } = await api.get(`/resources/${management.id}/scopes`);
    const role = await api.post('/roles', {
      name: 'Log viewer',
      description: 'Reads the logs',
      type: 'MachineToMachine',
      scopeIds: [scopes.find((scope: Json) => scope.name === 'read').id],
    });
    const reader = await api.post('/applications', { name: 'Log reader', type: 'MachineToMachine' });
    await api.post(`/applications/${reader.body.id}/roles`, { roleIds: [role.body.id] });
    const token = await clientCredentialsToken(
      server,
      { clientId: reader.body.id, clientSecret: reader.body.secret },
      { resource: server.config.managementApiIndicator, scope: 'read' },
    );
    expect(token.body.scope).toBe('read');
    await server.services.auditLog.flush();
    const answer = await fetch(`${server.url}/api/logs?logKey=ExchangeTokenBy.ClientCredentials`, {
      headers: { authorization: `Bearer ${token.body.access_token}` },
    });
    expect(answer.status).toBe(200);
    const entries = (await answer.json()) as Json[];
    expect(entries.some((entry) => entry.payload.applicationId === reader.body.id)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(reader.body.secret);
  });

  it('removes logs older than the retention period in the background cleanup, and only those', async () => {
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    const { stores, logs: service } = server.services;
    const row = (id: string, age: number) => ({
      id,
      key: 'Interaction.Create',
      payload: JSON.stringify({ key: 'Interaction.Create', result: 'Success' }),
      user_id: null,
      application_id: 'retention-app',
      created_at: now - age,
      sequence: 0,
    });
    await stores.logs.insertMany([row('old1', 15 * day), row('old2', 30 * day), row('recent', 13 * day)]);
    // Small batches: three rows in batches of one.
    expect(await service.prune(now, { batchSize: 1 })).toBe(2);
    const left = await logs('?applicationId=retention-app');
    expect(left.items.map((entry) => entry.id)).toEqual(['recent']);
    expect(await service.prune(now + 2 * day)).toBe(1);
  });

  it('writes the queued entries when the server shuts down', async () => {
    const other = await startTestServer();
    try {
      const otherApi = await managementApi(other);
      const user = await createUser(other);
      expect((await otherApi.patch(`/users/${user.id}`, { name: 'Last words' })).status).toBe(200);
      // No flush here: closing the server must write what is still queued.
      await other.close();
      const storage = await openStorage(other.dbUrl);
      try {
        const rows = await storage.db.selectFrom('logs').select(['key', 'user_id']).execute();
        expect(rows).toContainEqual({ key: 'ManagementApi.PATCH', user_id: user.id });
        expect(rows.map((row) => row.key)).toContain('ExchangeTokenBy.ClientCredentials');
      } finally {
        await storage.close();
      }
    } finally {
      await other.stop();
    }
  });

  it('signs users in while the log store fails, and drops those entries', async () => {
    const { stores } = server.services;
    const original = stores.logs.insertMany;
    stores.logs.insertMany = async () => {
      throw new Error('database unavailable');
    };
    try {
      const user = await createUser(server);
      const tokens = await signInAndRedeem(user.username as string);
      expect(tokens.access_token).toBeTruthy();
      await expect(server.services.auditLog.flush()).resolves.toBeUndefined();
    } finally {
      stores.logs.insertMany = original;
    }
  });
});
