import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApiHookEvents } from '../src/hooks/index.js';
import { type HookReceiver, signatureValid, startHookReceiver } from './support/hook-receiver.js';
import { freePort } from './support/main-process.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

const fastRetries = {
  TESSERA_HOOKS_RETRY_BASE_MS: '50',
  TESSERA_HOOKS_POLL_MS: '100',
  TESSERA_HOOKS_TIMEOUT_MS: '2000',
};
const poll = { timeout: 15_000, interval: 50 };

async function createHook(api: ManagementApi, url: string, events: string[]) {
  const created = await api.post('/hooks', { name: `hook ${Date.now()}`, events, config: { url } });
  expect(created.status).toBe(201);
  return created.body as { id: string; signingKey: string; events: string[] };
}

async function recentLogs(api: ManagementApi, hookId: string) {
  const logs = await api.get(`/hooks/${hookId}/recent-logs`);
  expect(logs.status).toBe(200);
  return logs.body as Array<{ key: string; payload: Record<string, any> }>;
}

/** A trigger that refuses outbox rows whose payload contains `marker`, as a full disk would at that moment. */
async function refuseOutboxRows(server: TestServer, marker: string) {
  const root = server.services.storage.db;
  const pattern = `%${marker}%`;
  if (dialect === 'postgres') {
    await sql`create or replace function refuse_outbox() returns trigger language plpgsql as ${sql.lit(
      `begin if new.payload like '${pattern.replaceAll("'", "''")}' then raise exception 'outbox refused'; end if; return new; end`,
    )}`.execute(root);
    await sql`create trigger refuse_outbox before insert on hook_deliveries for each row execute function refuse_outbox()`.execute(
      root,
    );
  } else {
    await sql`create trigger refuse_outbox before insert on hook_deliveries
      when new.payload like ${sql.lit(pattern)} begin select raise(abort, 'outbox refused'); end`.execute(root);
  }
}

async function acceptOutboxRows(server: TestServer) {
  await sql`drop trigger refuse_outbox${sql.raw(dialect === 'postgres' ? ' on hook_deliveries' : '')}`.execute(
    server.services.storage.db,
  );
}

describe(`webhooks (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let receiver: HookReceiver;

  beforeAll(async () => {
    server = await startTestServer({ ...fastRetries, TESSERA_PASSWORD_MAX_ATTEMPTS: '3' });
    api = await managementApi(server);
    receiver = await startHookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await server?.stop();
  });

  /** A new user with a password, and a browser whose interaction has started a sign-in for an SPA. */
  async function userAtSignIn(prefix: string) {
    const username = `${prefix}_${Date.now()}`;
    await api.post('/users', { username, password: 'the right passphrase 42' });
    const callback = 'http://localhost:3000/callback';
    const app = await createApp(server, 'SPA', [callback]);
    const request = await authorizationRequest(await clientConfig(server, app.id), { redirect_uri: callback });
    const browser = new Browser(server.url);
    await (await browser.follow(request.url)).response?.body?.cancel();
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    return { username, browser };
  }

  it('refuses a URL that is not http or https with a 400 naming the field', async () => {
    for (const url of ['ftp://example.com/hook', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
      const answer = await api.post('/hooks', { name: 'bad', events: ['User.Created'], config: { url } });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('guard.invalid_input');
      expect(answer.body.details).toContain('config.url');
    }
    const unknownEvent = await api.post('/hooks', {
      name: 'bad',
      events: ['User.Exploded'],
      config: { url: receiver.url },
    });
    expect(unknownEvent.status).toBe(400);
  });

  it('creates, reads, lists, updates and deletes a hook in Logto’s shape', async () => {
    const hook = await createHook(api, receiver.url, ['PostSignIn']);
    expect(hook).toMatchObject({ events: ['PostSignIn'], enabled: true, config: { url: receiver.url } });
    expect(hook.signingKey).toMatch(/^[A-Za-z0-9]{32}$/);
    expect((await api.get(`/hooks/${hook.id}`)).body).toEqual(hook);
    expect((await api.get('/hooks')).body.map((item: { id: string }) => item.id)).toContain(hook.id);
    const updated = await api.patch(`/hooks/${hook.id}`, { name: 'renamed', enabled: false, events: ['PostRegister'] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'renamed', enabled: false, events: ['PostRegister'] });
    expect((await api.patch(`/hooks/${hook.id}`, { config: { url: 'gopher://x' } })).status).toBe(400);
    expect((await api.delete(`/hooks/${hook.id}`)).status).toBe(204);
    expect((await api.get(`/hooks/${hook.id}`)).status).toBe(404);
  });

  it('keeps the signing key encrypted at rest', async () => {
    const hook = await createHook(api, receiver.url, ['User.Created']);
    const row = await server.services.hooks.store.findById(hook.id);
    expect(row?.signing_key_encrypted).toBeDefined();
    expect(row?.signing_key_encrypted).not.toContain(hook.signingKey);
    await api.delete(`/hooks/${hook.id}`);
  });

  it('delivers User.Created for POST /api/users, signed, with Logto’s payload fields', async () => {
    const hook = await createHook(api, receiver.url, ['User.Created']);
    const created = await api.post('/users', { username: `hooked_${Date.now()}` });
    expect(created.status).toBe(200);
    await expect.poll(() => receiver.of('User.Created').filter((r) => r.body.hookId === hook.id).length, poll).toBe(1);
    const [delivery] = receiver.of('User.Created').filter((r) => r.body.hookId === hook.id);
    expect(signatureValid(delivery!, hook.signingKey)).toBe(true);
    expect(delivery!.headers['content-type']).toBe('application/json');
    expect(delivery!.headers['tessera-delivery-id']).toMatch(/^[a-z0-9]{21}$/);
    expect(delivery!.body).toMatchObject({
      hookId: hook.id,
      event: 'User.Created',
      path: '/api/users',
      method: 'POST',
      matchedRoute: '/users',
      data: { id: created.body.id, username: created.body.username },
    });
    expect(typeof delivery!.body.ip).toBe('string');
    expect(new Date(delivery!.body.createdAt).toISOString()).toBe(delivery!.body.createdAt);
    await expect.poll(async () => (await recentLogs(api, hook.id))[0]?.payload.deliveryStatus, poll).toBe('succeeded');
    const [log] = await recentLogs(api, hook.id);
    expect(log).toMatchObject({
      key: 'TriggerHook.User.Created',
      payload: { result: 'Success', hookId: hook.id, response: { status: 204 }, attempts: 1 },
    });
    await api.delete(`/hooks/${hook.id}`);
  });

  it('lists hooks with Logto’s executionStats of the last 24 hours when includeExecutionStats=true', async () => {
    const failing = await startHookReceiver();
    failing.state.status = 500;
    try {
      const good = await createHook(api, receiver.url, ['Role.Created']);
      const bad = await createHook(api, failing.url, ['Role.Created']);
      expect((await api.post('/roles', { name: `stats ${Date.now()}`, description: 'stats' })).status).toBe(200);
      await expect
        .poll(async () => (await recentLogs(api, good.id))[0]?.payload.deliveryStatus, poll)
        .toBe('succeeded');
      await expect.poll(async () => (await recentLogs(api, bad.id))[0]?.payload.attempts ?? 0, poll).toBeGreaterThan(0);
      const listed = await api.get('/hooks?includeExecutionStats=true');
      expect(listed.status).toBe(200);
      const stats = (id: string) => listed.body.find((hook: { id: string }) => hook.id === id)?.executionStats;
      expect(stats(good.id)).toEqual({ requestCount: 1, successCount: 1 });
      expect(stats(bad.id)?.requestCount).toBeGreaterThan(0);
      expect(stats(bad.id)?.successCount).toBe(0);
      const plain = await api.get('/hooks');
      expect(plain.body.every((hook: object) => !('executionStats' in hook))).toBe(true);
      await api.delete(`/hooks/${good.id}`);
      await api.delete(`/hooks/${bad.id}`);
    } finally {
      await failing.close();
    }
  });

  it('delivers PostRegister (and User.Created) for a sign-up through the Experience API, and PostSignIn', async () => {
    const hook = await createHook(api, receiver.url, ['PostRegister', 'PostSignIn', 'User.Created']);
    const callback = 'http://localhost:3000/callback';
    const app = await createApp(server, 'SPA', [callback]);
    const config = await clientConfig(server, app.id);
    const username = `signup_${Date.now()}`;
    const register = await authorizationRequest(config, { redirect_uri: callback, first_screen: 'register' });
    await signIn(new Browser(server.url), register.url, { username, password }, 'register');
    const mine = (event: string) => receiver.of(event).filter((r) => r.body.hookId === hook.id);
    await expect.poll(() => mine('PostRegister').length, poll).toBe(1);
    const posted = mine('PostRegister')[0]!;
    expect(signatureValid(posted, hook.signingKey)).toBe(true);
    expect(posted.body).toMatchObject({
      hookId: hook.id,
      event: 'PostRegister',
      interactionEvent: 'Register',
      applicationId: app.id,
      application: { id: app.id, type: 'SPA', name: app.name },
      user: { username },
    });
    expect(posted.body.userId).toBe(posted.body.user.id);
    await expect.poll(() => mine('User.Created').map((r) => r.body.data.username), poll).toEqual([username]);

    const signInRequest = await authorizationRequest(config, { redirect_uri: callback });
    await signIn(new Browser(server.url), signInRequest.url, { username, password });
    await expect.poll(() => mine('PostSignIn').length, poll).toBe(1);
    expect(mine('PostSignIn')[0]!.body).toMatchObject({ interactionEvent: 'SignIn', userId: posted.body.userId });
    await api.delete(`/hooks/${hook.id}`);
  });

  it('sends a signed test payload, and a rotated signing key changes the signature', async () => {
    const hook = await createHook(api, receiver.url, ['PostRegister']);
    const test = () => api.post(`/hooks/${hook.id}/test`, { events: ['PostRegister'], config: { url: receiver.url } });
    const before = receiver.received.length;
    expect((await test()).status).toBe(204);
    const first = receiver.received[before]!;
    expect(first.body).toMatchObject({ hookId: hook.id, event: 'PostRegister' });
    expect(signatureValid(first, hook.signingKey)).toBe(true);

    const rotated = await api.patch(`/hooks/${hook.id}/signing-key`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.signingKey).not.toBe(hook.signingKey);
    expect((await test()).status).toBe(204);
    const second = receiver.received[before + 1]!;
    expect(signatureValid(second, rotated.body.signingKey)).toBe(true);
    expect(signatureValid(second, hook.signingKey)).toBe(false);

    const down = await api.post(`/hooks/${hook.id}/test`, {
      events: ['PostRegister'],
      config: { url: `http://127.0.0.1:${await freePort()}/gone` },
    });
    expect(down.status).toBe(422);
    expect(down.body.code).toBe('hook.send_test_payload_failed');
    await api.delete(`/hooks/${hook.id}`);
  });

  it('retries with backoff while the receiver is down and delivers once it is back', async () => {
    const port = await freePort();
    const hook = await createHook(api, `http://127.0.0.1:${port}/later`, ['User.Created']);
    const created = await api.post('/users', { username: `later_${Date.now()}` });
    await expect.poll(async () => (await recentLogs(api, hook.id))[0]?.payload.attempts ?? 0, poll).toBeGreaterThan(2);
    const [pending] = await recentLogs(api, hook.id);
    expect(pending!.payload).toMatchObject({ deliveryStatus: 'pending', result: 'Error' });
    expect(pending!.payload.error).toMatch(/ECONNREFUSED|connect/);
    const late = await startHookReceiver(port);
    try {
      await expect.poll(() => late.of('User.Created').length, { ...poll, timeout: 30_000 }).toBe(1);
      expect(late.received[0]!.body.data.id).toBe(created.body.id);
      expect(signatureValid(late.received[0]!, hook.signingKey)).toBe(true);
      await expect
        .poll(async () => (await recentLogs(api, hook.id))[0]?.payload.deliveryStatus, poll)
        .toBe('succeeded');
    } finally {
      await late.close();
      await api.delete(`/hooks/${hook.id}`);
    }
  });

  it('delivers data events of the Management API table (User.Data.Updated, Role.Data.Updated, User.Deleted)', async () => {
    const hook = await createHook(api, receiver.url, ['User.Data.Updated', 'User.Deleted', 'Role.Data.Updated']);
    const user = (await api.post('/users', { username: `data_${Date.now()}` })).body;
    expect((await api.patch(`/users/${user.id}`, { name: 'Renamed' })).status).toBe(200);
    const role = (await api.post('/roles', { name: `role_${Date.now()}`, description: 'r' })).body;
    expect((await api.patch(`/roles/${role.id}`, { description: 'changed' })).status).toBe(200);
    expect((await api.delete(`/users/${user.id}`)).status).toBe(204);
    const mine = () => receiver.received.filter((r) => r.body.hookId === hook.id);
    await expect.poll(() => mine().length, poll).toBe(3);
    const byEvent = Object.fromEntries(mine().map((r) => [r.body.event, r.body]));
    expect(byEvent['User.Data.Updated']).toMatchObject({ method: 'PATCH', status: 200, data: { name: 'Renamed' } });
    expect(byEvent['Role.Data.Updated']).toMatchObject({
      path: `/api/roles/${role.id}`,
      data: { description: 'changed' },
    });
    expect(byEvent['User.Deleted']).toMatchObject({ method: 'DELETE', status: 204, params: { userId: user.id } });
    for (const item of mine())
      expect(signatureValid(item, (await api.get(`/hooks/${hook.id}`)).body.signingKey)).toBe(true);
    await api.delete(`/hooks/${hook.id}`);
  });

  it('delivers the scope, role, organization, organization role and organization scope events', async () => {
    const events = [
      'Scope.Created',
      'Scope.Data.Updated',
      'Role.Scopes.Updated',
      'Scope.Deleted',
      'OrganizationScope.Created',
      'OrganizationRole.Created',
      'OrganizationRole.Scopes.Updated',
      'Organization.Created',
      'Organization.Membership.Updated',
      'Organization.Data.Updated',
      'Organization.Deleted',
      'OrganizationRole.Deleted',
      'OrganizationScope.Deleted',
    ];
    const hook = await createHook(api, receiver.url, events);
    const stamp = Date.now();
    const ok = async (answer: Promise<{ status: number; body: any }>) => {
      const { status, body } = await answer;
      expect(status, JSON.stringify(body)).toBeLessThan(300);
      return body;
    };
    const resource = await ok(api.post('/resources', { name: `api ${stamp}`, indicator: `https://api${stamp}.test` }));
    const scope = await ok(api.post(`/resources/${resource.id}/scopes`, { name: 'read:things' }));
    await ok(api.patch(`/resources/${resource.id}/scopes/${scope.id}`, { description: 'Read things' }));
    const role = await ok(api.post('/roles', { name: `reader ${stamp}`, description: 'r' }));
    await ok(api.post(`/roles/${role.id}/scopes`, { scopeIds: [scope.id] }));
    await ok(api.delete(`/resources/${resource.id}/scopes/${scope.id}`));
    const orgScope = await ok(api.post('/organization-scopes', { name: `docs:${stamp}` }));
    const orgRole = await ok(api.post('/organization-roles', { name: `editor ${stamp}` }));
    await ok(api.post(`/organization-roles/${orgRole.id}/scopes`, { organizationScopeIds: [orgScope.id] }));
    const org = await ok(api.post('/organizations', { name: `Acme ${stamp}` }));
    const member = await ok(api.post('/users', { username: `member_${stamp}` }));
    await ok(api.post(`/organizations/${org.id}/users`, { userIds: [member.id] }));
    await ok(api.patch(`/organizations/${org.id}`, { description: 'Renamed' }));
    await ok(api.delete(`/organizations/${org.id}`));
    await ok(api.delete(`/organization-roles/${orgRole.id}`));
    await ok(api.delete(`/organization-scopes/${orgScope.id}`));

    const mine = () => receiver.received.filter((r) => r.body.hookId === hook.id);
    await expect.poll(() => mine().length, poll).toBe(events.length);
    // The same events as the changes, each once, each signed with the hook's key.
    expect(new Set(mine().map((r) => r.body.event))).toEqual(new Set(events));
    const byEvent = Object.fromEntries(mine().map((r) => [r.body.event, r.body]));
    expect(byEvent['Scope.Created']).toMatchObject({ data: { id: scope.id, resourceId: resource.id } });
    expect(byEvent['Scope.Deleted']).toMatchObject({ params: { resourceId: resource.id, scopeId: scope.id } });
    expect(byEvent['Organization.Created']).toMatchObject({ data: { id: org.id } });
    expect(byEvent['Organization.Membership.Updated']).toMatchObject({ params: { id: org.id } });
    expect(byEvent['OrganizationRole.Scopes.Updated']).toMatchObject({ params: { id: orgRole.id } });
    for (const item of mine()) expect(signatureValid(item, hook.signingKey)).toBe(true);
    await api.delete(`/hooks/${hook.id}`);
  });

  it('writes a data event in the transaction of its change: when the outbox refuses the row, the change is undone too', async () => {
    const hook = await createHook(api, receiver.url, ['Role.Data.Updated']);
    const role = (await api.post('/roles', { name: `atomic ${Date.now()}`, description: 'before' })).body;
    await refuseOutboxRows(server, 'FAIL-OUTBOX');
    try {
      const refused = await api.patch(`/roles/${role.id}`, { description: 'FAIL-OUTBOX' });
      expect(refused.status).toBe(500);
      expect((await api.get(`/roles/${role.id}`)).body.description).toBe('before');
      const accepted = await api.patch(`/roles/${role.id}`, { description: 'after' });
      expect(accepted.status).toBe(200);
      const mine = () => receiver.of('Role.Data.Updated').filter((r) => r.body.hookId === hook.id);
      await expect.poll(() => mine().map((r) => r.body.data.description), poll).toEqual(['after']);
    } finally {
      await acceptOutboxRows(server);
      await api.delete(`/hooks/${hook.id}`);
    }
  });

  it('writes PostSignIn in the transaction of the submit: if the outbox refuses it, the submit fails and can be retried', async () => {
    const hook = await createHook(api, receiver.url, ['PostSignIn']);
    const { username, browser } = await userAtSignIn('atomic');
    const verified = await browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: username },
      password: 'the right passphrase 42',
    });
    expect(verified.status).toBe(200);
    const identified = await browser.api('POST', '/identification', { verificationId: verified.body.verificationId });
    expect(identified.status).toBe(204);
    await refuseOutboxRows(server, username);
    try {
      expect((await browser.api('POST', '/submit')).status).toBe(500);
    } finally {
      await acceptOutboxRows(server);
    }
    const retried = await browser.api('POST', '/submit');
    expect(retried.status).toBe(200);
    expect(retried.body.redirectTo).toContain('/oidc/auth/');
    const mine = () => receiver.of('PostSignIn').filter((r) => r.body.hookId === hook.id);
    await expect.poll(() => mine().length, poll).toBe(1);
    expect(mine()[0]!.body.user.username).toBe(username);
    await api.delete(`/hooks/${hook.id}`);
  });

  it('delivers Identifier.Lockout when a username reaches its failed password limit', async () => {
    const hook = await createHook(api, receiver.url, ['Identifier.Lockout']);
    const { username, browser } = await userAtSignIn('locked');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await browser.api('POST', '/verification/password', {
        identifier: { type: 'username', value: username },
        password: 'a wrong passphrase',
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(3)).toEqual([429, 429]);
    const mine = () => receiver.of('Identifier.Lockout').filter((r) => r.body.hookId === hook.id);
    await expect.poll(() => mine().length, poll).toBe(1);
    expect(mine()[0]!.body).toMatchObject({
      event: 'Identifier.Lockout',
      data: { identifier: { type: 'username', value: username }, action: 'password' },
    });
    expect(signatureValid(mine()[0]!, hook.signingKey)).toBe(true);
    await api.delete(`/hooks/${hook.id}`);
  });

  it('names only routes that exist in its Management API event table', () => {
    const registered = new Set(server.registry.routes.map((route) => `${route.method.toUpperCase()} ${route.path}`));
    const missing = Object.keys(managementApiHookEvents).filter((key) => !registered.has(key));
    expect(missing).toEqual([]);
  });
});

