import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentialsToken, type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const missing = 'nosuchapplication0000';

describe(`Management API: application extras (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  it('PATCH custom-data merges keys at the top level and answers with the result', async () => {
    const { body: app } = await api.post('/applications', { name: 'Data', type: 'SPA', customData: { a: 1, b: 2 } });
    const patched = await api.patch(`/applications/${app.id}/custom-data`, { b: 3, nested: { c: true } });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({ a: 1, b: 3, nested: { c: true } });
    expect((await api.get(`/applications/${app.id}`)).body.customData).toEqual({ a: 1, b: 3, nested: { c: true } });

    const notObject = await api.call('PATCH', `/applications/${app.id}/custom-data`, ['x']);
    expect(notObject.status).toBe(400);
    expect(notObject.body.code).toBe('guard.invalid_input');
    const unknown = await api.patch(`/applications/${missing}/custom-data`, { a: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('entity.not_found');
  });

  it('PUT roles leaves an M2M app with exactly the given MachineToMachine roles', async () => {
    const { body: m2m } = await api.post('/applications', { name: 'Worker', type: 'MachineToMachine' });
    const { body: spa } = await api.post('/applications', { name: 'Front', type: 'SPA' });
    const role = async (name: string, type = 'MachineToMachine') =>
      (await api.post('/roles', { name, description: name, type })).body;
    const [first, second, third] = [await role('put one'), await role('put two'), await role('put three')];
    const userRole = await role('put person', 'User');

    await api.post(`/applications/${m2m.id}/roles`, { roleIds: [first.id, second.id] });
    const replaced = await api.put(`/applications/${m2m.id}/roles`, { roleIds: [second.id, third.id, third.id] });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({ roleIds: [second.id, third.id] });
    const held = (await api.get(`/applications/${m2m.id}/roles`)).body.map((r: { id: string }) => r.id).sort();
    expect(held).toEqual([second.id, third.id].sort());

    const emptied = await api.put(`/applications/${m2m.id}/roles`, { roleIds: [] });
    expect(emptied.status).toBe(200);
    expect((await api.get(`/applications/${m2m.id}/roles`)).body).toEqual([]);

    const wrongType = await api.put(`/applications/${m2m.id}/roles`, { roleIds: [userRole.id] });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.code).toBe('application.invalid_role_type');
    const notM2m = await api.put(`/applications/${spa.id}/roles`, { roleIds: [first.id] });
    expect(notM2m.status).toBe(422);
    expect(notM2m.body.code).toBe('application.invalid_type');
    const badBody = await api.put(`/applications/${m2m.id}/roles`, { roleIds: 'x' });
    expect(badBody.status).toBe(400);
    expect((await api.put(`/applications/${missing}/roles`, { roleIds: [] })).status).toBe(404);
  });

  it('GET organizations lists the organizations an app belongs to, with its organization roles there', async () => {
    const { body: m2m } = await api.post('/applications', { name: 'Org worker', type: 'MachineToMachine' });
    const { body: acme } = await api.post('/organizations', { name: 'Acme' });
    const { body: other } = await api.post('/organizations', { name: 'Other' });
    await api.post('/organizations', { name: 'Unrelated' });
    const { body: orgRole } = await api.post('/organization-roles', { name: 'app reader', type: 'MachineToMachine' });
    expect((await api.post(`/organizations/${acme.id}/applications`, { applicationIds: [m2m.id] })).status).toBe(201);
    expect((await api.post(`/organizations/${other.id}/applications`, { applicationIds: [m2m.id] })).status).toBe(201);
    const assigned = await api.post(`/organizations/${acme.id}/applications/${m2m.id}/roles`, {
      organizationRoleIds: [orgRole.id],
    });
    expect(assigned.status).toBe(201);

    const listed = await api.get(`/applications/${m2m.id}/organizations`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({
        id: acme.id,
        name: 'Acme',
        organizationRoles: [{ id: orgRole.id, name: 'app reader' }],
      }),
      expect.objectContaining({ id: other.id, name: 'Other', organizationRoles: [] }),
    ]);
    expect(listed.headers.get('total-number')).toBeNull();
    // Pages, as Logto's optional pagination: the total in Total-Number.
    const second = await api.get(`/applications/${m2m.id}/organizations?page=2&page_size=1`);
    expect(second.status).toBe(200);
    expect(second.headers.get('total-number')).toBe('2');
    expect(second.body).toEqual([expect.objectContaining({ id: other.id, organizationRoles: [] })]);
    const first = await api.get(`/applications/${m2m.id}/organizations?page_size=1`);
    expect(first.body).toEqual([
      expect.objectContaining({ id: acme.id, organizationRoles: [{ id: orgRole.id, name: 'app reader' }] }),
    ]);
    expect((await api.get(`/applications/${m2m.id}/organizations?page=0`)).status).toBe(400);
    const { body: loner } = await api.post('/applications', { name: 'Loner', type: 'MachineToMachine' });
    expect((await api.get(`/applications/${loner.id}/organizations`)).body).toEqual([]);
    const unknown = await api.get(`/applications/${missing}/organizations`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('entity.not_found');
  });

  it('PATCH secrets/:name renames a secret, which keeps authenticating under its new name', async () => {
    const { body: app } = await api.post('/applications', { name: 'Renamer', type: 'MachineToMachine' });
    await api.post(`/applications/${app.id}/secrets`, { name: 'second' });
    const renamed = await api.patch(`/applications/${app.id}/secrets/Default%20secret`, { name: 'primary' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ applicationId: app.id, name: 'primary', value: app.secret, expiresAt: null });
    const names = (await api.get(`/applications/${app.id}/secrets`)).body.map((s: { name: string }) => s.name);
    expect(names.sort()).toEqual(['primary', 'second']);
    const token = await clientCredentialsToken(
      server,
      { clientId: app.id, clientSecret: app.secret },
      { resource: server.config.managementApiIndicator, scope: 'all' },
    );
    // The app holds no role, so the request is refused for scope, not for its secret.
    expect(token.status).not.toBe(401);
    expect(token.body.error).not.toBe('invalid_client');

    const taken = await api.patch(`/applications/${app.id}/secrets/primary`, { name: 'second' });
    expect(taken.status).toBe(422);
    expect(taken.body.code).toBe('application.secret_name_exists');
    const gone = await api.patch(`/applications/${app.id}/secrets/nope`, { name: 'x' });
    expect(gone.status).toBe(404);
    const empty = await api.patch(`/applications/${app.id}/secrets/primary`, { name: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('guard.invalid_input');
    expect((await api.patch(`/applications/${missing}/secrets/primary`, { name: 'x' })).status).toBe(404);
  });

  it('DELETE legacy-secret: Tessera apps never hold a legacy secret', async () => {
    const { body: app } = await api.post('/applications', { name: 'Modern', type: 'Traditional' });
    const refused = await api.delete(`/applications/${app.id}/legacy-secret`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('application.no_legacy_secret_found');
    expect((await api.get(`/applications/${app.id}/secrets`)).body).toHaveLength(1);
    const unknown = await api.delete(`/applications/${missing}/legacy-secret`);
    expect(unknown.status).toBe(404);
  });
});
