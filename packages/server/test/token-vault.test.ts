import { type LogtoConfig, UserScope } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { accountClientWithToken, allAccountFields, setAccountCenter } from './support/account-client.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { createApp, createUser } from './support/oidc-fixtures.js';
import { callbackUri, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import {
  connectorDataOf,
  consentAtProvider,
  setSocialTargets,
  socialApp,
  socialSignIn,
} from './support/social-sign-in.js';

const scopes = [UserScope.Email, UserScope.Identities];

/**
 * Logto's secret vault for social provider tokens: a connector with `enableTokenStorage` keeps
 * the provider's token set of each sign-in and link, sealed with the master key; the owner reads
 * the access token through the Account API, administrators see the metadata only.
 */
describe(`Token vault: social provider tokens (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let oauth2: OAuth2Fake;
  let sdkConfig: LogtoConfig;
  /** `acme` keeps tokens; `beta` (the same provider) does not. */
  let keeping: string;
  let notKeeping: string;

  const secretRows = (userId: string) =>
    server.services.db.selectFrom('secrets').selectAll().where('user_id', '=', userId).execute();

  /** What the provider says about its own access token: the user it was issued to. */
  const providerUserOf = async (accessToken: string) => {
    const response = await fetch(`${oauth2.url}/api/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    return response.status === 200 ? ((await response.json()) as { data: { user: { id: number } } }).data.user.id : 0;
  };

  async function accountClient(username: string) {
    const { client } = await signedInSdk(server, { ...sdkConfig, scopes }, username);
    return accountClientWithToken(server, await client.getAccessToken());
  }

  type AccountClient = Awaited<ReturnType<typeof accountClient>>;

  /** Logto's Account API social verification: the provider's consent for `providerUserId`, verified. */
  async function socialRecord(client: AccountClient, connectorId: string, providerUserId: number) {
    oauth2.signedIn.user = { id: providerUserId, displayName: `Person ${providerUserId}` };
    const started = await client.call('POST', '/verifications/social', {
      connectorId,
      state: `state-${providerUserId}-${Date.now()}`,
      redirectUri: `${server.url}/callback/${connectorId}`,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const callback = await consentAtProvider(started.body.authorizationUri);
    const verified = await client.call('POST', '/verifications/social/verify', {
      connectorData: connectorDataOf(callback),
      verificationRecordId: started.body.verificationRecordId,
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    return started.body.verificationRecordId as string;
  }

  async function linkThrough(client: AccountClient, connectorId: string, providerUserId: number) {
    const recordId = await client.verifyPassword();
    const newIdentifierVerificationRecordId = await socialRecord(client, connectorId, providerUserId);
    const linked = await client.call('POST', '/my-account/identities', { newIdentifierVerificationRecordId }, recordId);
    expect(linked.status, JSON.stringify(linked.body)).toBe(204);
    return recordId;
  }

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    oauth2 = await startOAuth2Fake();
    const config = oauth2.config({ tokenEndpointResponseType: 'json' });
    const acme = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'acme', name: { en: 'Acme ID' } },
      config,
      enableTokenStorage: true,
    });
    expect(acme.status, JSON.stringify(acme.body)).toBe(200);
    keeping = acme.body.id;
    const beta = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'beta', name: { en: 'Beta ID' } },
      config,
    });
    expect(beta.status, JSON.stringify(beta.body)).toBe(200);
    notKeeping = beta.body.id;
    await setSocialTargets(server, ['acme', 'beta']);
    await setAccountCenter(api, { enabled: true, fields: allAccountFields });
    const app = await createApp(server, 'Traditional', [callbackUri]);
    sdkConfig = { endpoint: server.url, appId: app.id, appSecret: app.secret };
  });
  afterAll(async () => {
    await server?.stop();
    await oauth2?.close();
  });

  it('takes enableTokenStorage on connectors as Logto does and says which factories support it', async () => {
    expect((await api.get(`/connectors/${keeping}`)).body).toMatchObject({
      enableTokenStorage: true,
      isTokenStorageSupported: true,
    });
    expect((await api.get(`/connectors/${notKeeping}`)).body).toMatchObject({ enableTokenStorage: false });
    const factories = (await api.get('/connector-factories')).body as Array<Record<string, unknown>>;
    expect(factories.find((factory) => factory.id === 'oauth2')).toMatchObject({ isTokenStorageSupported: true });
    expect(factories.find((factory) => factory.type === 'Sms')).toMatchObject({ isTokenStorageSupported: false });
    const off = await api.patch(`/connectors/${notKeeping}`, { enableTokenStorage: true });
    expect(off.body).toMatchObject({ enableTokenStorage: true });
    expect((await api.patch(`/connectors/${notKeeping}`, { enableTokenStorage: false })).body).toMatchObject({
      enableTokenStorage: false,
    });
    expect(await api.patch(`/connectors/${notKeeping}`, { enableTokenStorage: 'yes' })).toMatchObject({
      status: 400,
      body: { code: 'guard.invalid_input' },
    });
  });

  it('keeps the token set of a link and of each sign-in, sealed; only its owner reads the access token', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    expect(await client.call('GET', '/my-account/identities/acme/access-token')).toMatchObject({
      status: 404,
      body: { code: 'secrets.third_party_token_set.token_not_found' },
    });

    // Linked through the Account API: the provider's token is kept and answered as Logto does.
    await linkThrough(client, keeping, 4001);
    const first = await client.call('GET', '/my-account/identities/acme/access-token');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(first.body).toMatchObject({ token_type: 'Bearer' });
    expect(first.body.expires_in).toBeGreaterThan(3590);
    expect(first.body.expires_in).toBeLessThanOrEqual(3600);
    expect(await providerUserOf(first.body.access_token)).toBe(4001);

    // Signing in again through the Experience API replaces the tokens on the same secret.
    const [before] = await secretRows(user.id);
    const { config } = await socialApp(server, { enableSocialConnectors: false });
    oauth2.signedIn.user = { id: 4001, displayName: 'Person 4001' };
    const signedIn = await socialSignIn(server, config, keeping);
    expect(signedIn.registered).toBe(false);
    expect(signedIn.claims.sub).toBe(user.id);
    const second = await client.call('GET', '/my-account/identities/acme/access-token');
    expect(second.status).toBe(200);
    expect(second.body.access_token).not.toBe(first.body.access_token);
    expect(await providerUserOf(second.body.access_token)).toBe(4001);

    // In the database: one row for the identity, no token in the clear, the metadata readable.
    const rows = await secretRows(user.id);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.id).toBe(before?.id);
    expect(row?.ciphertext).not.toBe(before?.ciphertext);
    expect(row).toMatchObject({ target: 'acme', identity_id: '4001', connector_id: keeping });
    const everyColumn = JSON.stringify(row);
    for (const token of [first.body.access_token, second.body.access_token]) expect(everyColumn).not.toContain(token);
    expect(row?.ciphertext).toMatch(/^v1\./);
    expect(JSON.parse(row?.metadata ?? '{}')).toMatchObject({ hasRefreshToken: false, tokenType: 'Bearer' });
    // Nor anywhere else: the user's identity details and the verification records hold no token.
    const userRow = await server.services.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirst();
    const records = await server.services.db
      .selectFrom('verification_records')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    // …nor the sign-in interactions and sessions of the OpenID provider.
    const oidcRows = await server.services.db.selectFrom('oidc_model_instances').select('payload').execute();
    for (const token of [first.body.access_token, second.body.access_token])
      expect(JSON.stringify([userRow, records, oidcRows])).not.toContain(token);

    // Another user reaches nothing: their own target answers 404, whatever this user holds.
    const other = await createUser(server);
    const otherClient = await accountClient(other.username as string);
    expect(await otherClient.call('GET', '/my-account/identities/acme/access-token')).toMatchObject({
      status: 404,
      body: { code: 'secrets.third_party_token_set.token_not_found' },
    });
    expect((await fetch(`${server.url}/api/my-account/identities/acme/access-token`)).status).toBe(401);
  });

  it('keeps the token set of a social sign-up through the Experience API on the new account', async () => {
    const { config } = await socialApp(server, { enableSocialConnectors: false });
    oauth2.signedIn.user = { id: 4051, displayName: 'Person 4051' };
    const signedUp = await socialSignIn(server, config, keeping);
    expect(signedUp.registered).toBe(true);
    const userId = signedUp.claims.sub;
    const rows = await secretRows(userId);
    expect(rows).toMatchObject([{ target: 'acme', identity_id: '4051', connector_id: keeping }]);
    const shown = await api.get(`/users/${userId}/identities/acme?includeTokenSecret=1`);
    expect(shown.body.tokenSecret).toMatchObject({ id: rows[0]?.id, userId, identityId: '4051' });
  });

  it('shows administrators the token secret (metadata, never tokens) and deletes it with DELETE /api/secrets/:id', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    await linkThrough(client, keeping, 4101);
    const { access_token: accessToken } = (await client.call('GET', '/my-account/identities/acme/access-token')).body;

    const one = await api.get(`/users/${user.id}/identities/acme?includeTokenSecret=true`);
    expect(one.status).toBe(200);
    const { tokenSecret } = one.body;
    expect(tokenSecret).toMatchObject({
      tenantId: 'default',
      userId: user.id,
      type: 'federated_token_set',
      connectorId: keeping,
      identityId: '4101',
      target: 'acme',
      metadata: { hasRefreshToken: false, tokenType: 'Bearer' },
    });
    expect(tokenSecret.metadata.expiresAt).toBeGreaterThan(Math.floor(Date.now() / 1000) + 3500);
    expect(JSON.stringify(one.body)).not.toContain(accessToken);
    expect((await api.get(`/users/${user.id}/identities/acme`)).body).not.toHaveProperty('tokenSecret');

    const all = await api.get(`/users/${user.id}/all-identities?includeTokenSecret=true`);
    expect(all.body.socialIdentities).toEqual([
      { target: 'acme', identity: expect.objectContaining({ userId: '4101' }), tokenSecret },
    ]);
    expect(JSON.stringify(all.body)).not.toContain(accessToken);
    expect((await api.get(`/users/${user.id}/all-identities`)).body.socialIdentities[0]).not.toHaveProperty(
      'tokenSecret',
    );

    expect((await api.delete(`/secrets/${tokenSecret.id}`)).status).toBe(204);
    expect(await api.delete(`/secrets/${tokenSecret.id}`)).toMatchObject({
      status: 404,
      body: { code: 'entity.not_found' },
    });
    expect((await client.call('GET', '/my-account/identities/acme/access-token')).status).toBe(404);
    expect((await api.get(`/users/${user.id}/identities/acme?includeTokenSecret=true`)).body).not.toHaveProperty(
      'tokenSecret',
    );
  });

  it('deletes the token set when the identity is unlinked or the user is deleted', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    const recordId = await linkThrough(client, keeping, 4201);
    expect(await secretRows(user.id)).toHaveLength(1);
    expect((await client.call('DELETE', '/my-account/identities/acme', undefined, recordId)).status).toBe(204);
    expect(await secretRows(user.id)).toHaveLength(0);
    expect(await client.call('GET', '/my-account/identities/acme/access-token')).toMatchObject({
      status: 404,
      body: { code: 'secrets.third_party_token_set.token_not_found' },
    });

    // Linked again, replaced by another account of the provider, unlinked by an administrator.
    await linkThrough(client, keeping, 4202);
    const replacedBy = await socialRecord(client, keeping, 4204);
    const replaced = await client.call(
      'PUT',
      '/my-account/identities',
      { newIdentifierVerificationRecordId: replacedBy },
      await client.verifyPassword(),
    );
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(204);
    expect(await secretRows(user.id)).toMatchObject([{ identity_id: '4204' }]);
    expect(await secretRows(user.id)).toHaveLength(1);
    expect((await api.delete(`/users/${user.id}/identities/acme`)).status).toBe(200);
    expect(await secretRows(user.id)).toHaveLength(0);
    await linkThrough(client, keeping, 4203);
    expect(await secretRows(user.id)).toHaveLength(1);
    expect((await api.delete(`/users/${user.id}`)).status).toBe(204);
    expect(await secretRows(user.id)).toHaveLength(0);
  });

  it('deletes the token sets of a connector with the connector', async () => {
    const gamma = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'gamma', name: { en: 'Gamma ID' } },
      config: oauth2.config({ tokenEndpointResponseType: 'json' }),
      enableTokenStorage: true,
    });
    expect(gamma.status, JSON.stringify(gamma.body)).toBe(200);
    await setSocialTargets(server, ['acme', 'beta', 'gamma']);
    try {
      const user = await createUser(server);
      const client = await accountClient(user.username as string);
      await linkThrough(client, gamma.body.id, 4251);
      await linkThrough(client, keeping, 4252);
      expect((await client.call('GET', '/my-account/identities/gamma/access-token')).status).toBe(200);
      expect((await api.delete(`/connectors/${gamma.body.id}`)).status).toBe(204);
      expect(await secretRows(user.id)).toMatchObject([{ target: 'acme' }]);
      expect(await secretRows(user.id)).toHaveLength(1);
      expect((await client.call('GET', '/my-account/identities/gamma/access-token')).status).toBe(404);
    } finally {
      await setSocialTargets(server, ['acme', 'beta']);
    }
  });

  it('keeps nothing through a connector without token storage: 404 and 422 as Logto', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    await linkThrough(client, notKeeping, 4301);
    expect(await client.call('GET', '/my-account/identities/beta/access-token')).toMatchObject({
      status: 404,
      body: { code: 'secrets.third_party_token_set.token_not_found' },
    });
    const verificationRecordId = await socialRecord(client, notKeeping, 4301);
    expect(
      await client.call('PUT', '/my-account/identities/beta/access-token', { verificationRecordId }),
    ).toMatchObject({
      status: 422,
      body: { code: 'verification_record.social_verification.token_response_not_found' },
    });

    // A social sign-in through it keeps nothing either.
    const { config } = await socialApp(server, { enableSocialConnectors: false });
    oauth2.signedIn.user = { id: 4301, displayName: 'Person 4301' };
    expect((await socialSignIn(server, config, notKeeping)).claims.sub).toBe(user.id);
    expect(await secretRows(user.id)).toHaveLength(0);
  });

  it('stores new tokens with PUT for the caller’s own identity of that target only', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    await linkThrough(client, keeping, 4401);
    const { access_token: before } = (await client.call('GET', '/my-account/identities/acme/access-token')).body;

    const renewed = await client.call('PUT', '/my-account/identities/acme/access-token', {
      verificationRecordId: await socialRecord(client, keeping, 4401),
    });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect(renewed.body.access_token).not.toBe(before);
    expect(renewed.body).toMatchObject({ token_type: 'Bearer' });
    expect((await client.call('GET', '/my-account/identities/acme/access-token')).body.access_token).toBe(
      renewed.body.access_token,
    );

    // A verification of another target, of a provider account that is not the caller's, or none.
    expect(
      await client.call('PUT', '/my-account/identities/beta/access-token', {
        verificationRecordId: await socialRecord(client, keeping, 4401),
      }),
    ).toMatchObject({ status: 422, body: { code: 'verification_record.social_verification.invalid_target' } });
    expect(
      await client.call('PUT', '/my-account/identities/acme/access-token', {
        verificationRecordId: await socialRecord(client, keeping, 4499),
      }),
    ).toMatchObject({ status: 422, body: { code: 'user.identity_not_exists_in_current_user' } });
    expect(
      await client.call('PUT', '/my-account/identities/acme/access-token', { verificationRecordId: 'nothing' }),
    ).toMatchObject({ status: 400, body: { code: 'verification_record.not_found' } });
    // Another user's record is not theirs to use.
    const other = await accountClient((await createUser(server)).username as string);
    const othersRecord = await socialRecord(other, keeping, 4401);
    expect(
      await client.call('PUT', '/my-account/identities/acme/access-token', { verificationRecordId: othersRecord }),
    ).toMatchObject({ status: 400, body: { code: 'verification_record.not_found' } });
    expect(
      await other.call('PUT', '/my-account/identities/acme/access-token', { verificationRecordId: othersRecord }),
    ).toMatchObject({ status: 422, body: { code: 'user.identity_not_exists_in_current_user' } });
    expect(await providerUserOf(renewed.body.access_token)).toBe(4401);
  });

  /** Moves the stored expiry of the user's token set into the past (the provider said 3600 s). */
  async function expire(userId: string) {
    const [row] = await secretRows(userId);
    const metadata = { ...JSON.parse(row?.metadata ?? '{}'), expiresAt: Math.floor(Date.now() / 1000) - 1 };
    await server.services.db
      .updateTable('secrets')
      .set({ metadata: JSON.stringify(metadata) })
      .where('id', '=', row?.id ?? '')
      .execute();
  }

  it('renews an expired access token with the stored refresh token, through the connector', async () => {
    oauth2.expected.refreshTokens = true;
    try {
      const user = await createUser(server);
      const client = await accountClient(user.username as string);
      await linkThrough(client, keeping, 4551);
      const [stored] = await secretRows(user.id);
      expect(JSON.parse(stored?.metadata ?? '{}')).toMatchObject({ hasRefreshToken: true });
      const { access_token: before } = (await client.call('GET', '/my-account/identities/acme/access-token')).body;
      await expire(user.id);

      const renewed = await client.call('GET', '/my-account/identities/acme/access-token');
      expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
      expect(renewed.body.access_token).not.toBe(before);
      expect(renewed.body.expires_in).toBeGreaterThan(3590);
      expect(await providerUserOf(renewed.body.access_token)).toBe(4551);
      expect(oauth2.refreshed).toHaveLength(1);
      expect(oauth2.violations).toEqual([]);
      // The provider answered no new refresh token: the first one is kept, sealed.
      const [row] = await secretRows(user.id);
      expect(JSON.parse(row?.metadata ?? '{}')).toMatchObject({ hasRefreshToken: true });
      expect(JSON.stringify(row)).not.toContain(oauth2.refreshed[0]);
      expect(JSON.stringify(row)).not.toContain(renewed.body.access_token);
      await expire(user.id);
      expect((await client.call('GET', '/my-account/identities/acme/access-token')).status).toBe(200);
      expect(oauth2.refreshed).toEqual([oauth2.refreshed[0], oauth2.refreshed[0]]);

      // A connector no longer keeping tokens does not refresh them (Logto's answer).
      await expire(user.id);
      await api.patch(`/connectors/${keeping}`, { enableTokenStorage: false });
      expect(await client.call('GET', '/my-account/identities/acme/access-token')).toMatchObject({
        status: 422,
        body: { code: 'connector.token_storage_not_supported' },
      });
    } finally {
      oauth2.expected.refreshTokens = false;
      await api.patch(`/connectors/${keeping}`, { enableTokenStorage: true });
    }
  });

  it('answers 401 for an expired access token without a refresh token and forgets it', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    await linkThrough(client, keeping, 4501);
    await expire(user.id);
    expect(await client.call('GET', '/my-account/identities/acme/access-token')).toMatchObject({
      status: 401,
      body: { code: 'secrets.third_party_token_set.access_token_expired' },
    });
    expect(await secretRows(user.id)).toHaveLength(0);
  });
});
