import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const missing = 'nosuchapplication0000';
type Json = Record<string, any>;

describe(`Management API: third-party applications, consent, per-app sign-in experience (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let partner: Json;
  let firstParty: Json;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    partner = (await api.post('/applications', { name: 'Partner', type: 'Traditional', isThirdParty: true })).body;
    firstParty = (await api.post('/applications', { name: 'Own', type: 'SPA' })).body;
  });
  afterAll(() => server.stop());

  const expectError = (answer: { status: number; body: Json }, status: number, code: string) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.code).toBe(code);
  };

  it('creates third-party Traditional, SPA and Native apps, never machine-to-machine ones', async () => {
    expect(partner).toMatchObject({ isThirdParty: true, type: 'Traditional' });
    for (const type of ['SPA', 'Native']) {
      const created = await api.post('/applications', { name: `Partner ${type}`, type, isThirdParty: true });
      expect(created.status).toBe(200);
      expect(created.body.isThirdParty).toBe(true);
    }
    const listed = await api.get('/applications?isThirdParty=true');
    expect(listed.body.every((app: Json) => app.isThirdParty)).toBe(true);
    expect(listed.body.map((app: Json) => app.id)).toContain(partner.id);
    expectError(
      await api.post('/applications', { name: 'M2M', type: 'MachineToMachine', isThirdParty: true }),
      400,
      'application.invalid_third_party_application_type',
    );
  });

  it('user consent scopes: add, list grouped by resource, remove, with Logto’s refusals', async () => {
    const resource = (await api.post('/resources', { name: 'Orders', indicator: 'https://orders.example.com' })).body;
    const read = (await api.post(`/resources/${resource.id}/scopes`, { name: 'read:orders', description: 'Read' }))
      .body;
    const write = (await api.post(`/resources/${resource.id}/scopes`, { name: 'write:orders' })).body;
    const orgScope = (await api.post('/organization-scopes', { name: 'read:members', description: 'Members' })).body;
    const path = `/applications/${partner.id}/user-consent-scopes`;

    const empty = await api.get(path);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      organizationScopes: [],
      resourceScopes: [],
      organizationResourceScopes: [],
      userScopes: [],
    });
    const added = await api.post(path, {
      userScopes: ['profile', 'email', 'urn:logto:scope:organizations'],
      resourceScopes: [read.id, write.id],
      organizationScopes: [orgScope.id],
      organizationResourceScopes: [read.id],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const listed = await api.get(path);
    const orders = { id: resource.id, name: 'Orders', indicator: 'https://orders.example.com' };
    expect(listed.body).toEqual({
      organizationScopes: [{ id: orgScope.id, name: 'read:members', description: 'Members' }],
      resourceScopes: [
        {
          resource: orders,
          scopes: [
            { id: read.id, name: 'read:orders', description: 'Read' },
            { id: write.id, name: 'write:orders', description: null },
          ],
        },
      ],
      organizationResourceScopes: [
        { resource: orders, scopes: [{ id: read.id, name: 'read:orders', description: 'Read' }] },
      ],
      userScopes: expect.arrayContaining(['profile', 'email', 'urn:logto:scope:organizations']),
    });

    expect((await api.delete(`${path}/resourceScopes/${write.id}`)).status).toBe(204);
    expect((await api.delete(`${path}/userScopes/email`)).status).toBe(204);
    const after = (await api.get(path)).body;
    expect(after.resourceScopes[0].scopes.map((s: Json) => s.name)).toEqual(['read:orders']);
    expect(after.userScopes).not.toContain('email');
    expectError(await api.delete(`${path}/userScopes/email`), 404, 'entity.not_found');
    expectError(await api.delete(`${path}/everything/email`), 400, 'guard.invalid_params');

    expectError(
      await api.post(path, { resourceScopes: ['nosuchscope'] }),
      422,
      'application.user_consent_scopes_not_found',
    );
    expectError(
      await api.post(path, { organizationScopes: ['nosuchscope'] }),
      422,
      'application.user_consent_scopes_not_found',
    );
    expectError(await api.post(path, { userScopes: ['everything'] }), 400, 'guard.invalid_input');
    const resources = (await api.get('/resources')).body as Json[];
    const management = resources.find((r) => r.indicator === server.config.managementApiIndicator) as Json;
    const all = ((await api.get(`/resources/${management.id}/scopes`)).body as Json[])[0] as Json;
    expectError(
      await api.post(path, { resourceScopes: [all.id] }),
      422,
      'application.consent_management_api_scopes_not_allowed',
    );
    expectError(
      await api.get(`/applications/${firstParty.id}/user-consent-scopes`),
      422,
      'application.third_party_application_only',
    );
    expectError(await api.get(`/applications/${missing}/user-consent-scopes`), 404, 'entity.not_found');
  });

  it('consent organizations: only the user’s own organizations, added, replaced and removed', async () => {
    const user = (await api.post('/users', { username: `consent_${Date.now()}`, password: 'a-Strong-passw0rd!' })).body;
    const [acme, beta, other] = await Promise.all(
      ['Acme', 'Beta', 'Other'].map(async (name) => (await api.post('/organizations', { name })).body as Json),
    );
    for (const org of [acme, beta])
      expect((await api.post(`/organizations/${org.id}/users`, { userIds: [user.id] })).status).toBe(201);
    const path = `/applications/${partner.id}/users/${user.id}/consent-organizations`;

    expect((await api.get(path)).body).toEqual({ organizations: [] });
    expect((await api.post(path, { organizationIds: [acme.id] })).status).toBe(201);
    expect((await api.get(path)).body.organizations).toEqual([expect.objectContaining({ id: acme.id, name: 'Acme' })]);
    const notMember = await api.post(path, { organizationIds: [other.id] });
    expectError(notMember, 422, 'organization.require_membership');
    expect(notMember.body.data).toEqual({ organizationIds: [other.id] });

    expect((await api.put(path, { organizationIds: [beta.id] })).status).toBe(204);
    expect((await api.get(path)).body.organizations.map((o: Json) => o.id)).toEqual([beta.id]);
    expect((await api.delete(`${path}/${beta.id}`)).status).toBe(204);
    expectError(await api.delete(`${path}/${beta.id}`), 404, 'entity.not_found');
    expect((await api.put(path, { organizationIds: [] })).status).toBe(204);

    expectError(await api.post(path, { organizationIds: 'x' }), 400, 'guard.invalid_input');
    expectError(
      await api.get(`/applications/${partner.id}/users/nosuchuser/consent-organizations`),
      404,
      'entity.not_found',
    );
    expectError(
      await api.get(`/applications/${firstParty.id}/users/${user.id}/consent-organizations`),
      422,
      'application.third_party_application_only',
    );
    expectError(
      await api.get(`/applications/${missing}/users/${user.id}/consent-organizations`),
      404,
      'entity.not_found',
    );
  });

  it('the consent page API answers only inside an interaction waiting for consent', async () => {
    for (const [method, path] of [
      ['GET', '/api/experience/consent'],
      ['POST', '/api/experience/consent'],
      ['POST', '/api/experience/consent/refuse'],
    ] as const) {
      const answer = await fetch(`${server.url}${path}`, {
        method,
        headers: { origin: server.url, ...(method === 'POST' && { 'content-type': 'application/json' }) },
        ...(method === 'POST' && { body: '{}' }),
      });
      expect(answer.status, path).toBe(400);
      expect((await answer.json()).code).toBe('session.interaction_not_found');
    }
  });

  it('per-app sign-in experience: 404 until set, 201 then 200 on PUT, and the sign-in settings overlay it', async () => {
    const path = `/applications/${partner.id}/sign-in-experience`;
    expectError(await api.get(path), 404, 'entity.not_found');
    const body = {
      displayName: 'Partner Portal',
      branding: { logoUrl: 'https://partner.example.com/logo.png' },
      color: { primaryColor: '#0A7C42' },
      termsOfUseUrl: 'https://partner.example.com/terms',
      privacyPolicyUrl: '',
    };
    const created = await api.put(path, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toEqual({
      applicationId: partner.id,
      displayName: 'Partner Portal',
      branding: { logoUrl: 'https://partner.example.com/logo.png' },
      color: { primaryColor: '#0A7C42' },
      customCss: null,
      termsOfUseUrl: 'https://partner.example.com/terms',
      privacyPolicyUrl: null,
    });
    const updated = await api.put(path, { ...body, displayName: 'Partner' });
    expect(updated.status).toBe(200);
    expect((await api.get(path)).body.displayName).toBe('Partner');

    const realm = await (await fetch(`${server.url}/api/.well-known/sign-in-exp`)).json();
    const overlaid = await (await fetch(`${server.url}/api/.well-known/sign-in-exp?appId=${partner.id}`)).json();
    expect(overlaid.branding.logoUrl).toBe('https://partner.example.com/logo.png');
    expect(overlaid.color.primaryColor).toBe('#0A7C42');
    expect(overlaid.color.darkPrimaryColor).toBe(realm.color.darkPrimaryColor);
    expect(overlaid.termsOfUseUrl).toBe('https://partner.example.com/terms');
    expect(realm.branding.logoUrl).toBeUndefined();
    const unknown = await (await fetch(`${server.url}/api/.well-known/sign-in-exp?appId=${missing}`)).json();
    expect(unknown.branding).toEqual(realm.branding);

    expectError(await api.put(path, { ...body, termsOfUseUrl: 'javascript:alert(1)' }), 400, 'guard.invalid_input');
    // The links may be left out, as Logto accepts: none is stored.
    const noLinks = await api.put(path, { displayName: 'No links' });
    expect(noLinks.status).toBe(200);
    expect(noLinks.body).toMatchObject({ termsOfUseUrl: null, privacyPolicyUrl: null });
    expectError(
      await api.put(`/applications/${firstParty.id}/sign-in-experience`, body),
      422,
      'application.third_party_application_only',
    );
    expectError(await api.put(`/applications/${missing}/sign-in-experience`, body), 404, 'entity.not_found');
  });
});
