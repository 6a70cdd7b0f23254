import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

describe(`Management API: roles (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let resourceId: string;
  let scopes: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    const { body: resource } = await api.post('/resources', { name: 'Shop', indicator: 'https://shop.example.com' });
    resourceId = resource.id;
    scopes = {};
    for (const name of ['read:shop', 'write:shop', 'admin:shop']) {
      scopes[name] = (await api.post(`/resources/${resourceId}/scopes`, { name })).body.id;
    }
  });
  afterAll(() => server.stop());

  it('creates, reads, updates and deletes roles in Logto’s shape', async () => {
    const created = await api.post('/roles', { name: 'viewer', description: 'Can look' });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{21}$/),
      name: 'viewer',
      description: 'Can look',
      type: 'User',
      isDefault: false,
    });
    const { id } = created.body;
    expect((await api.get(`/roles/${id}`)).body).toEqual(created.body);
    const patched = await api.patch(`/roles/${id}`, { name: 'watcher', description: 'Can watch', isDefault: true });
    expect(patched.body).toEqual({ ...created.body, name: 'watcher', description: 'Can watch', isDefault: true });
    const typeChange = await api.patch(`/roles/${id}`, { type: 'MachineToMachine' });
    expect(typeChange.status).toBe(400);
    expect(typeChange.body.code).toBe('guard.invalid_input');
    expect((await api.delete(`/roles/${id}`)).status).toBe(204);
    expect((await api.get(`/roles/${id}`)).status).toBe(404);
    expect((await api.delete(`/roles/${id}`)).status).toBe(404);
  });

  it('refuses a name already in use', async () => {
    await api.post('/roles', { name: 'taken', description: 'x' });
    const duplicate = await api.post('/roles', { name: 'taken', description: 'y', type: 'MachineToMachine' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.code).toBe('role.name_in_use');
    const { body: other } = await api.post('/roles', { name: 'free', description: 'z' });
    const renamed = await api.patch(`/roles/${other.id}`, { name: 'taken' });
    expect(renamed.status).toBe(422);
    expect(renamed.body.code).toBe('role.name_in_use');
  });

  it('grants, lists and takes back permissions', async () => {
    const created = await api.post('/roles', {
      name: 'shop reader',
      description: 'reads',
      scopeIds: [scopes['read:shop']],
    });
    const role = created.body;
    const initial = await api.get(`/roles/${role.id}/scopes`);
    expect(initial.body).toEqual([
      {
        id: scopes['read:shop'],
        resourceId,
        name: 'read:shop',
        description: null,
        createdAt: expect.any(Number),
        resource: {
          id: resourceId,
          name: 'Shop',
          indicator: 'https://shop.example.com',
          isDefault: false,
          accessTokenTtl: 3600,
        },
      },
    ]);
    const added = await api.post(`/roles/${role.id}/scopes`, { scopeIds: [scopes['write:shop']] });
    expect(added.status).toBe(200);
    expect(added.body.map((scope: { name: string }) => scope.name).sort()).toEqual(['read:shop', 'write:shop']);
    const again = await api.post(`/roles/${role.id}/scopes`, { scopeIds: [scopes['write:shop']] });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('role.scope_exists');
    const unknown = await api.post(`/roles/${role.id}/scopes`, { scopeIds: ['nope'] });
    expect(unknown.status).toBe(404);
    const unknownAtCreate = await api.post('/roles', { name: 'ghost', description: 'g', scopeIds: ['nope'] });
    expect(unknownAtCreate.status).toBe(404);
    expect((await api.get('/roles?search=ghost')).body).toEqual([]);

    const paged = await api.get(`/roles/${role.id}/scopes?page=1&page_size=1`);
    expect(paged.headers.get('total-number')).toBe('2');
    expect(paged.body).toHaveLength(1);

    const { body: user } = await api.post('/users', { username: 'shopper' });
    await api.post(`/users/${user.id}/roles`, { roleIds: [role.id] });
    const { roles } = server.services.stores;
    expect((await roles.userScopeNames(user.id, resourceId)).sort()).toEqual(['read:shop', 'write:shop']);
    expect((await api.delete(`/roles/${role.id}/scopes/${scopes['write:shop']}`)).status).toBe(204);
    expect(await roles.userScopeNames(user.id, resourceId)).toEqual(['read:shop']);
    expect((await api.delete(`/roles/${role.id}/scopes/${scopes['write:shop']}`)).status).toBe(404);
  });

  it('keeps Management API permissions for machine-to-machine roles', async () => {
    const management = await server.services.stores.resources.findByIndicator(server.config.managementApiIndicator);
    const all = await server.services.stores.resources.findScope(management?.id as string, 'all');
    const refused = await api.post('/roles', { name: 'sneaky', description: 's', scopeIds: [all?.id] });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('role.management_api_scopes_not_assignable_to_user_role');
    const { body: userRole } = await api.post('/roles', { name: 'plain user role', description: 'u' });
    const later = await api.post(`/roles/${userRole.id}/scopes`, { scopeIds: [all?.id] });
    expect(later.status).toBe(400);
    expect(later.body.code).toBe('role.management_api_scopes_not_assignable_to_user_role');
    const machine = await api.post('/roles', {
      name: 'second admin role',
      description: 'm',
      type: 'MachineToMachine',
      scopeIds: [all?.id],
    });
    expect(machine.status).toBe(200);
  });

  it('protects the seeded Management API access role', async () => {
    const id = server.services.managementRoleId;
    const management = await server.services.stores.resources.findByIndicator(server.config.managementApiIndicator);
    const all = await server.services.stores.resources.findScope(management?.id as string, 'all');
    for (const response of [
      await api.delete(`/roles/${id}`),
      await api.patch(`/roles/${id}`, { name: 'renamed' }),
      await api.delete(`/roles/${id}/scopes/${all?.id}`),
    ]) {
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('role.management_role_protected');
    }
    expect((await api.patch(`/roles/${id}`, { description: 'Admins' })).status).toBe(200);
    expect((await api.get(`/roles/${id}/scopes`)).body.map((scope: { name: string }) => scope.name)).toEqual(['all']);
  });

  it('assigns users and apps from the role side, checking types and duplicates', async () => {
    const { body: userRole } = await api.post('/roles', { name: 'members', description: 'm' });
    const { body: machineRole } = await api.post('/roles', {
      name: 'robots',
      description: 'r',
      type: 'MachineToMachine',
    });
    const { body: u1 } = await api.post('/users', { username: 'member_one', name: 'One' });
    const { body: u2 } = await api.post('/users', { username: 'member_two' });
    const { body: m2m } = await api.post('/applications', { name: 'Robot', type: 'MachineToMachine' });
    const { body: spa } = await api.post('/applications', { name: 'Browser', type: 'SPA' });

    const addUsers = await api.post(`/roles/${userRole.id}/users`, { userIds: [u1.id, u2.id] });
    expect(addUsers.status).toBe(201);
    expect(addUsers.body).toEqual({ userIds: [u1.id, u2.id] });
    const duplicate = await api.post(`/roles/${userRole.id}/users`, { userIds: [u2.id] });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.code).toBe('role.user_exists');
    const users = await api.get(`/roles/${userRole.id}/users`);
    expect(users.headers.get('total-number')).toBe('2');
    expect(users.body.map((user: { id: string }) => user.id).sort()).toEqual([u1.id, u2.id].sort());
    expect(JSON.stringify(users.body)).not.toMatch(/"password|\$argon2/);
    expect((await api.get(`/roles/${userRole.id}/users?search=two`)).body.map((u: { id: string }) => u.id)).toEqual([
      u2.id,
    ]);
    expect((await api.get(`/users?excludeRoleId=${userRole.id}&search=member_`)).body).toEqual([]);

    const wrongForUsers = await api.post(`/roles/${machineRole.id}/users`, { userIds: [u1.id] });
    expect(wrongForUsers.status).toBe(422);
    expect(wrongForUsers.body.code).toBe('user.invalid_role_type');
    const missingUser = await api.post(`/roles/${userRole.id}/users`, { userIds: ['nobody'] });
    expect(missingUser.status).toBe(404);

    const addApps = await api.post(`/roles/${machineRole.id}/applications`, { applicationIds: [m2m.id] });
    expect(addApps.status).toBe(201);
    const apps = await api.get(`/roles/${machineRole.id}/applications`);
    expect(apps.body.map((app: { id: string }) => app.id)).toEqual([m2m.id]);
    const wrongForApps = await api.post(`/roles/${userRole.id}/applications`, { applicationIds: [m2m.id] });
    expect(wrongForApps.status).toBe(422);
    expect(wrongForApps.body.code).toBe('application.invalid_role_type');
    const publicApp = await api.post(`/roles/${machineRole.id}/applications`, { applicationIds: [spa.id] });
    expect(publicApp.status).toBe(422);
    expect(publicApp.body.code).toBe('application.invalid_type');
    const appAgain = await api.post(`/roles/${machineRole.id}/applications`, { applicationIds: [m2m.id] });
    expect(appAgain.status).toBe(422);
    expect(appAgain.body.code).toBe('role.application_exists');

    const listed = await api.get(`/roles?search=${encodeURIComponent('members')}`);
    expect(listed.body[0]).toMatchObject({
      id: userRole.id,
      usersCount: 2,
      applicationsCount: 0,
      featuredApplications: [],
    });
    expect(listed.body[0].featuredUsers).toContainEqual({ id: u1.id, name: 'One', avatar: null });
    const robots = (await api.get('/roles?type=MachineToMachine&search=robots')).body[0];
    expect(robots).toMatchObject({ applicationsCount: 1, featuredApplications: [{ id: m2m.id, name: 'Robot' }] });
    expect((await api.get(`/roles?excludeUserId=${u1.id}&search=members`)).body).toEqual([]);

    expect((await api.delete(`/roles/${userRole.id}/users/${u1.id}`)).status).toBe(204);
    expect((await api.delete(`/roles/${userRole.id}/users/${u1.id}`)).status).toBe(404);
    expect((await api.delete(`/roles/${machineRole.id}/applications/${m2m.id}`)).status).toBe(204);
    expect((await api.get(`/roles/${machineRole.id}/applications`)).body).toEqual([]);
  });

  it('deleting a role removes every grant it carried', async () => {
    const { body: role } = await api.post('/roles', {
      name: 'shop admin',
      description: 'a',
      scopeIds: [scopes['admin:shop']],
    });
    const { body: user } = await api.post('/users', { username: 'shop_admin' });
    await api.post(`/users/${user.id}/roles`, { roleIds: [role.id] });
    const { roles } = server.services.stores;
    expect(await roles.userScopeNames(user.id, resourceId)).toEqual(['admin:shop']);
    expect(await roles.userRoleNames(user.id)).toEqual(['shop admin']);
    expect((await api.delete(`/roles/${role.id}`)).status).toBe(204);
    expect(await roles.userScopeNames(user.id, resourceId)).toEqual([]);
    expect(await roles.userRoleNames(user.id)).toEqual([]);
    expect((await api.get(`/users/${user.id}/roles`)).body).toEqual([]);
  });

  it('paginates the role list with Total-Number', async () => {
    const total = Number((await api.get('/roles?page=1&page_size=1')).headers.get('total-number'));
    expect(total).toBeGreaterThan(3);
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(total / 2); page++) {
      for (const role of (await api.get(`/roles?page=${page}&page_size=2`)).body) seen.add(role.id);
    }
    expect(seen.size).toBe(total);
  });
});
