import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  appCallback,
  connectorDataOf,
  consentAtProvider,
  createAcmeConnector,
  openInteraction,
} from './support/social-sign-in.js';

/**
 * Users API parts Logto scripts call: linking a social identity the connector verifies,
 * reading identities, expiring a password, and the body-named personal access token routes.
 */
describe(`Management API: user identities, password expiration, token names (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let oauth2: OAuth2Fake;
  let connectorId: string;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    oauth2 = await startOAuth2Fake();
    const created = await createAcmeConnector(api, oauth2.config({ tokenEndpointResponseType: 'json' }));
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    connectorId = created.body.id;
  });
  afterAll(async () => {
    await server.stop();
    await oauth2.close();
  });

  /** What an admin tool collects: the provider's answer for a person who consented at the provider. */
  async function connectorDataFor(providerUserId: number) {
    oauth2.signedIn.user = { id: providerUserId, displayName: `Person ${providerUserId}` };
    const redirectUri = 'https://admin-tool.example.test/callback';
    const uri = await api.post(`/connectors/${connectorId}/authorization-uri`, { state: 'some-state', redirectUri });
    expect(uri.status, JSON.stringify(uri.body)).toBe(200);
    return { ...connectorDataOf(await consentAtProvider(uri.body.redirectTo)), redirectUri };
  }

  it('links an identity the connector verifies, once per provider account, and reads it back', async () => {
    const user = await createUser(server);
    const linked = await api.post(`/users/${user.id}/identities`, {
      connectorId,
      connectorData: await connectorDataFor(7001),
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toMatchObject({ acme: { userId: '7001', details: { id: '7001' } } });
    expect(oauth2.violations).toEqual([]);

    const one = await api.get(`/users/${user.id}/identities/acme`);
    expect(one).toMatchObject({ status: 200, body: { identity: { userId: '7001' } } });
    expect(one.body).not.toHaveProperty('tokenSecret');
    expect(await api.get(`/users/${user.id}/identities/nowhere`)).toMatchObject({
      status: 404,
      body: { code: 'user.identity_not_exist' },
    });
    expect((await api.get(`/users/${user.id}/all-identities?includeTokenSecret=true`)).body).toEqual({
      socialIdentities: [{ target: 'acme', identity: linked.body.acme }],
      ssoIdentities: [],
    });

    // The same provider account can not be linked to a second user.
    const other = await createUser(server);
    expect(
      await api.post(`/users/${other.id}/identities`, { connectorId, connectorData: await connectorDataFor(7001) }),
    ).toMatchObject({ status: 422, body: { code: 'user.identity_already_in_use' } });
  });

  it('refuses data the provider does not confirm, a connector that is not social, and unknown users', async () => {
    const user = await createUser(server);
    const forged = await api.post(`/users/${user.id}/identities`, {
      connectorId,
      connectorData: { code: 'never-issued', redirectUri: 'https://admin-tool.example.test/callback' },
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBeLessThan(500);
    expect(forged.body.code).toMatch(/^connector\./);
    expect((await api.get(`/users/${user.id}`)).body.identities).toEqual({});
    expect(
      (await api.post(`/users/${user.id}/identities`, { connectorId: 'no-such-connector', connectorData: {} })).status,
    ).toBe(404);
    expect(
      (await api.post('/users/nobody/identities', { connectorId, connectorData: await connectorDataFor(7002) })).status,
    ).toBe(404);
    expect((await api.post(`/users/${user.id}/identities`, { connectorId })).status).toBe(400);
  });

  it('expires a password: a right password no longer signs in until it is reset', async () => {
    const user = await createUser(server);
    const config = await clientConfig(server, (await createApp(server, 'SPA', [appCallback])).id);
    const passwordSignIn = async (secret: string) => {
      const browser = new Browser(server.url);
      await openInteraction(browser, config);
      await browser.api('PUT', '', { interactionEvent: 'SignIn' });
      return browser.api('POST', '/verification/password', {
        identifier: { type: 'username', value: user.username },
        password: secret,
      });
    };
    expect((await passwordSignIn(password)).status).toBe(200);

    const expired = await api.patch(`/users/${user.id}/password/expiration`, { isExpired: true });
    expect(expired).toMatchObject({ status: 200, body: { id: user.id } });
    expect(await passwordSignIn(password)).toMatchObject({ status: 422, body: { code: 'user.password_expired' } });
    // A wrong password still answers as any wrong password: the state is not revealed to guessers.
    expect(await passwordSignIn('not-the-password')).toMatchObject({
      status: 422,
      body: { code: 'session.invalid_credentials' },
    });
    expect((await api.patch(`/users/${user.id}/password/expiration`, { isExpired: 'yes' })).status).toBe(400);

    // A new password (here set by an admin; the forgot-password flow does the same) lifts it.
    expect((await api.patch(`/users/${user.id}/password`, { password: 'a-fresh-passphrase-9' })).status).toBe(200);
    expect((await passwordSignIn('a-fresh-passphrase-9')).status).toBe(200);
    await api.patch(`/users/${user.id}/password/expiration`, { isExpired: true });
    expect((await api.patch(`/users/${user.id}/password/expiration`, { isExpired: false })).status).toBe(200);
    expect((await passwordSignIn('a-fresh-passphrase-9')).status).toBe(200);
    expect((await api.patch('/users/nobody/password/expiration', { isExpired: true })).status).toBe(404);
  });

  it('renames and deletes personal access tokens named in the body, names a path can not carry included', async () => {
    const user = await createUser(server);
    const name = 'ci/deploy #1?';
    expect((await api.post(`/users/${user.id}/personal-access-tokens`, { name })).status).toBe(201);
    const renamed = await api.patch(`/users/${user.id}/personal-access-tokens`, {
      currentName: name,
      name: 'ci/deploy #2',
    });
    expect(renamed).toMatchObject({ status: 200, body: { userId: user.id, name: 'ci/deploy #2' } });
    expect(
      await api.patch(`/users/${user.id}/personal-access-tokens`, { currentName: name, name: 'other' }),
    ).toMatchObject({ status: 404 });
    expect((await api.post(`/users/${user.id}/personal-access-tokens/delete`, { name: 'ci/deploy #2' })).status).toBe(
      204,
    );
    expect((await api.get(`/users/${user.id}/personal-access-tokens`)).body).toEqual([]);
    expect((await api.post(`/users/${user.id}/personal-access-tokens/delete`, { name: 'ci/deploy #2' })).status).toBe(
      404,
    );
    // Another user's token is not reachable through this user.
    const other = await createUser(server);
    await api.post(`/users/${other.id}/personal-access-tokens`, { name: 'theirs' });
    expect((await api.post(`/users/${user.id}/personal-access-tokens/delete`, { name: 'theirs' })).status).toBe(404);
    expect((await api.get(`/users/${other.id}/personal-access-tokens`)).body).toHaveLength(1);
  });
});
