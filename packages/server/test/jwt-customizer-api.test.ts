import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/admin-token.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const script = `const getCustomJwtClaims = async ({ token, context, environmentVariables }) => {
  return { plan: context.user.customData.plan, region: environmentVariables.REGION };
};`;
const apiKey = 'sk_live_never_shown_to_viewers_42';

describe(`Custom token claims: Management API (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let viewer: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    const password = 'a long passphrase 42';
    await server.services.admins.create({ username: 'olga', password, role: 'owner' });
    await server.services.admins.create({ username: 'vera', password, role: 'viewer' });
    viewer = await adminApi(server, { username: 'vera', password });
    expect(viewer.scope).toBe('read');
  });
  afterAll(() => server.stop());

  it('answers an empty list and 404 before any script is set', async () => {
    expect(await api.get('/configs/jwt-customizer')).toMatchObject({ status: 200, body: [] });
    const missing = await api.get('/configs/jwt-customizer/access-token');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('entity.not_exists_with_id');
    expect((await api.patch('/configs/jwt-customizer/access-token', { script })).status).toBe(404);
    expect((await api.delete('/configs/jwt-customizer/client-credentials')).status).toBe(404);
    const unknownType = await api.get('/configs/jwt-customizer/id-token');
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.code).toBe('guard.invalid_params');
  });

  it('creates with PUT (201), replaces with PUT (200), merges with PATCH, and lists by key', async () => {
    const created = await api.put('/configs/jwt-customizer/access-token', {
      script,
      environmentVariables: { REGION: 'eu', API_KEY: apiKey },
      contextSample: { user: { customData: { plan: 'pro' } } },
      blockIssuanceOnError: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toEqual({
      script,
      environmentVariables: { REGION: 'eu', API_KEY: apiKey },
      contextSample: { user: { customData: { plan: 'pro' } } },
      blockIssuanceOnError: true,
    });
    const replaced = await api.put('/configs/jwt-customizer/access-token', {
      script,
      environmentVariables: { REGION: 'us', API_KEY: apiKey },
    });
    expect(replaced.status).toBe(200);
    // PUT replaces: the fields not sent are gone.
    expect(replaced.body).toEqual({ script, environmentVariables: { REGION: 'us', API_KEY: apiKey } });

    const patched = await api.patch('/configs/jwt-customizer/access-token', { blockIssuanceOnError: false });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({
      script,
      environmentVariables: { REGION: 'us', API_KEY: apiKey },
      blockIssuanceOnError: false,
    });
    expect((await api.get('/configs/jwt-customizer/access-token')).body).toEqual(patched.body);

    const machine = await api.put('/configs/jwt-customizer/client-credentials', { script: 'return {};' });
    expect(machine.status).toBe(201);
    const list = await api.get('/configs/jwt-customizer');
    expect(list.body).toEqual([
      { key: 'jwt.accessToken', value: patched.body },
      { key: 'jwt.clientCredentials', value: { script: 'return {};' } },
    ]);
  });

  it('seals environment values at rest and answers them in clear to an `all` token', async () => {
    const row = await server.services.db
      .selectFrom('configs')
      .select('value')
      .where('key', '=', 'jwt.accessToken')
      .executeTakeFirstOrThrow();
    expect(row.value).not.toContain(apiKey);
    const stored = JSON.parse(row.value);
    expect(stored.script).toBe(script);
    expect(stored.environmentVariables.API_KEY).toMatch(/^v1\./);
    expect(server.services.box.open(stored.environmentVariables.API_KEY)).toBe(apiKey);
  });

  it('refuses bodies that break the schema, and keeps the stored config', async () => {
    const cases: unknown[] = [
      {},
      { script: '' },
      { script: 'x'.repeat(65_537) },
      { script, environmentVariables: { KEY: 42 } },
      { script, blockIssuanceOnError: 'yes' },
      { script, unknownField: true },
    ];
    for (const body of cases) {
      const answer = await api.put('/configs/jwt-customizer/access-token', body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body.code).toBe('guard.invalid_input');
    }
    expect((await api.patch('/configs/jwt-customizer/access-token', { script: '' })).status).toBe(400);
    expect((await api.get('/configs/jwt-customizer/access-token')).body.environmentVariables.REGION).toBe('us');
  });

  it('lets a console viewer read with environment values masked, and refuses its writes with 403', async () => {
    const one = await viewer.get('/configs/jwt-customizer/access-token');
    expect(one.status).toBe(200);
    expect(one.body.script).toBe(script);
    expect(one.body.environmentVariables).toEqual({ REGION: '********', API_KEY: '********' });
    const list = await viewer.get('/configs/jwt-customizer');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(apiKey);
    expect(list.body[0].value.environmentVariables.API_KEY).toBe('********');

    for (const [method, body] of [
      ['PUT', { script }],
      ['PATCH', { script }],
      ['DELETE', undefined],
    ] as const) {
      const answer = await viewer.call(method, '/configs/jwt-customizer/access-token', body);
      expect(answer.status, method).toBe(403);
      expect(answer.body.code).toBe('auth.forbidden');
    }
    expect((await api.get('/configs/jwt-customizer/access-token')).body.script).toBe(script);
  });

  it('deletes a config (204), then answers 404 for it', async () => {
    expect((await api.delete('/configs/jwt-customizer/client-credentials')).status).toBe(204);
    expect((await api.get('/configs/jwt-customizer/client-credentials')).status).toBe(404);
    const list = await api.get('/configs/jwt-customizer');
    expect(list.body.map((entry: { key: string }) => entry.key)).toEqual(['jwt.accessToken']);
  });

  it('records writes in the audit log with the token type, never the script or the environment values', async () => {
    await server.services.auditLog.flush();
    const logs = await api.get('/logs?page_size=100');
    const writes = logs.body.filter((entry: { key: string; payload: { route?: string } }) =>
      entry.payload.route?.includes('/configs/jwt-customizer'),
    );
    expect(writes.length).toBeGreaterThanOrEqual(4);
    expect(writes.map((entry: { payload: { params: unknown } }) => entry.payload.params)).toContainEqual({
      tokenTypePath: 'access-token',
    });
    expect(JSON.stringify(writes)).not.toContain(apiKey);
    expect(JSON.stringify(writes)).not.toContain('getCustomJwtClaims');
  });

  describe('POST /configs/jwt-customizer/test', () => {
    const sample = {
      tokenType: 'access-token',
      token: { sub: 'user-1', aud: 'https://api.example.com' },
      context: { user: { id: 'user-1', customData: { plan: 'pro' } } },
      environmentVariables: { REGION: 'eu' },
    };

    it('runs the script on the sample and answers its claims', async () => {
      const answer = await api.post('/configs/jwt-customizer/test', { ...sample, script });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body).toEqual({ plan: 'pro', region: 'eu' });
    });

    it('lets a console viewer test a script', async () => {
      const answer = await viewer.post('/configs/jwt-customizer/test', { ...sample, script });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ plan: 'pro', region: 'eu' });
    });

    it("answers Logto's 422 jwt_customizer.general with the kind of failure", async () => {
      const run = (body: string) =>
        api.post('/configs/jwt-customizer/test', {
          ...sample,
          script: `const getCustomJwtClaims = async ({ token, context, environmentVariables, api }) => { ${body} };`,
        });
      const denied = await run("api.denyAccess('Plan expired');");
      expect(denied.status).toBe(422);
      expect(denied.body).toMatchObject({
        code: 'jwt_customizer.general',
        message: 'Plan expired',
        data: { kind: 'denied' },
      });
      const thrown = await run("throw new Error('no plan');");
      expect(thrown.body).toMatchObject({
        code: 'jwt_customizer.general',
        message: 'no plan',
        data: { kind: 'thrown' },
      });
      const notObject = await run('return [1, 2];');
      expect(notObject.body).toMatchObject({ code: 'jwt_customizer.general', data: { kind: 'invalid' } });
      const tooLarge = await run("return { big: 'x'.repeat(60000) };");
      expect(tooLarge.body).toMatchObject({ code: 'jwt_customizer.general', data: { kind: 'invalid' } });
      expect(tooLarge.body.message).toContain('50000 bytes');

      const started = performance.now();
      const loop = await run('while (true) {}');
      const elapsed = performance.now() - started;
      expect(loop.status).toBe(422);
      expect(loop.body).toMatchObject({ code: 'jwt_customizer.general', data: { kind: 'timeout' } });
      // 100 ms of script time, then the answer; the server did not hang on it.
      expect(elapsed).toBeLessThan(1500);
      expect((await api.post('/configs/jwt-customizer/test', { ...sample, script })).body).toEqual({
        plan: 'pro',
        region: 'eu',
      });
    });

    it('refuses a body without a script or with an unknown token type (400)', async () => {
      expect((await api.post('/configs/jwt-customizer/test', { ...sample, script: '' })).status).toBe(400);
      expect(
        (await api.post('/configs/jwt-customizer/test', { ...sample, script, tokenType: 'id-token' })).status,
      ).toBe(400);
    });
  });
});
