import { type LogtoConfig, UserScope } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import {
  accountClientWithToken,
  allAccountFields,
  setAccountCenter,
  tinyPng,
  uploadFile,
} from './support/account-client.js';
import { type HookReceiver, startHookReceiver } from './support/hook-receiver.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { setMfaPolicy, signInToMfaStep, totpOf } from './support/mfa-sign-in.js';
import { authorizationRequest, clientConfig, createApp, createUser } from './support/oidc-fixtures.js';
import { callbackUri, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { authorizeSilently } from './support/sign-in.js';
import {
  appCallback,
  connectorDataOf,
  consentAtProvider,
  createAcmeConnector,
  setSocialTargets,
} from './support/social-sign-in.js';

const poll = { timeout: 15_000, interval: 50 };
const scopes = [UserScope.Email, UserScope.Identities, UserScope.CustomData, UserScope.Sessions];

/**
 * The rest of Logto's Account API, driven with @logto/node's access token: sessions and grants,
 * logto-configs and MFA settings, TOTP replacement, identities (PUT), provider tokens, avatar
 * upload, the public account center settings and the `User.Data.Updated` webhook.
 */
describe(`Account API extras (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let baseConfig: LogtoConfig;
  let receiver: HookReceiver;
  /** A public app whose sign-ins are driven step by step through the Experience API. */
  let spaConfig: Awaited<ReturnType<typeof clientConfig>>;

  async function accountClient(username: string, withScopes: string[] = scopes) {
    const { client } = await signedInSdk(server, { ...baseConfig, scopes: withScopes }, username);
    return accountClientWithToken(server, await client.getAccessToken());
  }

  beforeAll(async () => {
    server = await startTestServer({ TESSERA_HOOKS_POLL_MS: '100' });
    api = await managementApi(server);
    receiver = await startHookReceiver();
    const app = await createApp(server, 'Traditional', [callbackUri]);
    baseConfig = { endpoint: server.url, appId: app.id, appSecret: app.secret };
    spaConfig = await clientConfig(server, (await createApp(server, 'SPA', [appCallback])).id);
    await setAccountCenter(api, { enabled: true, fields: allAccountFields });
  });
  afterAll(async () => {
    await server.stop();
    await receiver.close();
  });

  it('lists my sessions with a verification and ends mine only: another user’s session id is refused', async () => {
    const user = await createUser(server);
    const other = await createUser(server);
    const signedIn = await signedInSdk(server, { ...baseConfig, scopes }, user.username as string);
    const client = accountClientWithToken(server, await signedIn.client.getAccessToken());
    const otherClient = await accountClient(other.username as string);
    const config = await clientConfig(server, baseConfig.appId, baseConfig.appSecret);
    const silently = async () =>
      authorizeSilently(
        signedIn.browser,
        (await authorizationRequest(config, { redirect_uri: callbackUri, prompt: 'none', scope: 'openid' })).url,
      );
    expect((await silently()).searchParams.get('code')).toBeTruthy();
    expect(await client.call('GET', '/my-account/sessions')).toMatchObject({
      status: 401,
      body: { code: 'verification_record.permission_denied' },
    });
    const recordId = await client.verifyPassword();
    const listed = await client.call('GET', '/my-account/sessions', undefined, recordId);
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.sessions).toHaveLength(1);
    expect(listed.body.sessions[0].payload).toMatchObject({ accountId: user.id });
    expect(listed.body.sessions[0].payload).not.toHaveProperty('jti');
    // Logto's isCurrent: the session this access token was issued in.
    expect(listed.body.sessions[0].isCurrent).toBe(true);

    const otherRecord = await otherClient.verifyPassword();
    const otherSession = (await otherClient.call('GET', '/my-account/sessions', undefined, otherRecord)).body
      .sessions[0].id as string;
    expect(await client.call('DELETE', `/my-account/sessions/${otherSession}`, undefined, recordId)).toMatchObject({
      status: 404,
      body: { code: 'oidc.session_not_found' },
    });
    expect((await otherClient.call('GET', '/my-account/sessions', undefined, otherRecord)).body.sessions).toHaveLength(
      1,
    );

    const mine = listed.body.sessions[0].id as string;
    expect(
      (await client.call('DELETE', `/my-account/sessions/${mine}?revokeGrantsTarget=some`, undefined, recordId)).status,
    ).toBe(400);
    expect((await client.call('GET', '/my-account/sessions', undefined, recordId)).body.sessions).toHaveLength(1);
    // Without revokeGrantsTarget the app's grant outlives the session; the token still works.
    const second = await signedInSdk(server, { ...baseConfig, scopes }, user.username as string);
    const secondClient = accountClientWithToken(server, await second.client.getAccessToken());
    const secondSession = (await secondClient.call('GET', '/my-account/sessions', undefined, recordId)).body.sessions
      .map((session: { id: string }) => session.id)
      .find((id: string) => id !== mine) as string;
    // Two sessions now: each token marks its own one, and only that one, as current.
    const currentOf = async (who: typeof client) =>
      (await who.call('GET', '/my-account/sessions', undefined, recordId)).body.sessions
        .filter((session: { isCurrent: boolean }) => session.isCurrent)
        .map((session: { id: string }) => session.id);
    expect(await currentOf(client)).toEqual([mine]);
    expect(await currentOf(secondClient)).toEqual([secondSession]);
    expect((await client.call('DELETE', `/my-account/sessions/${secondSession}`, undefined, recordId)).status).toBe(
      204,
    );
    expect((await secondClient.call('GET', '/my-account')).status).toBe(200);
    // With `all`, the grants the session gave end with it, and so do their tokens.
    expect(
      (await client.call('DELETE', `/my-account/sessions/${mine}?revokeGrantsTarget=all`, undefined, recordId)).status,
    ).toBe(204);
    expect((await client.call('GET', '/my-account')).status).toBe(401);
    expect((await otherClient.call('GET', '/my-account')).status).toBe(200);
    // Ending the session ends single sign-on: the next sign-in request asks for credentials.
    expect((await silently()).searchParams.get('error')).toBe('login_required');
  });

  it('refuses sessions without the scope, with the field off, and changes with the field read-only', async () => {
    const user = await createUser(server);
    const noScope = await accountClient(user.username as string, [UserScope.Email]);
    const record = await noScope.verifyPassword();
    expect(await noScope.call('GET', '/my-account/sessions', undefined, record)).toMatchObject({
      status: 401,
      body: { code: 'auth.unauthorized' },
    });
    const client = await accountClient(user.username as string);
    const recordId = await client.verifyPassword();
    await setAccountCenter(api, { fields: { ...allAccountFields, session: 'ReadOnly' } });
    try {
      const listed = await client.call('GET', '/my-account/sessions', undefined, recordId);
      expect(listed.status).toBe(200);
      expect(
        await client.call('DELETE', `/my-account/sessions/${listed.body.sessions[0].id}`, undefined, recordId),
      ).toMatchObject({ status: 400, body: { code: 'account_center.field_not_editable' } });
      await setAccountCenter(api, { fields: { ...allAccountFields, session: 'Off' } });
      expect(await client.call('GET', '/my-account/grants', undefined, recordId)).toMatchObject({
        status: 400,
        body: { code: 'account_center.field_not_enabled' },
      });
    } finally {
      await setAccountCenter(api, { fields: allAccountFields });
    }
  });

  it('lists my grants and revokes mine with its tokens; another user’s grant id is refused', async () => {
    const user = await createUser(server);
    const other = await createUser(server);
    const client = await accountClient(user.username as string);
    const otherClient = await accountClient(other.username as string);
    const recordId = await client.verifyPassword();
    const otherRecord = await otherClient.verifyPassword();
    const grants = await client.call('GET', '/my-account/grants', undefined, recordId);
    expect(grants.status, JSON.stringify(grants.body)).toBe(200);
    expect(grants.body.grants).toHaveLength(1);
    expect(grants.body.grants[0].payload).toMatchObject({ accountId: user.id, clientId: baseConfig.appId });
    // Logto's appType filter: the app is first-party.
    const ofType = async (appType: string) =>
      client.call('GET', `/my-account/grants?appType=${appType}`, undefined, recordId);
    expect((await ofType('firstParty')).body.grants).toEqual(grants.body.grants);
    expect((await ofType('thirdParty')).body.grants).toEqual([]);
    expect((await ofType('everyone')).status).toBe(400);
    const otherGrant = (await otherClient.call('GET', '/my-account/grants', undefined, otherRecord)).body.grants[0];
    // Each grant has its own id (the grant's `jti`), never a placeholder shared by all.
    expect(otherGrant.id).not.toBe(grants.body.grants[0].id);
    expect(await client.call('DELETE', `/my-account/grants/${otherGrant.id}`, undefined, recordId)).toMatchObject({
      status: 404,
      body: { code: 'entity.not_found' },
    });
    expect((await otherClient.call('GET', '/my-account', undefined)).status).toBe(200);

    expect(
      (await client.call('DELETE', `/my-account/grants/${grants.body.grants[0].id}`, undefined, recordId)).status,
    ).toBe(204);
    // The access token was issued under that grant: it no longer opens the Account API.
    expect((await client.call('GET', '/my-account')).status).toBe(401);
  });

  it('reads and changes logto-configs and MFA settings; skipMfaOnSignIn lets a TOTP user sign in without it', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    expect(await client.call('GET', '/my-account/logto-configs')).toEqual({
      status: 200,
      body: { mfa: { skipped: false, skipMfaOnSignIn: false }, passkeySignIn: { skipped: false } },
    });
    const patched = await client.call('PATCH', '/my-account/logto-configs', { passkeySignIn: { skipped: true } });
    expect(patched).toMatchObject({ status: 200, body: { passkeySignIn: { skipped: true } } });
    expect((await client.call('PATCH', '/my-account/logto-configs', { unknown: true })).status).toBe(400);

    expect(await client.call('GET', '/my-account/mfa-settings')).toEqual({
      status: 200,
      body: { skipMfaOnSignIn: false },
    });
    expect(await client.call('PATCH', '/my-account/mfa-settings', { skipMfaOnSignIn: true })).toMatchObject({
      status: 401,
      body: { code: 'verification_record.permission_denied' },
    });
    const recordId = await client.verifyPassword();

    // A TOTP factor (replacing any), bound through PUT with a code of the authenticator app.
    await setMfaPolicy(api, 'UserControlled', ['Totp']);
    try {
      const { secret } = (await client.call('POST', '/my-account/mfa-verifications/totp-secret/generate')).body;
      expect(
        await client.call('PUT', '/my-account/mfa-verifications/totp', { secret, code: '000000' }, recordId),
      ).toMatchObject({ status: 400 });
      const put = await client.call(
        'PUT',
        '/my-account/mfa-verifications/totp',
        { secret, code: totpOf(secret).generate() },
        recordId,
      );
      expect(put.status, JSON.stringify(put.body)).toBe(204);
      const second = (await client.call('POST', '/my-account/mfa-verifications/totp-secret/generate')).body.secret;
      const replaced = await client.call(
        'PUT',
        '/my-account/mfa-verifications/totp',
        { secret: second, code: totpOf(second).generate() },
        recordId,
      );
      expect(replaced.status).toBe(204);
      const factors = (await client.call('GET', '/my-account/mfa-verifications')).body as { type: string }[];
      expect(factors.map((factor) => factor.type)).toEqual(['Totp']);

      const config = spaConfig;
      const asked = await signInToMfaStep(server, config, user.username as string);
      expect((await asked.browser.api('POST', '/submit')).body).toMatchObject({
        code: 'session.mfa.require_mfa_verification',
      });

      const skipped = await client.call('PATCH', '/my-account/mfa-settings', { skipMfaOnSignIn: true }, recordId);
      expect(skipped).toEqual({ status: 200, body: { skipMfaOnSignIn: true } });
      expect((await client.call('GET', '/my-account/logto-configs')).body.mfa).toMatchObject({ skipMfaOnSignIn: true });
      const free = await signInToMfaStep(server, config, user.username as string);
      expect((await free.browser.api('POST', '/submit')).status).toBe(200);

      // A mandatory policy overrides the user's choice.
      await setMfaPolicy(api, 'Mandatory', ['Totp']);
      const mandatory = await signInToMfaStep(server, config, user.username as string);
      expect((await mandatory.browser.api('POST', '/submit')).status).toBe(403);
    } finally {
      await setMfaPolicy(api, 'UserControlled', []);
    }
  });

  it('replaces a linked social account with PUT; POST refuses a provider already linked', async () => {
    const oauth2: OAuth2Fake = await startOAuth2Fake();
    try {
      const created = await createAcmeConnector(api, oauth2.config({ tokenEndpointResponseType: 'json' }));
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const connectorId = created.body.id as string;
      await setSocialTargets(server, ['acme']);
      const user = await createUser(server);
      const client = await accountClient(user.username as string);
      const recordId = await client.verifyPassword();
      const socialRecord = async (providerUserId: number) => {
        oauth2.signedIn.user = { id: providerUserId, displayName: 'Linked Person' };
        const started = await client.call('POST', '/verifications/social', {
          connectorId,
          state: `state-${Date.now()}`,
          redirectUri: `${server.url}/callback/${connectorId}`,
        });
        const callback = await consentAtProvider(started.body.authorizationUri);
        const verified = await client.call('POST', '/verifications/social/verify', {
          connectorData: connectorDataOf(callback),
          verificationRecordId: started.body.verificationRecordId,
        });
        expect(verified.status, JSON.stringify(verified.body)).toBe(200);
        return { newIdentifierVerificationRecordId: started.body.verificationRecordId as string };
      };

      expect((await client.call('POST', '/my-account/identities', await socialRecord(1001), recordId)).status).toBe(
        204,
      );
      expect(await client.call('POST', '/my-account/identities', await socialRecord(1002), recordId)).toMatchObject({
        status: 422,
        body: { code: 'user.identity_already_in_use' },
      });
      expect((await client.call('PUT', '/my-account/identities', await socialRecord(1003), recordId)).status).toBe(204);
      expect((await server.services.users.get(user.id)).identities).toMatchObject({ acme: { userId: '1003' } });

      // Tessera keeps no provider tokens: Logto's answer for a target without them.
      expect(await client.call('GET', '/my-account/identities/acme/access-token')).toMatchObject({
        status: 404,
        body: { code: 'secrets.third_party_token_set.token_not_found' },
      });
    } finally {
      await setSocialTargets(server, []);
      await oauth2.close();
    }
  });

  it('uploads an avatar (PNG, by its bytes) and serves it with safe headers; refuses disguised and oversized files', async () => {
    const user = await createUser(server);
    const { client } = await signedInSdk(server, { ...baseConfig, scopes }, user.username as string);
    const token = await client.getAccessToken();
    const account = accountClientWithToken(server, token);
    const url = `${server.url}/api/my-account/user-assets/avatar`;

    const uploaded = await uploadFile(url, tinyPng, { token });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(uploaded.body.url).toMatch(new RegExp(`^${server.url}/user-assets/[a-z0-9]{21}\\.png$`));
    const served = await fetch(uploaded.body.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await served.arrayBuffer()).equals(tinyPng)).toBe(true);
    expect((await account.call('PATCH', '/my-account', { avatar: uploaded.body.url })).body.avatar).toBe(
      uploaded.body.url,
    );

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
    for (const [bytes, type] of [
      [svg, 'image/png'],
      [svg, 'image/svg+xml'],
      [html, 'image/png'],
      [tinyPng, 'text/html'],
    ] as const)
      expect(await uploadFile(url, bytes, { token, type }), `${type}`).toMatchObject({
        status: 400,
        body: { code: 'guard.mime_type_not_allowed' },
      });
    const oversized = Buffer.concat([tinyPng, Buffer.alloc(2 * 1024 * 1024)]);
    expect(await uploadFile(url, oversized, { token })).toMatchObject({
      status: 400,
      body: { code: 'guard.file_size_exceeded' },
    });
    expect((await uploadFile(url, tinyPng)).status).toBe(401);

    await setAccountCenter(api, { fields: { ...allAccountFields, avatar: 'ReadOnly' } });
    try {
      expect(await uploadFile(url, tinyPng, { token })).toMatchObject({
        status: 400,
        body: { code: 'account_center.field_not_editable' },
      });
    } finally {
      await setAccountCenter(api, { fields: allAccountFields });
    }
  });

  it('serves the account center settings publicly, and sends User.Data.Updated for account changes', async () => {
    const open = await fetch(`${server.url}/api/.well-known/account-center`);
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual((await api.get('/account-center')).body);

    const hook = await api.post('/hooks', {
      name: 'account changes',
      events: ['User.Data.Updated'],
      config: { url: receiver.url },
    });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    expect((await client.call('PATCH', '/my-account', { name: 'Renamed Person' })).status).toBe(200);
    const mine = () =>
      receiver
        .of('User.Data.Updated')
        .filter((item) => item.body.hookId === hook.body.id && item.body.data?.id === user.id);
    await expect.poll(() => mine().length, poll).toBe(1);
    expect(mine()[0]?.body).toMatchObject({ data: { id: user.id, name: 'Renamed Person' }, path: '/api/my-account' });
    // A refused change sends nothing.
    expect((await client.call('PATCH', '/my-account', { username: 'needs_a_verification' })).status).toBe(401);
    expect((await client.call('PATCH', '/my-account/logto-configs', { mfa: { skipped: true } })).status).toBe(200);
    await expect.poll(() => mine().length, poll).toBe(2);
  });
});
