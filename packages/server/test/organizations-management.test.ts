import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** The Management API for organizations, the organization template and members, in Logto's shapes. */
describe(`Management API: organizations (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  const newUser = async (username: string) => (await api.post('/users', { username })).body;

  it('creates, reads, searches, updates and deletes organizations', async () => {
    const created = await api.post('/organizations', { name: 'Acme', description: 'Rockets', customData: { tier: 1 } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Acme',
      description: 'Rockets',
      customData: { tier: 1 },
      isMfaRequired: false,
      color: {},
      branding: {},
      customCss: null,
      createdAt: expect.any(Number),
    });
    const { id } = created.body;
    await api.post('/organizations', { name: 'Globex' });
    expect((await api.get(`/organizations/${id}`)).body.name).toBe('Acme');

    const search = await api.get('/organizations?q=acm');
    expect(search.body.map((o: { id: string }) => o.id)).toEqual([id]);
    const page = await api.get('/organizations?page=1&page_size=1');
    expect(page.body).toHaveLength(1);
    expect(page.headers.get('total-number')).toBe('2');

    const user = await newUser('featured_one');
    await api.post(`/organizations/${id}/users`, { userIds: [user.id] });
    const featured = await api.get('/organizations?q=acme&showFeatured=true');
    expect(featured.body[0]).toMatchObject({ usersCount: 1, featuredUsers: [{ id: user.id }] });

    const patched = await api.patch(`/organizations/${id}`, { description: null, isMfaRequired: true });
    expect(patched.body).toMatchObject({ description: null, isMfaRequired: true, customData: { tier: 1 } });
    expect((await api.post('/organizations', {})).body.code).toBe('guard.invalid_input');
    expect((await api.delete(`/organizations/${id}`)).status).toBe(204);
    expect((await api.get(`/organizations/${id}`)).status).toBe(404);
    expect((await api.delete(`/organizations/${id}`)).status).toBe(404);
  });

  it('keeps organization permission names unique and space-free', async () => {
    const created = await api.post('/organization-scopes', { name: 'read:docs', description: 'Read docs' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'read:docs', description: 'Read docs' });
    const duplicate = await api.post('/organization-scopes', { name: 'read:docs' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toMatchObject({
      code: 'entity.unique_integrity_violation',
      message: 'An organization permission with this name already exists.',
      data: { name: 'read:docs' },
    });
    expect((await api.post('/organization-scopes', { name: 'read docs' })).body.code).toBe('scope.name_with_space');
    const other = (await api.post('/organization-scopes', { name: 'write:docs' })).body;
    expect((await api.patch(`/organization-scopes/${other.id}`, { name: 'read:docs' })).status).toBe(422);
    expect((await api.patch(`/organization-scopes/${other.id}`, { description: 'Write' })).body.description).toBe(
      'Write',
    );
    const listed = await api.get('/organization-scopes?q=docs');
    expect(listed.headers.get('total-number')).toBe('2');
    expect((await api.delete(`/organization-scopes/${other.id}`)).status).toBe(204);
    expect((await api.get(`/organization-scopes/${other.id}`)).status).toBe(404);
  });

  it('manages organization roles with organization and API permissions', async () => {
    const read = (await api.post('/organization-scopes', { name: 'read:projects' })).body;
    const write = (await api.post('/organization-scopes', { name: 'write:projects' })).body;
    const resource = (await api.post('/resources', { name: 'Projects', indicator: 'https://projects.example.com' }))
      .body;
    const apiScope = (await api.post(`/resources/${resource.id}/scopes`, { name: 'projects:read' })).body;

    const role = await api.post('/organization-roles', {
      name: 'viewer',
      description: 'Views projects',
      organizationScopeIds: [read.id],
      resourceScopeIds: [apiScope.id],
    });
    expect(role.status).toBe(201);
    expect(role.body).toEqual({ id: expect.any(String), name: 'viewer', description: 'Views projects', type: 'User' });
    const id = role.body.id;
    const duplicate = await api.post('/organization-roles', { name: 'viewer' });
    expect(duplicate.body).toMatchObject({
      code: 'entity.unique_integrity_violation',
      message: 'An organization role with this name already exists.',
    });
    expect((await api.post('/organization-roles', { name: 'x', organizationScopeIds: ['nope'] })).body.code).toBe(
      'organization.roles.invalid_scope_ids',
    );
    expect((await api.post('/organization-roles', { name: 'y', resourceScopeIds: ['nope'] })).body.code).toBe(
      'organization.roles.invalid_resource_scope_ids',
    );

    const listed = (await api.get('/organization-roles?q=viewer')).body;
    expect(listed[0]).toMatchObject({
      scopes: [{ id: read.id, name: 'read:projects' }],
      resourceScopes: [{ id: apiScope.id, name: 'projects:read', resource: { id: resource.id, name: 'Projects' } }],
    });

    expect((await api.post(`/organization-roles/${id}/scopes`, { organizationScopeIds: [write.id] })).status).toBe(201);
    const scopes = await api.get(`/organization-roles/${id}/scopes`);
    expect(scopes.body.map((s: { name: string }) => s.name).sort()).toEqual(['read:projects', 'write:projects']);
    expect((await api.post(`/organization-roles/${id}/scopes`, { organizationScopeIds: ['nope'] })).body.code).toBe(
      'entity.relation_foreign_key_not_found',
    );
    expect((await api.put(`/organization-roles/${id}/scopes`, { organizationScopeIds: [write.id] })).status).toBe(204);
    expect((await api.delete(`/organization-roles/${id}/scopes/${write.id}`)).status).toBe(204);
    expect((await api.delete(`/organization-roles/${id}/scopes/${write.id}`)).status).toBe(404);
    expect((await api.get(`/organization-roles/${id}/scopes?page=1&page_size=5`)).headers.get('total-number')).toBe(
      '0',
    );

    const resourceScopes = await api.get(`/organization-roles/${id}/resource-scopes`);
    expect(resourceScopes.body).toEqual([expect.objectContaining({ id: apiScope.id, resourceId: resource.id })]);
    // Deleting an API permission removes it from every organization role.
    await api.delete(`/resources/${resource.id}/scopes/${apiScope.id}`);
    expect((await api.get(`/organization-roles/${id}/resource-scopes`)).body).toEqual([]);

    expect((await api.patch(`/organization-roles/${id}`, { name: 'reader', description: null })).body).toMatchObject({
      name: 'reader',
      description: null,
    });
    expect((await api.delete(`/organization-roles/${id}`)).status).toBe(204);
  });

  it('keeps Management API permissions away from User organization roles', async () => {
    const resources = (await api.get('/resources?includeScopes=true')).body;
    const management = resources.find(
      (r: { indicator: string }) => r.indicator === server.config.managementApiIndicator,
    );
    const all = management.scopes[0].id;
    const refused = await api.post('/organization-roles', { name: 'org admin', resourceScopeIds: [all] });
    expect(refused.body.code).toBe('role.management_api_scopes_not_assignable_to_user_role');
    const machine = await api.post('/organization-roles', {
      name: 'org robot',
      type: 'MachineToMachine',
      resourceScopeIds: [all],
    });
    expect(machine.status).toBe(201);
    expect((await api.patch(`/organization-roles/${machine.body.id}`, { type: 'User' })).status).toBe(400);
  });

  it('manages member users and their organization roles', async () => {
    const org = (await api.post('/organizations', { name: 'Members Inc' })).body;
    const editor = (await api.post('/organization-roles', { name: 'editor' })).body;
    const robot = (await api.post('/organization-roles', { name: 'robot', type: 'MachineToMachine' })).body;
    const ann = await newUser('ann_member');
    const bob = await newUser('bob_member');
    const base = `/organizations/${org.id}/users`;

    expect(await api.post(base, { userIds: [ann.id, bob.id] })).toMatchObject({
      status: 201,
      body: { userIds: [ann.id, bob.id] },
    });
    expect((await api.post(base, { userIds: ['no-such-user'] })).body.code).toBe(
      'entity.relation_foreign_key_not_found',
    );
    expect((await api.post(base, { userIds: [] })).body.code).toBe('guard.invalid_input');

    expect((await api.post(`${base}/${ann.id}/roles`, { organizationRoleIds: [editor.id] })).status).toBe(201);
    const wrongType = await api.post(`${base}/${ann.id}/roles`, { organizationRoleIds: [robot.id] });
    expect(wrongType).toMatchObject({ status: 422, body: { code: 'organization.role_type_mismatch' } });
    const outsider = await newUser('outsider');
    const notMember = await api.post(`${base}/${outsider.id}/roles`, { organizationRoleIds: [editor.id] });
    expect(notMember).toMatchObject({ status: 422, body: { code: 'organization.require_membership' } });
    expect((await api.post(`${base}/roles`, { userIds: [bob.id], organizationRoleIds: [editor.id] })).status).toBe(201);
    expect((await api.post(`${base}/roles`, { userIds: [outsider.id], organizationRoleIds: [editor.id] })).status).toBe(
      422,
    );

    const members = await api.get(`${base}?q=ann`);
    expect(members.headers.get('total-number')).toBe('1');
    expect(members.body[0]).toMatchObject({ id: ann.id, organizationRoles: [{ id: editor.id, name: 'editor' }] });
    expect((await api.get(`${base}/${ann.id}/roles`)).body).toEqual([
      { id: editor.id, name: 'editor', description: null, type: 'User' },
    ]);
    expect((await api.get(`/users/${ann.id}/organizations`)).body).toEqual([
      expect.objectContaining({ id: org.id, organizationRoles: [{ id: editor.id, name: 'editor' }] }),
    ]);

    // Leaving takes the roles along; replacing keeps exactly the list.
    expect((await api.delete(`${base}/${ann.id}`)).status).toBe(204);
    await api.post(base, { userIds: [ann.id] });
    expect((await api.get(`${base}/${ann.id}/roles`)).body).toEqual([]);
    expect((await api.put(base, { userIds: [bob.id] })).status).toBe(204);
    expect((await api.get(base)).body.map((u: { id: string }) => u.id)).toEqual([bob.id]);
    expect((await api.put(`${base}/${bob.id}/roles`, { organizationRoleIds: [] })).status).toBe(204);
    expect((await api.delete(`${base}/${bob.id}/roles/${editor.id}`)).status).toBe(404);

    // Deleting an organization role takes it from every member.
    await api.post(`${base}/${bob.id}/roles`, { organizationRoleIds: [editor.id] });
    await api.delete(`/organization-roles/${editor.id}`);
    expect((await api.get(`${base}/${bob.id}/roles`)).body).toEqual([]);
    expect((await api.get(`/organizations/missing/users`)).status).toBe(404);
  });

  it("lists a member's organization permissions", async () => {
    const org = (await api.post('/organizations', { name: 'Scoped' })).body;
    const read = (await api.post('/organization-scopes', { name: 'read:wiki' })).body;
    const role = (await api.post('/organization-roles', { name: 'wiki reader', organizationScopeIds: [read.id] })).body;
    const user = await newUser('wiki_reader');
    await api.post(`/organizations/${org.id}/users`, { userIds: [user.id] });
    await api.post(`/organizations/${org.id}/users/${user.id}/roles`, { organizationRoleIds: [role.id] });
    expect((await api.get(`/organizations/${org.id}/users/${user.id}/scopes`)).body).toEqual([
      { id: read.id, name: 'read:wiki', description: null },
    ]);
  });

  it('lets only machine-to-machine apps join, with MachineToMachine roles', async () => {
    const org = (await api.post('/organizations', { name: 'Apps Inc' })).body;
    const spa = (await api.post('/applications', { name: 'Web', type: 'SPA' })).body;
    const robot = (await api.post('/applications', { name: 'Robot', type: 'MachineToMachine' })).body;
    const role = (await api.post('/organization-roles', { name: 'bot', type: 'MachineToMachine' })).body;
    const userRole = (await api.post('/organization-roles', { name: 'human' })).body;
    const base = `/organizations/${org.id}/applications`;

    expect((await api.post(base, { applicationIds: [spa.id] })).body.code).toBe('application.invalid_type');
    expect((await api.post(base, { applicationIds: [robot.id] })).status).toBe(201);
    expect((await api.post(`${base}/${robot.id}/roles`, { organizationRoleIds: [userRole.id] })).status).toBe(422);
    expect(
      (await api.post(`${base}/roles`, { applicationIds: [robot.id], organizationRoleIds: [role.id] })).status,
    ).toBe(201);
    const listed = await api.get(base);
    expect(listed.body).toEqual([
      expect.objectContaining({
        id: robot.id,
        type: 'MachineToMachine',
        organizationRoles: [{ id: role.id, name: 'bot' }],
      }),
    ]);
    expect((await api.delete(`${base}/${robot.id}/roles/${role.id}`)).status).toBe(204);
    expect((await api.delete(`${base}/${robot.id}`)).status).toBe(204);
    expect((await api.get(base)).body).toEqual([]);
  });

  it('manages just-in-time email domains and default roles', async () => {
    const org = (await api.post('/organizations', { name: 'JIT Inc' })).body;
    const role = (await api.post('/organization-roles', { name: 'jit member' })).body;
    const robot = (await api.post('/organization-roles', { name: 'jit robot', type: 'MachineToMachine' })).body;
    const domains = `/organizations/${org.id}/jit/email-domains`;

    expect(await api.post(domains, { emailDomain: 'Example.COM' })).toMatchObject({
      status: 201,
      body: { organizationId: org.id, emailDomain: 'example.com' },
    });
    expect((await api.post(domains, { emailDomain: 'example.com' })).body.code).toBe(
      'entity.unique_integrity_violation',
    );
    expect((await api.post(domains, { emailDomain: 'not a domain' })).body.code).toBe('guard.invalid_input');
    expect((await api.put(domains, { emailDomains: ['a.example', 'b.example'] })).status).toBe(204);
    expect((await api.get(domains)).body.map((d: { emailDomain: string }) => d.emailDomain)).toEqual([
      'a.example',
      'b.example',
    ]);
    expect((await api.delete(`${domains}/a.example`)).status).toBe(204);
    expect((await api.delete(`${domains}/a.example`)).status).toBe(404);

    const roles = `/organizations/${org.id}/jit/roles`;
    expect((await api.post(roles, { organizationRoleIds: [role.id] })).status).toBe(201);
    expect((await api.post(roles, { organizationRoleIds: [robot.id] })).body.code).toBe(
      'organization.role_type_mismatch',
    );
    expect((await api.get(roles)).body).toEqual([expect.objectContaining({ id: role.id })]);
    expect((await api.put(roles, { organizationRoleIds: [] })).status).toBe(204);
    expect((await api.get(`${roles}?page=1&page_size=10`)).headers.get('total-number')).toBe('0');
  });
});
