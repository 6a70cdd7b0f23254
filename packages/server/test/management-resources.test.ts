import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

describe(`Management API: resources and permissions (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let counter = 0;
  const indicator = () => `https://api${++counter}.example.com`;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  it('creates, reads, updates and deletes a resource in Logto’s shape', async () => {
    const uri = indicator();
    const created = await api.post('/resources', { name: 'Orders', indicator: uri });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{21}$/),
      name: 'Orders',
      indicator: uri,
      isDefault: false,
      accessTokenTtl: 3600,
      scopes: [],
    });
    const { id } = created.body;
    expect((await api.get(`/resources/${id}`)).body).toEqual({
      id,
      name: 'Orders',
      indicator: uri,
      isDefault: false,
      accessTokenTtl: 3600,
    });
    const patched = await api.patch(`/resources/${id}`, { name: 'Orders API', accessTokenTtl: 600 });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Orders API', accessTokenTtl: 600, indicator: uri });

    expect((await api.delete(`/resources/${id}`)).status).toBe(204);
    expect((await api.get(`/resources/${id}`)).status).toBe(404);
    expect((await api.delete(`/resources/${id}`)).status).toBe(404);
  });

  it('requires a unique absolute URI as the indicator', async () => {
    const uri = indicator();
    await api.post('/resources', { name: 'First', indicator: uri });
    const duplicate = await api.post('/resources', { name: 'Second', indicator: uri });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.code).toBe('resource.resource_identifier_in_use');
    const { body: other } = await api.post('/resources', { name: 'Third', indicator: indicator() });
    const moved = await api.patch(`/resources/${other.id}`, { indicator: uri });
    expect(moved.status).toBe(422);
    expect(moved.body.code).toBe('resource.resource_identifier_in_use');
    for (const bad of ['not a uri', '/relative/path', 'https://api.example.com/#frag', '']) {
      const response = await api.post('/resources', { name: 'Bad', indicator: bad });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('guard.invalid_input');
    }
  });

  it('keeps at most one default resource', async () => {
    const { body: a } = await api.post('/resources', { name: 'A', indicator: indicator() });
    const { body: b } = await api.post('/resources', { name: 'B', indicator: indicator() });
    expect((await api.patch(`/resources/${a.id}/is-default`, { isDefault: true })).body.isDefault).toBe(true);
    expect((await api.patch(`/resources/${b.id}/is-default`, { isDefault: true })).body.isDefault).toBe(true);
    const all = (await api.get('/resources')).body as Array<{ id: string; isDefault: boolean }>;
    expect(all.filter((resource) => resource.isDefault).map((resource) => resource.id)).toEqual([b.id]);
    expect((await server.services.stores.resources.findDefault())?.id).toBe(b.id);
    expect((await api.patch(`/resources/${b.id}/is-default`, { isDefault: false })).body.isDefault).toBe(false);
    expect(await server.services.stores.resources.findDefault()).toBeUndefined();
  });

  it('lists resources, optionally paginated and with their permissions', async () => {
    const { body: resource } = await api.post('/resources', { name: 'Listed', indicator: indicator() });
    await api.post(`/resources/${resource.id}/scopes`, { name: 'read:listed' });
    const all = await api.get('/resources');
    expect(all.status).toBe(200);
    expect(all.headers.get('total-number')).toBeNull();
    const total = all.body.length;
    expect(
      all.body.some((item: { indicator: string }) => item.indicator === server.config.managementApiIndicator),
    ).toBe(true);
    const page = await api.get('/resources?page=1&page_size=1');
    expect(page.headers.get('total-number')).toBe(String(total));
    expect(page.body).toHaveLength(1);
    const withScopes = await api.get('/resources?includeScopes=true');
    const listed = withScopes.body.find((item: { id: string }) => item.id === resource.id);
    expect(listed.scopes.map((scope: { name: string }) => scope.name)).toEqual(['read:listed']);
  });

  it('manages permissions with unique, space-free names', async () => {
    const { body: resource } = await api.post('/resources', { name: 'Docs', indicator: indicator() });
    const created = await api.post(`/resources/${resource.id}/scopes`, { name: 'read:docs', description: 'Read' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      resourceId: resource.id,
      name: 'read:docs',
      description: 'Read',
      createdAt: expect.any(Number),
    });
    const duplicate = await api.post(`/resources/${resource.id}/scopes`, { name: 'read:docs' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.code).toBe('scope.name_exists');
    const spaced = await api.post(`/resources/${resource.id}/scopes`, { name: 'read docs' });
    expect(spaced.status).toBe(400);
    expect(spaced.body.code).toBe('scope.name_with_space');

    const { body: write } = await api.post(`/resources/${resource.id}/scopes`, { name: 'write:docs' });
    const renamedClash = await api.patch(`/resources/${resource.id}/scopes/${write.id}`, { name: 'read:docs' });
    expect(renamedClash.status).toBe(422);
    expect(renamedClash.body.code).toBe('scope.name_exists');
    const renamed = await api.patch(`/resources/${resource.id}/scopes/${write.id}`, {
      name: 'edit:docs',
      description: null,
    });
    expect(renamed.body).toMatchObject({ name: 'edit:docs', description: null });

    // The same name is fine on another resource.
    const { body: other } = await api.post('/resources', { name: 'Other', indicator: indicator() });
    expect((await api.post(`/resources/${other.id}/scopes`, { name: 'read:docs' })).status).toBe(201);
    // A permission is only reachable through its own resource.
    expect((await api.patch(`/resources/${other.id}/scopes/${write.id}`, { name: 'x' })).status).toBe(404);

    const listed = await api.get(`/resources/${resource.id}/scopes?page=1&page_size=10`);
    expect(listed.headers.get('total-number')).toBe('2');
    expect(listed.body.map((scope: { name: string }) => scope.name)).toEqual(['read:docs', 'edit:docs']);
    const searched = await api.get(`/resources/${resource.id}/scopes?search=edit`);
    expect(searched.body.map((scope: { name: string }) => scope.name)).toEqual(['edit:docs']);

    expect((await api.delete(`/resources/${resource.id}/scopes/${write.id}`)).status).toBe(204);
    expect((await api.delete(`/resources/${resource.id}/scopes/${write.id}`)).status).toBe(404);
    expect((await api.get('/resources/missing/scopes')).status).toBe(404);
  });

  it('protects the Management API resource and its permission', async () => {
    const management = await server.services.stores.resources.findByIndicator(server.config.managementApiIndicator);
    const id = management?.id as string;
    const all = await server.services.stores.resources.findScope(id, 'all');
    const attempts = [
      [await api.delete(`/resources/${id}`), 'resource.cannot_delete_management_api'],
      [await api.patch(`/resources/${id}`, { name: 'Mine now' }), 'resource.cannot_modify_management_api'],
      [
        await api.patch(`/resources/${id}`, { indicator: 'https://elsewhere.example.com' }),
        'resource.cannot_modify_management_api',
      ],
      [await api.post(`/resources/${id}/scopes`, { name: 'extra' }), 'resource.cannot_modify_management_api'],
      [
        await api.patch(`/resources/${id}/scopes/${all?.id}`, { name: 'some' }),
        'resource.cannot_modify_management_api',
      ],
      [await api.delete(`/resources/${id}/scopes/${all?.id}`), 'resource.cannot_modify_management_api'],
    ] as const;
    for (const [response, code] of attempts) {
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
    }
    // Still in charge.
    expect((await api.get(`/resources/${id}`)).body.indicator).toBe(server.config.managementApiIndicator);
    // Seeded in one start, often in the same millisecond: the list's order is by id then.
    const names = (await api.get(`/resources/${id}/scopes`)).body.map((scope: { name: string }) => scope.name);
    expect(names.sort()).toEqual(['all', 'read']);
  });

  it('deleting a resource or a permission removes the grants made through roles', async () => {
    const { roles } = server.services.stores;
    const { body: resource } = await api.post('/resources', { name: 'Billing', indicator: indicator() });
    const { body: read } = await api.post(`/resources/${resource.id}/scopes`, { name: 'read:billing' });
    const { body: pay } = await api.post(`/resources/${resource.id}/scopes`, { name: 'pay:billing' });
    const { body: role } = await api.post('/roles', {
      name: 'billing clerk',
      description: 'billing',
      scopeIds: [read.id, pay.id],
    });
    const { body: user } = await api.post('/users', { username: 'clerk' });
    await api.post(`/users/${user.id}/roles`, { roleIds: [role.id] });
    expect((await roles.userScopeNames(user.id, resource.id)).sort()).toEqual(['pay:billing', 'read:billing']);

    await api.delete(`/resources/${resource.id}/scopes/${pay.id}`);
    expect(await roles.userScopeNames(user.id, resource.id)).toEqual(['read:billing']);
    expect((await api.get(`/roles/${role.id}/scopes`)).body.map((scope: { id: string }) => scope.id)).toEqual([
      read.id,
    ]);

    await api.delete(`/resources/${resource.id}`);
    expect(await roles.userScopeNames(user.id, resource.id)).toEqual([]);
    expect((await api.get(`/roles/${role.id}/scopes`)).body).toEqual([]);
  });
});
