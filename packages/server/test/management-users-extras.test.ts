import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** Logto 1.42 user routes: PUT roles, PUT identities/:target, profile, password/verify, logto-configs. */
describe(`Management API: more user routes (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  const newUser = async (body: Record<string, unknown> = {}) => (await api.post('/users', body)).body.id as string;

  it('PUT /users/:userId/roles replaces the user’s roles, refusing unknown and machine roles', async () => {
    const userId = await newUser();
    const role = async (name: string, type = 'User') =>
      (await api.post('/roles', { name, description: name, type })).body.id;
    const [a, b, c, machine] = [
      await role('put_a'),
      await role('put_b'),
      await role('put_c'),
      await role('put_m', 'MachineToMachine'),
    ];
    await api.post(`/users/${userId}/roles`, { roleIds: [a, b] });
    const held = async () =>
      (await api.get(`/users/${userId}/roles`)).body.map((item: { name: string }) => item.name).sort();

    const replaced = await api.put(`/users/${userId}/roles`, { roleIds: [b, c, c] });
    expect([replaced.status, replaced.body]).toEqual([200, { roleIds: [b, c] }]);
    expect(await held()).toEqual(['put_b', 'put_c']);

    const unknown = await api.put(`/users/${userId}/roles`, { roleIds: [a, 'no-such-role'] });
    expect(unknown.status).toBe(404);
    const wrongType = await api.put(`/users/${userId}/roles`, { roleIds: [a, machine] });
    expect([wrongType.status, wrongType.body.code]).toEqual([422, 'user.invalid_role_type']);
    expect(await held()).toEqual(['put_b', 'put_c']);

    expect((await api.put(`/users/${userId}/roles`, { roleIds: [] })).body).toEqual({ roleIds: [] });
    expect(await held()).toEqual([]);
    expect((await api.put('/users/no-such-user/roles', { roleIds: [a] })).status).toBe(404);
    expect((await api.put(`/users/${userId}/roles`, { roleIds: 'x' })).status).toBe(400);
  });

  it('PUT /users/:userId/identities/:target sets an identity: 201 new, 200 replaced, 422 held by another', async () => {
    const userId = await newUser();
    const created = await api.put(`/users/${userId}/identities/github`, { userId: 'gh-1', details: { login: 'octo' } });
    expect([created.status, created.body]).toEqual([201, { github: { userId: 'gh-1', details: { login: 'octo' } } }]);
    const replaced = await api.put(`/users/${userId}/identities/github`, { userId: 'gh-2' });
    expect([replaced.status, replaced.body]).toEqual([200, { github: { userId: 'gh-2' } }]);
    expect((await server.services.users.findBySocialIdentity('github', 'gh-2'))?.id).toBe(userId);
    expect(await server.services.users.findBySocialIdentity('github', 'gh-1')).toBeUndefined();
    expect((await api.get(`/users/${userId}`)).body.identities).toEqual({ github: { userId: 'gh-2' } });

    const other = await newUser();
    const taken = await api.put(`/users/${other}/identities/github`, { userId: 'gh-2' });
    expect([taken.status, taken.body.code]).toEqual([422, 'user.identity_already_in_use']);
    expect((await api.put(`/users/${other}/identities/github`, {})).status).toBe(400);
    expect((await api.put('/users/no-such-user/identities/github', { userId: 'x' })).status).toBe(404);
  });

  it('PATCH /users/:userId/profile merges the claims given and answers the profile', async () => {
    const userId = await newUser({ profile: { givenName: 'Ada', locale: 'en' } });
    const patched = await api.patch(`/users/${userId}/profile`, {
      profile: { familyName: 'Lovelace', locale: 'en-GB', address: { country: 'UK' } },
    });
    expect([patched.status, patched.body]).toEqual([
      200,
      { givenName: 'Ada', familyName: 'Lovelace', locale: 'en-GB', address: { country: 'UK' } },
    ]);
    expect((await api.get(`/users/${userId}`)).body.profile).toEqual(patched.body);
    expect((await api.patch(`/users/${userId}/profile`, { profile: { shoeSize: '9' } })).status).toBe(400);
    expect((await api.patch(`/users/${userId}/profile`, {})).status).toBe(400);
    expect((await api.patch('/users/no-such-user/profile', { profile: {} })).status).toBe(404);
  });

  it('POST /users/:userId/password/verify answers 204 for the password, 422 otherwise', async () => {
    const userId = await newUser({ password: 'correct horse' });
    const right = await api.post(`/users/${userId}/password/verify`, { password: 'correct horse' });
    expect([right.status, right.body]).toEqual([204, undefined]);
    const wrong = await api.post(`/users/${userId}/password/verify`, { password: 'battery staple' });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'session.invalid_credentials']);
    const noPassword = await newUser();
    expect((await api.post(`/users/${noPassword}/password/verify`, { password: 'anything' })).status).toBe(422);
    expect((await api.post(`/users/${userId}/password/verify`, { password: '' })).status).toBe(400);
    expect((await api.post('/users/no-such-user/password/verify', { password: 'x' })).status).toBe(404);
  });

  it('GET/PATCH /users/:userId/logto-configs reads and sets the MFA skip state', async () => {
    const userId = await newUser();
    expect((await api.get(`/users/${userId}/logto-configs`)).body).toEqual({ mfa: { skipped: false } });
    const patched = await api.patch(`/users/${userId}/logto-configs`, { mfa: { skipped: true } });
    expect([patched.status, patched.body]).toEqual([200, { mfa: { skipped: true } }]);
    expect((await api.get(`/users/${userId}/logto-configs`)).body).toEqual({ mfa: { skipped: true } });
    expect((await server.services.users.logtoConfig(userId)).mfa?.skipped).toBe(true);
    expect((await api.patch(`/users/${userId}/logto-configs`, { mfa: {} })).status).toBe(400);
    expect((await api.get('/users/no-such-user/logto-configs')).status).toBe(404);
    expect((await api.patch('/users/no-such-user/logto-configs', { mfa: { skipped: true } })).status).toBe(404);
  });
});
