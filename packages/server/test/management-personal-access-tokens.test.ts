import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** Logto's personal access tokens on the Management API; the value is shown once and stored hashed. */
describe(`Management API: personal access tokens (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  it('creates, lists, renames and deletes tokens; the value appears only at creation', async () => {
    const userId = (await api.post('/users', { username: 'pat_owner' })).body.id;
    const base = `/users/${userId}/personal-access-tokens`;
    const expiresAt = Date.now() + 3_600_000;
    const created = await api.post(base, { name: 'ci', expiresAt });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      userId,
      name: 'ci',
      value: expect.any(String),
      createdAt: expect.any(Number),
      expiresAt,
    });
    expect(created.body.value).toMatch(/^pat_[\w-]{32}$/);
    const forever = await api.post(base, { name: 'laptop' });
    expect(forever.body.expiresAt).toBeNull();
    expect(forever.body.value).not.toBe(created.body.value);

    const listed = await api.get(base);
    expect(listed.status).toBe(200);
    expect(listed.body.map((token: { name: string }) => token.name)).toEqual(['ci', 'laptop']);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.value);
    for (const token of listed.body)
      expect(Object.keys(token).sort()).toEqual(['createdAt', 'expiresAt', 'name', 'userId']);

    // Only the hash is stored: the database never holds the value.
    const rows = await server.services.db.selectFrom('personal_access_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(created.body.value.slice(4));
    expect(await server.services.personalAccessTokens.verify(created.body.value)).toBe(userId);
    expect(await server.services.personalAccessTokens.verify(`${created.body.value}x`)).toBeUndefined();

    const duplicate = await api.post(base, { name: 'ci' });
    expect([duplicate.status, duplicate.body.code]).toEqual([422, 'user.personal_access_token_name_exists']);
    const renamed = await api.patch(`${base}/ci`, { name: 'ci-2' });
    expect([renamed.status, renamed.body.name]).toEqual([200, 'ci-2']);
    expect(renamed.body).not.toHaveProperty('value');
    expect((await api.patch(`${base}/ci-2`, { name: 'laptop' })).status).toBe(422);
    expect((await api.patch(`${base}/nope`, { name: 'x' })).status).toBe(404);

    expect((await api.delete(`${base}/ci-2`)).status).toBe(204);
    expect(await server.services.personalAccessTokens.verify(created.body.value)).toBeUndefined();
    expect((await api.delete(`${base}/ci-2`)).status).toBe(404);
    expect((await api.get(base)).body.map((token: { name: string }) => token.name)).toEqual(['laptop']);
  });

  it('refuses bad input and unknown users; deleting the user deletes the tokens', async () => {
    const userId = (await api.post('/users', { username: 'pat_refusals' })).body.id;
    const base = `/users/${userId}/personal-access-tokens`;
    for (const body of [
      {},
      { name: '' },
      { name: 'x'.repeat(257) },
      { name: 'a', expiresAt: 'soon' },
      { name: 'a', value: 'pat_mine' },
    ])
      expect((await api.post(base, body)).status, JSON.stringify(body)).toBe(400);
    expect((await api.post(base, { name: 'past', expiresAt: Date.now() - 1000 })).status).toBe(400);
    expect((await api.get('/users/no-such-user/personal-access-tokens')).status).toBe(404);
    expect((await api.post('/users/no-such-user/personal-access-tokens', { name: 'x' })).status).toBe(404);

    const { value } = (await api.post(base, { name: 'doomed' })).body;
    expect(await server.services.personalAccessTokens.verify(value)).toBe(userId);
    expect((await api.delete(`/users/${userId}`)).status).toBe(204);
    expect(await server.services.personalAccessTokens.verify(value)).toBeUndefined();
  });
});
