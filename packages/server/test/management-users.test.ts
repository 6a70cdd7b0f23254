import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const userKeys = [
  'id',
  'username',
  'primaryEmail',
  'primaryPhone',
  'name',
  'avatar',
  'customData',
  'identities',
  'lastSignInAt',
  'createdAt',
  'updatedAt',
  'profile',
  'applicationId',
  'isSuspended',
  'hasPassword',
].sort();

/** No password, digest or hash may appear anywhere in a response. */
function expectNoSecrets(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/"password(Encrypted|EncryptionMethod|Digest)?"\s*:/i);
  expect(text).not.toMatch(/\$argon2/);
}

describe(`Management API: users (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  it('creates a user with exactly Logto’s fields and never a password', async () => {
    const created = await api.post('/users', {
      username: 'ada_l',
      primaryEmail: 'Ada@Example.com',
      password: 'analytical-engine',
      name: 'Ada Lovelace',
      customData: { plan: 'pro' },
      profile: { givenName: 'Ada' },
    });
    expect(created.status).toBe(200);
    expect(Object.keys(created.body).sort()).toEqual(userKeys);
    expect(created.body).toMatchObject({
      username: 'ada_l',
      primaryEmail: 'ada@example.com',
      primaryPhone: null,
      name: 'Ada Lovelace',
      avatar: null,
      customData: { plan: 'pro' },
      identities: {},
      lastSignInAt: null,
      profile: { givenName: 'Ada' },
      applicationId: null,
      isSuspended: false,
      hasPassword: true,
    });
    expect(created.body.id).toMatch(/^[a-z0-9]{12}$/);
    expectNoSecrets(created.body);
    const fetched = await api.get(`/users/${created.body.id}`);
    expect(fetched.body).toEqual(created.body);
    expectNoSecrets(fetched.body);
  });

  it('refuses duplicate username, email and phone with 422 codes', async () => {
    await api.post('/users', { username: 'dup_user', primaryEmail: 'dup@example.com', primaryPhone: '15550001' });
    const cases = [
      [{ username: 'dup_user' }, 'user.username_already_in_use'],
      [{ primaryEmail: 'DUP@example.com' }, 'user.email_already_in_use'],
      [{ primaryPhone: '15550001' }, 'user.phone_already_in_use'],
    ] as const;
    for (const [body, code] of cases) {
      const response = await api.post('/users', body);
      expect(response.status).toBe(422);
      expect(response.body.code).toBe(code);
    }
    const { body: other } = await api.post('/users', { username: 'other_user' });
    const clash = await api.patch(`/users/${other.id}`, { username: 'dup_user' });
    expect(clash.status).toBe(422);
    expect(clash.body.code).toBe('user.username_already_in_use');
  });

  it('updates the profile; null or "" clears a field', async () => {
    const { body: user } = await api.post('/users', {
      username: 'grace',
      primaryEmail: 'grace@example.com',
      name: 'Grace',
    });
    const patched = await api.patch(`/users/${user.id}`, {
      name: 'Grace Hopper',
      avatar: 'https://example.com/g.png',
      primaryPhone: '15550002',
      primaryEmail: '',
      profile: { nickname: 'Amazing Grace' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: 'Grace Hopper',
      avatar: 'https://example.com/g.png',
      primaryPhone: '15550002',
      primaryEmail: null,
      profile: { nickname: 'Amazing Grace' },
    });
    expect(patched.body.updatedAt).toBeGreaterThanOrEqual(user.updatedAt);
    const cleared = await api.patch(`/users/${user.id}`, { avatar: null, name: null });
    expect(cleared.body).toMatchObject({ avatar: null, name: null });
    const invalid = await api.patch(`/users/${user.id}`, { primaryEmail: 'not-an-email' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('guard.invalid_input');
  });

  it('sets the password, suspends, reports has-password and keeps custom data', async () => {
    const { body: user } = await api.post('/users', { username: 'no_password_yet' });
    expect(user.hasPassword).toBe(false);
    expect((await api.get(`/users/${user.id}/has-password`)).body).toEqual({ hasPassword: false });

    const withPassword = await api.patch(`/users/${user.id}/password`, { password: 'a long passphrase' });
    expect(withPassword.status).toBe(200);
    expect(withPassword.body.hasPassword).toBe(true);
    expectNoSecrets(withPassword.body);
    expect((await api.get(`/users/${user.id}/has-password`)).body).toEqual({ hasPassword: true });

    const suspended = await api.patch(`/users/${user.id}/is-suspended`, { isSuspended: true });
    expect(suspended.body.isSuspended).toBe(true);
    const reinstated = await api.patch(`/users/${user.id}/is-suspended`, { isSuspended: false });
    expect(reinstated.body.isSuspended).toBe(false);

    expect((await api.get(`/users/${user.id}/custom-data`)).body).toEqual({});
    const custom = await api.patch(`/users/${user.id}/custom-data`, { customData: { theme: 'dark', n: 1 } });
    expect(custom.status).toBe(200);
    expect(custom.body).toEqual({ theme: 'dark', n: 1 });
    expect((await api.get(`/users/${user.id}/custom-data`)).body).toEqual({ theme: 'dark', n: 1 });
    expect((await api.get(`/users/${user.id}`)).body.customData).toEqual({ theme: 'dark', n: 1 });

    expect((await api.delete(`/users/${user.id}`)).status).toBe(204);
    for (const path of ['', '/has-password', '/custom-data']) {
      const gone = await api.get(`/users/${user.id}${path}`);
      expect(gone.status).toBe(404);
      expect(gone.body.code).toBe('entity.not_found');
    }
    expect((await api.patch(`/users/${user.id}/password`, { password: 'x' })).status).toBe(404);
  });

  it('unlinks a social identity as Logto does: the identities left, 404 for none, and the account is free again', async () => {
    const { body: user } = await api.post('/users', { username: 'linked_lin' });
    const { body: other } = await api.post('/users', { username: 'other_oz' });
    await server.services.users.linkSocialIdentity(user.id, 'github', { userId: 'gh-42', details: { login: 'lin' } });
    await server.services.users.linkSocialIdentity(user.id, 'google', { userId: 'g-7' });
    expect(Object.keys((await api.get(`/users/${user.id}`)).body.identities).sort()).toEqual(['github', 'google']);

    const unlinked = await api.delete(`/users/${user.id}/identities/github`);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body).toEqual({ google: { userId: 'g-7' } });
    expect((await api.get(`/users/${user.id}`)).body.identities).toEqual({ google: { userId: 'g-7' } });
    expect(await server.services.users.findBySocialIdentity('github', 'gh-42')).toBeUndefined();
    // The GitHub account is no longer anyone's: another user may link it.
    await server.services.users.linkSocialIdentity(other.id, 'github', { userId: 'gh-42' });
    expect((await server.services.users.findBySocialIdentity('github', 'gh-42'))?.id).toBe(other.id);

    const again = await api.delete(`/users/${user.id}/identities/github`);
    expect([again.status, again.body.code]).toEqual([404, 'user.identity_not_exist']);
    expect((await api.delete('/users/no-such-user/identities/google')).status).toBe(404);
  });

  it('searches over id, username, email, phone and name, plainly or with % patterns', async () => {
    const fresh = await startTestServer();
    try {
      const local = await managementApi(fresh);
      const people = [
        { username: 'alice_w', primaryEmail: 'alice@wonder.land', name: 'Alice Liddell' },
        { username: 'bob_b', primaryEmail: 'bob@builder.example', primaryPhone: '4470001' },
        { username: 'carol_x', name: 'Carol 100%_sure' },
      ];
      const ids: string[] = [];
      for (const person of people) ids.push((await local.post('/users', person)).body.id);

      const search = async (value: string) => {
        const response = await local.get(`/users?search=${encodeURIComponent(value)}`);
        expect(response.status).toBe(200);
        return response.body.map((user: { username: string }) => user.username).sort();
      };
      expect(await search('alice')).toEqual(['alice_w']);
      expect(await search('%ALICE%')).toEqual(['alice_w']);
      expect(await search('wonder.land')).toEqual(['alice_w']);
      expect(await search('4470')).toEqual(['bob_b']);
      expect(await search('liddell')).toEqual(['alice_w']);
      expect(await search('_')).toEqual(['alice_w', 'bob_b', 'carol_x']);
      expect(await search('%100%')).toEqual(['carol_x']);
      expect(await search('100%')).toEqual([]);
      expect(await search('bob%')).toEqual(['bob_b']);
      expect(await search('%builder')).toEqual([]);
      expect(await search(ids[2] as string)).toEqual(['carol_x']);
      expect(await search('nobody')).toEqual([]);
      expect(await search('\\')).toEqual([]);
      expect(await search('%\\')).toEqual([]);
    } finally {
      await fresh.stop();
    }
  });

  it('paginates with Total-Number and refuses bad page values', async () => {
    const fresh = await startTestServer();
    try {
      const local = await managementApi(fresh);
      for (let i = 0; i < 5; i++) await local.post('/users', { username: `page_user_${i}` });
      const first = await local.get('/users?page=1&page_size=2');
      expect(first.headers.get('total-number')).toBe('5');
      expect(first.body).toHaveLength(2);
      const last = await local.get('/users?page=3&page_size=2');
      expect(last.body).toHaveLength(1);
      const beyond = await local.get('/users?page=9&page_size=2');
      expect(beyond.body).toEqual([]);
      expect(beyond.headers.get('total-number')).toBe('5');
      const filtered = await local.get('/users?search=page_user_1&page=1');
      expect(filtered.headers.get('total-number')).toBe('1');
      for (const query of ['page=0', 'page=-1', 'page=x', 'page_size=0', 'page_size=101', 'page=1.5']) {
        const bad = await local.get(`/users?${query}`);
        expect(bad.status).toBe(400);
        expect(bad.body.code).toBe('guard.invalid_pagination');
      }
    } finally {
      await fresh.stop();
    }
  });

  it('assigns only User roles; new users get the default User roles', async () => {
    const { body: user } = await api.post('/users', { username: 'role_holder' });
    const { body: role } = await api.post('/roles', { name: 'editors', description: 'can edit' });
    const { body: machineRole } = await api.post('/roles', {
      name: 'machines only',
      description: 'm2m',
      type: 'MachineToMachine',
    });

    const assigned = await api.post(`/users/${user.id}/roles`, { roleIds: [role.id] });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toEqual({ roleIds: [role.id], addedRoleIds: [role.id] });
    expect((await api.post(`/users/${user.id}/roles`, { roleIds: [role.id] })).body.addedRoleIds).toEqual([]);
    const listed = await api.get(`/users/${user.id}/roles`);
    expect(listed.headers.get('total-number')).toBe('1');
    expect(listed.body).toEqual([
      { id: role.id, name: 'editors', description: 'can edit', type: 'User', isDefault: false },
    ]);

    const mismatch = await api.post(`/users/${user.id}/roles`, { roleIds: [machineRole.id] });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('user.invalid_role_type');
    expect((await api.post(`/users/${user.id}/roles`, { roleIds: ['missing'] })).status).toBe(404);
    expect((await api.post('/users/missing/roles', { roleIds: [role.id] })).status).toBe(404);

    expect((await api.delete(`/users/${user.id}/roles/${role.id}`)).status).toBe(204);
    expect((await api.get(`/users/${user.id}/roles`)).body).toEqual([]);
    expect((await api.delete(`/users/${user.id}/roles/${role.id}`)).status).toBe(404);

    const { body: defaultRole } = await api.post('/roles', {
      name: 'everyone',
      description: 'given to new users',
      isDefault: true,
    });
    const { body: newcomer } = await api.post('/users', { username: 'newcomer' });
    const roles = (await api.get(`/users/${newcomer.id}/roles`)).body.map((r: { id: string }) => r.id);
    expect(roles).toEqual([defaultRole.id]);
  });
});
