import { type LogtoConfig, UserScope } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentialsToken, managementApi } from './support/management-client.js';
import { createApp, createUser, decodeJwt, tokenRequest } from './support/oidc-fixtures.js';
import { callbackUri, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Role-based access control end to end with @logto/node: a token carries exactly requested
 * scopes ∩ the resource's permissions ∩ what the roles grant now, recomputed at every refresh.
 */
const shop = 'https://shop.example.com/api';
const billing = 'https://billing.example.com/api';

describe(`RBAC in access tokens (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let app: Awaited<ReturnType<typeof createApp>>;
  let user: Awaited<ReturnType<typeof createUser>>;
  let config: LogtoConfig;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    app = await createApp(server, 'Traditional', [callbackUri]);
    user = await createUser(server);
    for (const [key, indicator] of [
      ['shop', shop],
      ['billing', billing],
    ] as const) {
      ids[key] = (await api.post('/resources', { name: key, indicator })).body.id;
      for (const name of ['read:orders', 'write:orders'])
        ids[`${key} ${name}`] = (await api.post(`/resources/${ids[key]}/scopes`, { name })).body.id;
    }
    ids.reader = (
      await api.post('/roles', { name: 'reader', description: 'r', scopeIds: [ids['shop read:orders']] })
    ).body.id;
    ids.writer = (
      await api.post('/roles', { name: 'writer', description: 'w', scopeIds: [ids['shop write:orders']] })
    ).body.id;
    await api.post(`/users/${user.id}/roles`, { roleIds: [ids.reader] });
    config = {
      endpoint: server.url,
      appId: app.id,
      appSecret: app.secret,
      resources: [shop, billing],
      scopes: [UserScope.Roles, 'read:orders', 'write:orders'],
    };
  });
  afterAll(() => server.stop());

  const signedIn = () => signedInSdk(server, config, user.username as string);
  const scopesOf = (token: string) => (decodeJwt(token).scope?.split(' ') ?? []).sort();

  it('grants exactly what the roles hold on that resource; other permissions asked for are dropped silently', async () => {
    const { client } = await signedIn();
    expect(scopesOf(await client.getAccessToken(shop))).toEqual(['read:orders']);
    // Same permission name on another API: no role grants it there.
    expect(scopesOf(await client.getAccessToken(billing))).toEqual([]);
    expect((await client.getIdTokenClaims()).roles).toEqual(['reader']);
  });

  it('stops granting a removed role at the next refresh, and grants a new one', async () => {
    const { client } = await signedIn();
    expect(scopesOf(await client.getAccessToken(shop))).toEqual(['read:orders']);

    await api.delete(`/users/${user.id}/roles/${ids.reader}`);
    await api.post(`/users/${user.id}/roles`, { roleIds: [ids.writer] });
    try {
      await client.clearAccessToken();
      expect(scopesOf(await client.getAccessToken(shop))).toEqual(['write:orders']);
      const refreshed = await tokenRequest(
        server,
        { grant_type: 'refresh_token', refresh_token: (await client.getRefreshToken()) as string },
        { basic: [app.id, app.secret] },
      );
      expect(decodeJwt(refreshed.body.id_token).roles).toEqual(['writer']);
    } finally {
      await api.delete(`/users/${user.id}/roles/${ids.writer}`);
      await api.post(`/users/${user.id}/roles`, { roleIds: [ids.reader] });
    }
  });

  it('honours the access token lifetime of each resource', async () => {
    await api.patch(`/resources/${ids.billing}`, { accessTokenTtl: 120 });
    const { client, storage } = await signedIn();
    const shopToken = decodeJwt(await client.getAccessToken(shop));
    expect(shopToken.exp - shopToken.iat).toBe(3600);
    const response = await tokenRequest(
      server,
      { grant_type: 'refresh_token', refresh_token: storage.get('refreshToken') as string, resource: billing },
      { basic: [app.id, app.secret] },
    );
    expect(response.body.expires_in).toBe(120);
    const token = decodeJwt(response.body.access_token);
    expect(token.exp - token.iat).toBe(120);
  });

  it('refuses a resource the refresh token was not issued for, or that is not registered', async () => {
    const { storage } = await signedIn();
    const unknown = await tokenRequest(
      server,
      {
        grant_type: 'refresh_token',
        refresh_token: storage.get('refreshToken') as string,
        resource: 'https://unknown.example.com',
      },
      { basic: [app.id, app.secret] },
    );
    expect(unknown).toMatchObject({ status: 400, body: { error: 'invalid_target' } });
  });

  it('removes the grants of a deleted role, a deleted permission and a deleted resource', async () => {
    const temp = (await api.post('/roles', { name: 'temp', description: 't', scopeIds: [ids['shop write:orders']] }))
      .body.id;
    await api.post(`/users/${user.id}/roles`, { roleIds: [temp] });
    const { client } = await signedIn();
    expect(scopesOf(await client.getAccessToken(shop))).toEqual(['read:orders', 'write:orders']);

    expect((await api.delete(`/roles/${temp}`)).status).toBe(204);
    await client.clearAccessToken();
    expect(scopesOf(await client.getAccessToken(shop))).toEqual(['read:orders']);

    const extra = (await api.post(`/resources/${ids.shop}/scopes`, { name: 'delete:orders' })).body.id;
    await api.post(`/roles/${ids.reader}/scopes`, { scopeIds: [extra] });
    await api.delete(`/resources/${ids.shop}/scopes/${extra}`);
    expect((await api.get(`/roles/${ids.reader}/scopes`)).body.map((s: { name: string }) => s.name)).toEqual([
      'read:orders',
    ]);

    const gone = (await api.post('/resources', { name: 'gone', indicator: 'https://gone.example.com' })).body.id;
    const goneScope = (await api.post(`/resources/${gone}/scopes`, { name: 'read:orders' })).body.id;
    await api.post(`/roles/${ids.reader}/scopes`, { scopeIds: [goneScope] });
    expect((await api.delete(`/resources/${gone}`)).status).toBe(204);
    expect((await api.get(`/roles/${ids.reader}/scopes`)).body).toHaveLength(1);
  });

  it('searches and pages the role list', async () => {
    const found = await api.get('/roles?search=read&page=1&page_size=1');
    expect(found.body.map((r: { name: string }) => r.name)).toEqual(['reader']);
    expect(found.headers.get('total-number')).toBe('1');
    const all = await api.get('/roles?page=1&page_size=2');
    expect(all.body).toHaveLength(2);
    expect(Number(all.headers.get('total-number'))).toBeGreaterThanOrEqual(3);
    expect((await api.post('/roles', { name: 'reader', description: 'again' })).body.code).toBe('role.name_in_use');
    expect((await api.post('/resources', { name: 'dup', indicator: shop })).body.code).toBe(
      'resource.resource_identifier_in_use',
    );
  });
});

describe(`RBAC for machine-to-machine apps (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  it('gives client-credentials tokens the role permissions, recomputed per request, for the default resource too', async () => {
    const resource = (await api.post('/resources', { name: 'Shop', indicator: shop })).body.id;
    const read = (await api.post(`/resources/${resource}/scopes`, { name: 'read:orders' })).body.id;
    await api.post(`/resources/${resource}/scopes`, { name: 'write:orders' });
    const role = (
      await api.post('/roles', { name: 'robot reader', description: 'r', type: 'MachineToMachine', scopeIds: [read] })
    ).body.id;
    const robot = (await api.post('/applications', { name: 'Robot', type: 'MachineToMachine' })).body;
    const credentials = { clientId: robot.id, clientSecret: robot.secret };
    await api.post(`/applications/${robot.id}/roles`, { roleIds: [role] });

    const asked = await clientCredentialsToken(server, credentials, {
      resource: shop,
      scope: 'read:orders write:orders',
    });
    expect(decodeJwt(asked.body.access_token)).toMatchObject({ aud: shop, sub: robot.id, scope: 'read:orders' });

    await api.patch(`/resources/${resource}/is-default`, { isDefault: true });
    const fallback = await clientCredentialsToken(server, credentials, {});
    expect(decodeJwt(fallback.body.access_token)).toMatchObject({ aud: shop, scope: 'read:orders' });

    await api.delete(`/applications/${robot.id}/roles/${role}`);
    const after = await clientCredentialsToken(server, credentials, { resource: shop, scope: 'read:orders' });
    expect(after.status).toBe(200);
    expect(decodeJwt(after.body.access_token).scope).toBeUndefined();
  });
});