describe(`webhook destinations and retry window (${dialect})`, () => {
  let receiver: HookReceiver;
  beforeAll(async () => {
    receiver = await startHookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
  });

  it('refuses loopback destinations when TESSERA_HOOKS_BLOCK_PRIVATE_NETWORKS is on, and says why', async () => {
    const server = await startTestServer({ ...fastRetries, TESSERA_HOOKS_BLOCK_PRIVATE_NETWORKS: 'true' });
    try {
      const api = await managementApi(server);
      const literal = await createHook(api, receiver.url, ['User.Created']);
      const named = await createHook(api, `http://localhost:${receiver.port}/hook`, ['User.Created']);
      await api.post('/users', { username: `ssrf_${Date.now()}` });
      for (const hook of [literal, named])
        await expect
          .poll(async () => (await recentLogs(api, hook.id))[0]?.payload.error ?? '', poll)
          .toMatch(/private network address \(refused\)/);
      const test = await api.post(`/hooks/${literal.id}/test`, {
        events: ['User.Created'],
        config: { url: receiver.url },
      });
      expect(test.status).toBe(422);
      expect(test.body.message).toContain('refused');
      expect(receiver.received).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('marks a delivery failed, visibly, when the receiver stays down past the retry window', async () => {
    const server = await startTestServer({ ...fastRetries, TESSERA_HOOKS_RETRY_WINDOW_SECONDS: '1' });
    try {
      const api = await managementApi(server);
      const hook = await createHook(api, `http://127.0.0.1:${await freePort()}/never`, ['User.Created']);
      await api.post('/users', { username: `never_${Date.now()}` });
      await expect.poll(async () => (await recentLogs(api, hook.id))[0]?.payload.deliveryStatus, poll).toBe('failed');
      const [log] = await recentLogs(api, hook.id);
      expect(log!.payload).toMatchObject({ result: 'Error', nextAttemptAt: null });
      expect(log!.payload.attempts).toBeGreaterThan(3);
      expect(log!.payload.error).toMatch(/ECONNREFUSED|connect/);
    } finally {
      await server.stop();
    }
  });
});
