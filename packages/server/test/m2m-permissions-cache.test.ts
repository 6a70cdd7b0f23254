import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentialsToken, type ManagementApi, managementApi } from './support/management-client.js';
import { startTestServer, type TestServer } from './support/server.js';

/**
 * The permissions a machine-to-machine app holds on a resource are cached on the client
 * credentials path (roles/application-permissions.cache.ts). Every Management API write that
 * changes them must be in effect for the very next token: the cache is warmed before each one.
 */
describe('client credentials permissions follow every role and permission change at once', () => {
  let server: TestServer;
  let api: ManagementApi;
  let app: { clientId: string; clientSecret: string; id: string };
  let resource: { id: string; indicator: string };

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    const created = await api.call('POST', '/applications', { name: 'Cached M2M', type: 'MachineToMachine' });
    expect(created.status).toBe(200);
    app = { id: created.body.id, clientId: created.body.id, clientSecret: created.body.secret };
    resource = await newResource();
  });
  afterAll(async () => server?.stop());

  async function newResource() {
    const indicator = `https://api-${randomBytes(4).toString('hex')}.example`;
    const created = await api.call('POST', '/resources', { name: 'Cached API', indicator });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, indicator };
  }
  async function newScope(resourceId: string, name: string): Promise<string> {
    const created = await api.call('POST', `/resources/${resourceId}/scopes`, { name });
    expect(created.status).toBe(201);
    return created.body.id;
  }
  async function newRole(scopeIds: string[]): Promise<string> {
    const name = `m2m-${randomBytes(4).toString('hex')}`;
    const created = await api.call('POST', '/roles', { name, description: name, type: 'MachineToMachine', scopeIds });
    expect(created.status).toBe(200);
    return created.body.id;
  }
  /** The scope of the token the app gets now for `indicator` (asking for nothing: all it holds). */
  async function granted(indicator = resource.indicator): Promise<string[]> {
    const token = await clientCredentialsToken(server, app, { resource: indicator });
    expect(token.status, JSON.stringify(token.body)).toBe(200);
    const payload = JSON.parse(Buffer.from(token.body.access_token.split('.')[1], 'base64url').toString());
    return (payload.scope ?? '').split(' ').filter(Boolean).sort();
  }
  const ok = (response: { status: number }) => expect(response.status).toBeLessThan(300);

  it('role assignment from either side, permissions added, removed, renamed and deleted', async () => {
    const read = await newScope(resource.id, 'read:cached');
    const write = await newScope(resource.id, 'write:cached');
    const role = await newRole([read]);
    expect(await granted()).toEqual([]);

    ok(await api.call('POST', `/roles/${role}/applications`, { applicationIds: [app.id] }));
    expect(await granted()).toEqual(['read:cached']);

    ok(await api.call('POST', `/roles/${role}/scopes`, { scopeIds: [write] }));
    expect(await granted()).toEqual(['read:cached', 'write:cached']);

    ok(await api.call('DELETE', `/roles/${role}/scopes/${write}`));
    expect(await granted()).toEqual(['read:cached']);

    ok(await api.call('PATCH', `/resources/${resource.id}/scopes/${read}`, { name: 'read:renamed' }));
    expect(await granted()).toEqual(['read:renamed']);

    ok(await api.call('DELETE', `/roles/${role}/applications/${app.id}`));
    expect(await granted()).toEqual([]);

    ok(await api.call('POST', `/applications/${app.id}/roles`, { roleIds: [role] }));
    expect(await granted()).toEqual(['read:renamed']);

    ok(await api.call('DELETE', `/applications/${app.id}/roles/${role}`));
    expect(await granted()).toEqual([]);

    ok(await api.call('PUT', `/applications/${app.id}/roles`, { roleIds: [role] }));
    expect(await granted()).toEqual(['read:renamed']);

    ok(await api.call('DELETE', `/resources/${resource.id}/scopes/${read}`));
    expect(await granted()).toEqual([]);
  });

  it('a deleted role, and a deleted resource, grant nothing on the next token', async () => {
    const other = await newResource();
    const role = await newRole([await newScope(resource.id, 'admin:cached'), await newScope(other.id, 'use:other')]);
    ok(await api.call('PUT', `/applications/${app.id}/roles`, { roleIds: [role] }));
    expect(await granted()).toEqual(['admin:cached']);
    expect(await granted(other.indicator)).toEqual(['use:other']);

    ok(await api.call('DELETE', `/roles/${role}`));
    expect(await granted()).toEqual([]);

    const again = await newRole([await newScope(other.id, 'use:again')]);
    ok(await api.call('PUT', `/applications/${app.id}/roles`, { roleIds: [again] }));
    expect(await granted(other.indicator)).toEqual(['use:again']);
    ok(await api.call('DELETE', `/resources/${other.id}`));
    const refused = await clientCredentialsToken(server, app, { resource: other.indicator });
    expect(refused.body.error).toBe('invalid_target');
  });
});
