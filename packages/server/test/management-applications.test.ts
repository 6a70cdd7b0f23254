import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentialsToken, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

describe(`Management API: applications (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  it('creates each type with Logto’s shape; confidential types carry a secret', async () => {
    for (const type of ['Native', 'SPA', 'Traditional', 'MachineToMachine']) {
      const created = await api.post('/applications', {
        name: `${type} app`,
        type,
        description: 'made by a test',
        oidcClientMetadata: { redirectUris: ['https://app.example.com/callback'], postLogoutRedirectUris: [] },
        customClientMetadata: { corsAllowedOrigins: ['https://app.example.com'] },
        customData: { team: 'a' },
      });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        name: `${type} app`,
        type,
        description: 'made by a test',
        oidcClientMetadata: { redirectUris: ['https://app.example.com/callback'], postLogoutRedirectUris: [] },
        customClientMetadata: { corsAllowedOrigins: ['https://app.example.com'] },
        customData: { team: 'a' },
        isThirdParty: false,
        protectedAppMetadata: null,
      });
      expect(created.body.id).toMatch(/^[a-z0-9]{21}$/);
      expect(typeof created.body.createdAt).toBe('number');
      const confidential = type === 'Traditional' || type === 'MachineToMachine';
      expect(created.body.secret).toMatch(confidential ? /^[A-Za-z0-9]{32}$/ : /^$/);
    }
  });

  it('gets, updates redirect URIs, post sign-out URIs and CORS origins, and deletes', async () => {
    const { body: app } = await api.post('/applications', { name: 'Web', type: 'Traditional' });
    const patched = await api.patch(`/applications/${app.id}`, {
      name: 'Web renamed',
      oidcClientMetadata: {
        redirectUris: ['https://web.example.com/cb'],
        postLogoutRedirectUris: ['https://web.example.com/'],
      },
      customClientMetadata: { corsAllowedOrigins: ['https://web.example.com'] },
      customData: { a: 1 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: 'Web renamed',
      oidcClientMetadata: {
        redirectUris: ['https://web.example.com/cb'],
        postLogoutRedirectUris: ['https://web.example.com/'],
      },
      customClientMetadata: { corsAllowedOrigins: ['https://web.example.com'] },
    });
    // JSON fields merge at the top level on PATCH, as in Logto.
    const merged = await api.patch(`/applications/${app.id}`, { customData: { b: 2 } });
    expect(merged.body.customData).toEqual({ a: 1, b: 2 });
    expect((await api.get(`/applications/${app.id}`)).body.name).toBe('Web renamed');

    expect((await api.delete(`/applications/${app.id}`)).status).toBe(204);
    const gone = await api.get(`/applications/${app.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('entity.not_found');
    expect((await api.delete(`/applications/${app.id}`)).status).toBe(404);
  });

  it('a redirect URI added by PATCH is accepted by the authorization endpoint at once', async () => {
    const { body: app } = await api.post('/applications', { name: 'Late', type: 'SPA' });
    const authorize = (redirectUri: string) =>
      fetch(
        `${server.issuer}/auth?${new URLSearchParams({
          client_id: app.id,
          redirect_uri: redirectUri,
          response_type: 'code',
          scope: 'openid',
          code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
          code_challenge_method: 'S256',
        })}`,
        { redirect: 'manual' },
      );
    const uri = 'https://late.example.com/callback';
    expect((await authorize(uri)).status).toBe(400);
    await api.patch(`/applications/${app.id}`, { oidcClientMetadata: { redirectUris: [uri] } });
    const accepted = await authorize(uri);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).not.toContain('error=');
  });

  it('refuses custom-scheme redirects outside Native apps and third-party M2M apps', async () => {
    const spa = await api.post('/applications', {
      name: 'SPA',
      type: 'SPA',
      oidcClientMetadata: { redirectUris: ['myapp://callback'], postLogoutRedirectUris: [] },
    });
    expect(spa.status).toBe(400);
    expect(spa.body.code).toBe('application.invalid_redirect_uri');
    const m2m = await api.post('/applications', { name: 'M2M', type: 'MachineToMachine', isThirdParty: true });
    expect(m2m.status).toBe(400);
    expect(m2m.body.code).toBe('application.invalid_third_party_application_type');
  });

  it('lists with pagination, Total-Number and a repeatable `types` filter', async () => {
    const fresh = await startTestServer();
    try {
      const local = await managementApi(fresh); // creates one M2M app of its own
      for (let i = 0; i < 3; i++) await local.post('/applications', { name: `spa ${i}`, type: 'SPA' });
      await local.post('/applications', { name: 'native', type: 'Native' });

      const all = await local.get('/applications');
      expect(all.status).toBe(200);
      expect(all.body).toHaveLength(5);

      const page = await local.get('/applications?page=2&page_size=2');
      expect(page.headers.get('total-number')).toBe('5');
      expect(page.body).toHaveLength(2);
      const ids = new Set(
        [
          ...(await local.get('/applications?page=1&page_size=2')).body,
          ...page.body,
          ...(await local.get('/applications?page=3&page_size=2')).body,
        ].map((app: { id: string }) => app.id),
      );
      expect(ids.size).toBe(5);

      const spas = await local.get('/applications?types=SPA&page=1');
      expect(spas.headers.get('total-number')).toBe('3');
      expect(spas.body.every((app: { type: string }) => app.type === 'SPA')).toBe(true);
      const both = await local.get('/applications?types=SPA&types=Native&page_size=10');
      expect(both.headers.get('total-number')).toBe('4');

      expect((await local.get('/applications?isThirdParty=false')).body).toHaveLength(5);
      expect((await local.get('/applications?isThirdParty=true')).body).toEqual([]);
      expect((await local.get('/applications?search=native')).body.map((app: { name: string }) => app.name)).toEqual([
        'native',
      ]);
      const viaApi = await local.get(`/applications?excludeRoleId=${fresh.services.managementRoleId}&page=1`);
      expect(viaApi.headers.get('total-number')).toBe('4');
      expect(viaApi.body.every((app: { type: string }) => app.type !== 'MachineToMachine')).toBe(true);

      const bad = await local.get('/applications?types=Fancy');
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('guard.invalid_query');
    } finally {
      await fresh.stop();
    }
  });

  it('lists and reads applications without their secrets, as Logto 1.42 does', async () => {
    const { body: app } = await api.post('/applications', { name: 'Listed', type: 'MachineToMachine' });
    expect(app.secret).toMatch(/^[A-Za-z0-9]{32}$/);
    const list = await api.get('/applications');
    const paged = await api.get('/applications?page=1&page_size=100');
    const read = await api.get(`/applications/${app.id}`);
    const patched = await api.patch(`/applications/${app.id}`, { name: 'Listed again' });
    for (const response of [list, paged, read, patched]) {
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toContain(app.secret);
    }
    for (const item of [...list.body, ...paged.body, read.body, patched.body])
      expect(item).not.toHaveProperty('secret');
    expect(list.body.some((item: { id: string }) => item.id === app.id)).toBe(true);
    // The secrets route is where a secret is read after creation.
    expect((await api.get(`/applications/${app.id}/secrets`)).body[0].value).toBe(app.secret);
    const documented = (await api.get('/swagger.json')).body.paths['/api/applications'];
    const schemaOf = (operation: Record<string, any>) => operation.responses['200'].content['application/json'].schema;
    expect(Object.keys(schemaOf(documented.get).items.properties)).not.toContain('secret');
    expect(Object.keys(schemaOf(documented.post).properties)).toContain('secret');
  });

  it('rotates a secret: add a new one, delete the old, and only the new one authenticates', async () => {
    const { body: app } = await api.post('/applications', { name: 'Rotating', type: 'MachineToMachine' });
    const resource = server.config.managementApiIndicator;
    const listed = await api.get(`/applications/${app.id}/secrets`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      {
        applicationId: app.id,
        name: 'Default secret',
        value: app.secret,
        createdAt: expect.any(Number),
        expiresAt: null,
      },
    ]);

    const added = await api.post(`/applications/${app.id}/secrets`, { name: 'Second' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ applicationId: app.id, name: 'Second', expiresAt: null });
    expect(added.body.value).toMatch(/^[A-Za-z0-9]{32}$/);
    const duplicate = await api.post(`/applications/${app.id}/secrets`, { name: 'Second' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.code).toBe('application.secret_name_exists');

    // Both work during the overlap.
    for (const secret of [app.secret, added.body.value]) {
      const token = await clientCredentialsToken(server, { clientId: app.id, clientSecret: secret }, { resource });
      expect(token.status).toBe(200);
    }
    expect((await api.delete(`/applications/${app.id}/secrets/Default%20secret`)).status).toBe(204);
    const old = await clientCredentialsToken(server, { clientId: app.id, clientSecret: app.secret }, { resource });
    expect(old.status).toBe(401);
    const current = await clientCredentialsToken(
      server,
      { clientId: app.id, clientSecret: added.body.value },
      { resource },
    );
    expect(current.status).toBe(200);
    expect((await api.get(`/applications/${app.id}/secrets`)).body.map((s: { value: string }) => s.value)).toEqual([
      added.body.value,
    ]);
    expect((await api.delete(`/applications/${app.id}/secrets/Default%20secret`)).status).toBe(404);
  });

  it('refuses secrets that expire in the past, and secrets on public apps', async () => {
    const { body: m2m } = await api.post('/applications', { name: 'Expiring', type: 'MachineToMachine' });
    const past = await api.post(`/applications/${m2m.id}/secrets`, { name: 'old', expiresAt: Date.now() - 1000 });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('request.invalid_input');
    const future = await api.post(`/applications/${m2m.id}/secrets`, { name: 'later', expiresAt: Date.now() + 60_000 });
    expect(future.status).toBe(201);

    const { body: spa } = await api.post('/applications', { name: 'Public', type: 'SPA' });
    const refused = await api.post(`/applications/${spa.id}/secrets`, { name: 'nope' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('application.invalid_type');
  });

  it('gives roles only to M2M apps, and only MachineToMachine roles', async () => {
    const { body: m2m } = await api.post('/applications', { name: 'Worker', type: 'MachineToMachine' });
    const { body: spa } = await api.post('/applications', { name: 'Front', type: 'SPA' });
    const { body: m2mRole } = await api.post('/roles', {
      name: 'worker role',
      description: 'for workers',
      type: 'MachineToMachine',
    });
    const { body: userRole } = await api.post('/roles', { name: 'person role', description: 'for people' });

    const assigned = await api.post(`/applications/${m2m.id}/roles`, { roleIds: [m2mRole.id] });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toEqual({ roleIds: [m2mRole.id], addedRoleIds: [m2mRole.id] });
    const again = await api.post(`/applications/${m2m.id}/roles`, { roleIds: [m2mRole.id] });
    expect(again.body.addedRoleIds).toEqual([]);

    const listed = await api.get(`/applications/${m2m.id}/roles`);
    expect(listed.status).toBe(200);
    expect(listed.headers.get('total-number')).toBe('1');
    expect(listed.body).toEqual([
      { id: m2mRole.id, name: 'worker role', description: 'for workers', type: 'MachineToMachine', isDefault: false },
    ]);

    const wrongRole = await api.post(`/applications/${m2m.id}/roles`, { roleIds: [userRole.id] });
    expect(wrongRole.status).toBe(422);
    expect(wrongRole.body.code).toBe('application.invalid_role_type');
    for (const response of [
      await api.post(`/applications/${spa.id}/roles`, { roleIds: [m2mRole.id] }),
      await api.get(`/applications/${spa.id}/roles`),
      await api.delete(`/applications/${spa.id}/roles/${m2mRole.id}`),
    ]) {
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('application.invalid_type');
    }
    const unknownRole = await api.post(`/applications/${m2m.id}/roles`, { roleIds: ['no-such-role'] });
    expect(unknownRole.status).toBe(404);

    expect((await api.delete(`/applications/${m2m.id}/roles/${m2mRole.id}`)).status).toBe(204);
    expect((await api.get(`/applications/${m2m.id}/roles`)).body).toEqual([]);
    expect((await api.delete(`/applications/${m2m.id}/roles/${m2mRole.id}`)).status).toBe(404);
  });

  it('an M2M app given the Management API role can call the Management API', async () => {
    const { body: app } = await api.post('/applications', { name: 'Automation', type: 'MachineToMachine' });
    const role = (await api.get('/roles?search=Logto%20Management%20API%20access')).body[0];
    expect((await api.post(`/applications/${app.id}/roles`, { roleIds: [role.id] })).status).toBe(201);
    const token = await clientCredentialsToken(
      server,
      { clientId: app.id, clientSecret: app.secret },
      { resource: server.config.managementApiIndicator, scope: 'all' },
    );
    expect(token.status).toBe(200);
    const response = await fetch(`${server.url}/api/applications/${app.id}`, {
      headers: { authorization: `Bearer ${token.body.access_token}` },
    });
    expect(response.status).toBe(200);
  });
});
