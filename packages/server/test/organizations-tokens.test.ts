import { type LogtoConfig, UserScope } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { createApp, createUser, decodeJwt, tokenRequest } from './support/oidc-fixtures.js';
import { callbackUri, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** Organization tokens and claims with @logto/node, as a SaaS app built on Logto requests them. */

const api = 'https://api.shop.example.com';
const urn = (id: string) => `urn:logto:organization:${id}`;

describe(`organization tokens with @logto/node (${dialect})`, () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof managementApi>>;
  let app: Awaited<ReturnType<typeof createApp>>;
  let alice: Awaited<ReturnType<typeof createUser>>;
  let config: LogtoConfig;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    admin = await managementApi(server);
    app = await createApp(server, 'Traditional', [callbackUri]);
    alice = await createUser(server, { name: 'Alice' });

    const resource = (await admin.post('/resources', { name: 'Shop', indicator: api })).body;
    ids.readOrders = (await admin.post(`/resources/${resource.id}/scopes`, { name: 'read:orders' })).body.id;
    for (const name of ['read:members', 'invite:members', 'manage:billing'])
      ids[name] = (await admin.post('/organization-scopes', { name })).body.id;
    ids.member = (
      await admin.post('/organization-roles', { name: 'member', organizationScopeIds: [ids['read:members']] })
    ).body.id;
    ids.admin = (
      await admin.post('/organization-roles', {
        name: 'admin',
        organizationScopeIds: [ids['read:members'], ids['invite:members']],
        resourceScopeIds: [ids.readOrders],
      })
    ).body.id;
    ids.acme = (await admin.post('/organizations', { name: 'Acme', description: 'Rockets' })).body.id;
    ids.globex = (await admin.post('/organizations', { name: 'Globex' })).body.id;
    expect((await admin.post(`/organizations/${ids.acme}/users`, { userIds: [alice.id] })).status).toBe(201);
    await admin.post(`/organizations/${ids.acme}/users/${alice.id}/roles`, { organizationRoleIds: [ids.admin] });

    config = {
      endpoint: server.url,
      appId: app.id,
      appSecret: app.secret,
      resources: [api],
      scopes: [UserScope.Organizations, UserScope.OrganizationRoles, 'read:members', 'invite:members', 'read:orders'],
    };
  });
  afterAll(() => server.stop());

  const signedIn = (overrides: Partial<LogtoConfig> = {}) =>
    signedInSdk(server, { ...config, ...overrides }, alice.username as string);

  it('asks for the reserved organizations resource and puts organizations in the ID token and user info', async () => {
    const { client, authorizationUrl } = await signedIn();
    expect(authorizationUrl.searchParams.getAll('resource')).toContain('urn:logto:resource:organizations');
    const claims = await client.getIdTokenClaims();
    expect(claims.organizations).toEqual([ids.acme]);
    expect(claims.organization_roles).toEqual([`${ids.acme}:admin`]);
    const info = await client.fetchUserInfo();
    expect(info).toMatchObject({
      organizations: [ids.acme],
      organization_roles: [`${ids.acme}:admin`],
      organization_data: [{ id: ids.acme, name: 'Acme', description: 'Rockets' }],
    });
  });

  it('issues an organization token to a member: organization audience, requested ∩ held permissions, one hour', async () => {
    const { client } = await signedIn();
    const token = decodeJwt(await client.getOrganizationToken(ids.acme as string));
    expect(token).toMatchObject({ aud: urn(ids.acme as string), sub: alice.id, client_id: app.id, iss: server.issuer });
    expect(token.scope.split(' ').sort()).toEqual(['invite:members', 'read:members']);
    expect(token.exp - token.iat).toBe(3600);
    expect(token).not.toHaveProperty('organization_id');
  });

  it('refuses a non-member with 403 access_denied and leaves the session usable', async () => {
    const { client, storage } = await signedIn();
    const refreshToken = storage.get('refreshToken') as string;
    await expect(client.getOrganizationToken(ids.globex as string)).rejects.toMatchObject({
      code: 'oidc.access_denied',
    });
    const raw = await tokenRequest(
      server,
      { grant_type: 'refresh_token', refresh_token: refreshToken, organization_id: ids.globex as string },
      { basic: [app.id, app.secret] },
    );
    expect(raw.status).toBe(403);
    expect(raw.body).toMatchObject({
      error: 'access_denied',
      error_description: 'user is not a member of the organization',
    });
    const unknown = await tokenRequest(
      server,
      { grant_type: 'refresh_token', refresh_token: refreshToken, organization_id: 'no-such-organization' },
      { basic: [app.id, app.secret] },
    );
    expect(unknown.status).toBe(403);
    // The refusals spent nothing: the same refresh token still works.
    expect(storage.get('refreshToken')).toBe(refreshToken);
    expect(decodeJwt(await client.getAccessToken(api)).aud).toBe(api);
  });

  it('recomputes organization permissions at every grant: role changes show at the next token', async () => {
    const { client } = await signedIn();
    await admin.put(`/organizations/${ids.acme}/users/${alice.id}/roles`, { organizationRoleIds: [ids.member] });
    try {
      expect(decodeJwt(await client.getOrganizationToken(ids.acme as string)).scope).toBe('read:members');
    } finally {
      await admin.put(`/organizations/${ids.acme}/users/${alice.id}/roles`, { organizationRoleIds: [ids.admin] });
    }
    await client.clearAccessToken();
    expect(decodeJwt(await client.getOrganizationToken(ids.acme as string)).scope.split(' ')).toHaveLength(2);
  });

  it('gives an API resource token from organization roles, with organization_id, only inside the organization', async () => {
    const { client } = await signedIn();
    const inOrganization = decodeJwt(await client.getAccessToken(api, ids.acme));
    expect(inOrganization).toMatchObject({ aud: api, scope: 'read:orders', organization_id: ids.acme });
    // Outside the organization the user's own roles count, and alice holds none on this API.
    const plain = decodeJwt(await client.getAccessToken(api));
    expect(plain.scope).toBeUndefined();
    expect(plain).not.toHaveProperty('organization_id');
  });

  it('answers insufficient_scope when the refresh token lacks urn:logto:scope:organizations', async () => {
    const { storage } = await signedIn({ scopes: ['read:members'], resources: [api] });
    const response = await tokenRequest(
      server,
      {
        grant_type: 'refresh_token',
        refresh_token: storage.get('refreshToken') as string,
        organization_id: ids.acme as string,
      },
      { basic: [app.id, app.secret] },
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      code: 'oidc.insufficient_scope',
      error: 'insufficient_scope',
      scope: 'urn:logto:scope:organizations',
    });
  });

  it('denies organizations that require MFA to members without a second factor, and grants them once they have one', async () => {
    const strict = (await admin.post('/organizations', { name: 'Strict', isMfaRequired: true })).body;
    await admin.post(`/organizations/${strict.id}/users`, { userIds: [alice.id] });
    const { client } = await signedIn();
    await expect(client.getOrganizationToken(strict.id)).rejects.toMatchObject({ code: 'oidc.access_denied' });

    const totp = await admin.post(`/users/${alice.id}/mfa-verifications`, { type: 'Totp' });
    expect(totp.status, JSON.stringify(totp.body)).toBe(200);
    // The refused request did not spend the refresh token: the same session now gets the token.
    expect(decodeJwt(await client.getOrganizationToken(strict.id)).aud).toBe(urn(strict.id));

    const [factor] = (await admin.get(`/users/${alice.id}/mfa-verifications`)).body;
    expect((await admin.delete(`/users/${alice.id}/mfa-verifications/${factor.id}`)).status).toBe(204);
    expect((await admin.delete(`/organizations/${strict.id}`)).status).toBe(204);
  });

  it("serves the signed-in user's organizations at /api/my-account/organizations with their access token", async () => {
    const { client } = await signedIn();
    const accessToken = await client.getAccessToken();
    const call = (authorization?: string) =>
      fetch(`${server.url}/api/my-account/organizations`, {
        headers: authorization ? { authorization } : {},
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    const mine = await call(`Bearer ${accessToken}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([
      { id: ids.acme, name: 'Acme', description: 'Rockets', organizationRoles: [{ id: ids.admin, name: 'admin' }] },
    ]);
    expect((await call()).body.code).toBe('auth.authorization_header_missing');
    expect((await call('Bearer not-a-token')).status).toBe(401);
    expect((await call(`Bearer ${await client.getAccessToken(api)}`)).status).toBe(401);

    const { client: narrow } = await signedIn({ scopes: ['read:members'] });
    const forbidden = await call(`Bearer ${await narrow.getAccessToken()}`);
    expect(forbidden).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
  });
});

describe(`organization tokens for machine-to-machine apps (${dialect})`, () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof managementApi>>;
  const ids: Record<string, string> = {};
  let machine: { id: string; secret: string };
  let stranger: { id: string; secret: string };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await managementApi(server);
    const resource = (await admin.post('/resources', { name: 'Shop', indicator: api })).body;
    const readOrders = (await admin.post(`/resources/${resource.id}/scopes`, { name: 'read:orders' })).body.id;
    const readMembers = (await admin.post('/organization-scopes', { name: 'read:members' })).body.id;
    const billing = (await admin.post('/organization-scopes', { name: 'manage:billing' })).body.id;
    ids.role = (
      await admin.post('/organization-roles', {
        name: 'robot',
        type: 'MachineToMachine',
        organizationScopeIds: [readMembers, billing],
        resourceScopeIds: [readOrders],
      })
    ).body.id;
    ids.org = (await admin.post('/organizations', { name: 'Acme' })).body.id;
    machine = (await admin.post('/applications', { name: 'Robot', type: 'MachineToMachine' })).body;
    stranger = (await admin.post('/applications', { name: 'Stranger', type: 'MachineToMachine' })).body;
    expect((await admin.post(`/organizations/${ids.org}/applications`, { applicationIds: [machine.id] })).status).toBe(
      201,
    );
    await admin.post(`/organizations/${ids.org}/applications/${machine.id}/roles`, { organizationRoleIds: [ids.role] });
  });
  afterAll(() => server.stop());

  const credentials = (app: { id: string; secret: string }, params: Record<string, string>) =>
    tokenRequest(server, { grant_type: 'client_credentials', ...params }, { basic: [app.id, app.secret] });

  it('issues an organization token with the app’s organization permissions', async () => {
    const all = await credentials(machine, { organization_id: ids.org as string });
    expect(all.status).toBe(200);
    const token = decodeJwt(all.body.access_token);
    expect(token).toMatchObject({ aud: urn(ids.org as string), sub: machine.id });
    expect(token.scope.split(' ').sort()).toEqual(['manage:billing', 'read:members']);
    const asked = await credentials(machine, { organization_id: ids.org as string, scope: 'read:members other' });
    expect(decodeJwt(asked.body.access_token).scope).toBe('read:members');
  });

  it('gives an API token from organization roles with organization_id', async () => {
    const response = await credentials(machine, { organization_id: ids.org as string, resource: api });
    expect(decodeJwt(response.body.access_token)).toMatchObject({
      aud: api,
      scope: 'read:orders',
      organization_id: ids.org,
    });
  });

  it('refuses an app that is not a member, and bad organization ids', async () => {
    const refused = await credentials(stranger, { organization_id: ids.org as string });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'oidc.access_denied', error: 'access_denied' });
    const wrongSecret = await credentials({ id: machine.id, secret: 'wrong' }, { organization_id: ids.org as string });
    expect(wrongSecret.status).toBe(401);
    const many = await tokenRequest(
      server,
      {
        grant_type: 'client_credentials',
        organization_id: ids.org as string,
        resource: `${api},https://other.example.com`,
      },
      { basic: [machine.id, machine.secret] },
    );
    expect(many.status).toBe(400);
  });
});
