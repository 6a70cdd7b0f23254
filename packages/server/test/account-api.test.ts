import { type LogtoConfig, UserScope } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { accountApiCall } from './support/account-client.js';
import { addCodeConnectors } from './support/code-connectors.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { setMfaPolicy, totpOf } from './support/mfa-sign-in.js';
import { createApp, createUser, password } from './support/oidc-fixtures.js';
import { callbackUri, createSdk, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';
import { connectorDataOf, consentAtProvider, setSocialTargets } from './support/social-sign-in.js';

/**
 * The Account API as Logto's Account Center docs drive it: a user signs in with @logto/node,
 * takes the SDK's opaque access token (no resource) and calls /api/my-account and
 * /api/verifications with it; sensitive changes carry a verification record in
 * `logto-verification-id`, and a new email is proven by a code the SMTP fake captures.
 */
describe(`Account API (${dialect})`, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let api: ManagementApi;
  let baseConfig: LogtoConfig;

  const allFields = {
    name: 'Edit',
    avatar: 'Edit',
    profile: 'Edit',
    email: 'Edit',
    phone: 'Edit',
    password: 'Edit',
    username: 'Edit',
    social: 'Edit',
    customData: 'Edit',
    mfa: 'Edit',
  };
  const accountScopes = [UserScope.Email, UserScope.Phone, UserScope.Identities, UserScope.CustomData];

  const lastMailCode = (to: string) =>
    /(\d{6})/.exec(fakes.smtp.messages.filter((mail) => mail.to.includes(to)).at(-1)?.body ?? '')?.[1] as string;

  /** Signs `username` in with the SDK and answers a client of the Account API with its access token. */
  async function accountClient(username: string, scopes: string[] = accountScopes) {
    const { client } = await signedInSdk(server, { ...baseConfig, scopes }, username);
    const accessToken = await client.getAccessToken();
    return accountClientWithToken(accessToken);
  }

  function accountClientWithToken(accessToken: string) {
    const call = accountApiCall(server.url, accessToken);
    return {
      accessToken,
      call,
      /** Logto's docs: verify the password, then pass the record id in the header. */
      async verifyPassword(secret = password): Promise<string> {
        const verified = await call('POST', '/verifications/password', { password: secret });
        expect(verified.status, JSON.stringify(verified.body)).toBe(201);
        return verified.body.verificationRecordId as string;
      },
      /** Sends a code to an email, reads it from the SMTP fake and verifies it. */
      async verifyEmail(email: string): Promise<string> {
        const identifier = { type: 'email', value: email };
        const sent = await call('POST', '/verifications/verification-code', { identifier });
        expect(sent.status, JSON.stringify(sent.body)).toBe(201);
        const { verificationRecordId } = sent.body;
        const verified = await call('POST', '/verifications/verification-code/verify', {
          identifier,
          verificationId: verificationRecordId,
          code: lastMailCode(email),
        });
        expect(verified.status, JSON.stringify(verified.body)).toBe(200);
        expect(verified.body).toEqual({ verificationRecordId });
        return verificationRecordId as string;
      },
    };
  }

  const setAccountCenter = async (body: Record<string, unknown>) => {
    const patched = await api.patch('/account-center', body);
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    return patched.body;
  };

  beforeAll(async () => {
    fakes = await startProviderFakes();
    server = await startTestServer(fakes.env);
    api = await managementApi(server);
    await addCodeConnectors(api, fakes);
    const app = await createApp(server, 'Traditional', [callbackUri]);
    baseConfig = { endpoint: server.url, appId: app.id, appSecret: app.secret };
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  it('keeps the account center off by default, as Logto, and the Management API switches it', async () => {
    const current = await api.get('/account-center');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ enabled: false, fields: {}, webauthnRelatedOrigins: [] });

    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    expect(await client.call('GET', '/my-account')).toMatchObject({
      status: 400,
      body: { code: 'account_center.not_enabled' },
    });
    const updated = await setAccountCenter({ enabled: true, fields: allFields });
    expect(updated).toMatchObject({ enabled: true, fields: allFields });
    expect((await api.get('/account-center')).body.fields).toEqual(allFields);
    expect((await api.patch('/account-center', { fields: { name: 'Sometimes' } })).status).toBe(400);
  });

  it('shows and updates the profile: name, avatar, username (with a password verification), profile claims', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const user = await createUser(server, { name: 'Ada', primaryEmail: `ada-${Date.now()}@example.com` });
    const client = await accountClient(user.username as string);

    const me = await client.call('GET', '/my-account');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: user.id,
      name: 'Ada',
      username: user.username,
      primaryEmail: user.primaryEmail,
      hasPassword: true,
    });
    expect(me.body).not.toHaveProperty('passwordEncrypted');

    const renamed = await client.call('PATCH', '/my-account', {
      name: 'Ada Lovelace',
      avatar: 'https://img.example.com/a.png',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Ada Lovelace', avatar: 'https://img.example.com/a.png' });
    expect((await server.services.users.get(user.id)).name).toBe('Ada Lovelace');

    // A username is an identifier: changing it needs a verification record.
    const username = `ada_${Date.now()}`;
    expect(await client.call('PATCH', '/my-account', { username })).toMatchObject({
      status: 401,
      body: { code: 'verification_record.permission_denied' },
    });
    const recordId = await client.verifyPassword();
    const withRecord = await client.call('PATCH', '/my-account', { username }, recordId);
    expect(withRecord.status).toBe(200);
    expect(withRecord.body.username).toBe(username);

    const profile = await client.call('PATCH', '/my-account/profile', { givenName: 'Ada', locale: 'en-GB' });
    expect(profile).toMatchObject({ status: 200, body: { givenName: 'Ada', locale: 'en-GB' } });
    expect((await client.call('GET', '/my-account')).body.profile).toMatchObject({ givenName: 'Ada', locale: 'en-GB' });
  });

  it('changes the primary email with both verifications, each spent or bound as Logto documents', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const oldEmail = `old-${Date.now()}@example.com`;
    const newEmail = `new-${Date.now()}@example.com`;
    const user = await createUser(server, { primaryEmail: oldEmail });
    const client = await accountClient(user.username as string);

    // Identity by a code sent to the current email; ownership of the new one by a code sent there.
    const identity = await client.verifyEmail(oldEmail);
    const ownership = await client.verifyEmail(newEmail);
    expect(fakes.smtp.messages.some((mail) => mail.to.includes(newEmail))).toBe(true);

    // The new-email record proves ownership, not identity.
    expect(
      await client.call(
        'POST',
        '/my-account/primary-email',
        { email: newEmail, newIdentifierVerificationRecordId: ownership },
        ownership,
      ),
    ).toMatchObject({ status: 401, body: { code: 'verification_record.permission_denied' } });
    // A record for another address does not prove this one.
    expect(
      await client.call(
        'POST',
        '/my-account/primary-email',
        { email: `other-${Date.now()}@example.com`, newIdentifierVerificationRecordId: ownership },
        identity,
      ),
    ).toMatchObject({ status: 400, body: { code: 'verification_record.not_found' } });

    const changed = await client.call(
      'POST',
      '/my-account/primary-email',
      { email: newEmail, newIdentifierVerificationRecordId: ownership },
      identity,
    );
    expect(changed.status, JSON.stringify(changed.body)).toBe(204);
    expect((await client.call('GET', '/my-account')).body.primaryEmail).toBe(newEmail);
    expect((await server.services.users.get(user.id)).primaryEmail).toBe(newEmail);

    // The ownership record is spent by the change.
    expect(
      await client.call(
        'POST',
        '/my-account/primary-email',
        { email: newEmail, newIdentifierVerificationRecordId: ownership },
        identity,
      ),
    ).toMatchObject({ status: 400, body: { code: 'verification_record.not_found' } });

    // A wrong code is refused.
    const identifier = { type: 'email', value: `third-${Date.now()}@example.com` };
    const sent = await client.call('POST', '/verifications/verification-code', { identifier });
    const wrong = lastMailCode(identifier.value) === '000000' ? '111111' : '000000';
    expect(
      await client.call('POST', '/verifications/verification-code/verify', {
        identifier,
        verificationId: sent.body.verificationRecordId,
        code: wrong,
      }),
    ).toMatchObject({ status: 400, body: { code: 'verification_code.code_mismatch' } });

    // Removing the email (sign-up asks only for a username here) needs identity too.
    expect((await client.call('DELETE', '/my-account/primary-email')).status).toBe(401);
    expect((await client.call('DELETE', '/my-account/primary-email', undefined, identity)).status).toBe(204);
    expect((await server.services.users.get(user.id)).primaryEmail).toBeNull();
  });

  it('sets and removes the primary phone by an SMS code, and unlinks a social account', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const user = await createUser(server);
    await server.services.users.linkSocialIdentity(user.id, 'github', { userId: 'gh-42' });
    const client = await accountClient(user.username as string);
    const recordId = await client.verifyPassword();
    expect((await client.call('GET', '/my-account')).body.identities).toHaveProperty('github');

    const phone = `1555${String(Date.now()).slice(-7)}`;
    const identifier = { type: 'phone', value: phone };
    const sent = await client.call('POST', '/verifications/verification-code', { identifier });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const code = /(\d{6})/.exec(fakes.twilio.messages.filter((m) => m.to.includes(phone)).at(-1)?.body ?? '')?.[1];
    const verified = await client.call('POST', '/verifications/verification-code/verify', {
      identifier,
      verificationId: sent.body.verificationRecordId,
      code,
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    const set = await client.call(
      'POST',
      '/my-account/primary-phone',
      { phone, newIdentifierVerificationRecordId: sent.body.verificationRecordId },
      recordId,
    );
    expect(set.status, JSON.stringify(set.body)).toBe(204);
    expect((await client.call('GET', '/my-account')).body.primaryPhone).toBe(phone);
    expect((await client.call('DELETE', '/my-account/primary-phone', undefined, recordId)).status).toBe(204);
    expect((await server.services.users.get(user.id)).primaryPhone).toBeNull();

    expect((await client.call('DELETE', '/my-account/identities/github')).status).toBe(401);
    expect((await client.call('DELETE', '/my-account/identities/github', undefined, recordId)).status).toBe(204);
    expect((await server.services.users.get(user.id)).identities).not.toHaveProperty('github');
    expect((await client.call('DELETE', '/my-account/identities/github', undefined, recordId)).status).toBe(404);
  });

  it('links a social account proven at its provider (OAuth 2.0 fake), once', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const oauth2: OAuth2Fake = await startOAuth2Fake();
    try {
      const created = await api.post('/connectors', {
        connectorId: 'oauth2',
        metadata: { target: 'acme', name: { en: 'Acme ID' } },
        config: oauth2.config({ tokenEndpointResponseType: 'json' }),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const connectorId = created.body.id as string;
      // As at sign-in, the connector's target must be enabled in the sign-in experience.
      await setSocialTargets(server, ['acme']);
      oauth2.signedIn.user = { id: 4242, displayName: 'Linked Person' };
      const user = await createUser(server);
      const client = await accountClient(user.username as string);
      const recordId = await client.verifyPassword();

      const started = await client.call('POST', '/verifications/social', {
        connectorId,
        state: `state-${Date.now()}`,
        redirectUri: `${server.url}/callback/${connectorId}`,
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const { verificationRecordId, authorizationUri } = started.body;
      const callback = await consentAtProvider(authorizationUri);
      const verified = await client.call('POST', '/verifications/social/verify', {
        connectorData: connectorDataOf(callback),
        verificationRecordId,
      });
      expect(verified, JSON.stringify(verified.body) + JSON.stringify(oauth2.violations)).toMatchObject({
        status: 200,
        body: { verificationRecordId },
      });

      const body = { newIdentifierVerificationRecordId: verificationRecordId };
      expect((await client.call('POST', '/my-account/identities', body)).status).toBe(401);
      expect((await client.call('POST', '/my-account/identities', body, recordId)).status).toBe(204);
      const identities = (await client.call('GET', '/my-account')).body.identities;
      expect(identities).toMatchObject({ acme: { userId: '4242' } });
      expect(await client.call('POST', '/my-account/identities', body, recordId)).toMatchObject({
        status: 400,
        body: { code: 'verification_record.not_found' },
      });
      expect(oauth2.violations).toEqual([]);
    } finally {
      await oauth2.close();
    }
  });

  it('changes the password: the old one stops working and the new one signs in', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    const newPassword = 'a-much-newer-passphrase-42';

    expect(await client.call('POST', '/verifications/password', { password: 'not-my-password' })).toMatchObject({
      status: 422,
      body: { code: 'session.invalid_credentials' },
    });
    expect((await client.call('POST', '/my-account/password', { password: newPassword })).status).toBe(401);
    const recordId = await client.verifyPassword();
    expect((await client.call('POST', '/my-account/password', { password: newPassword }, recordId)).status).toBe(204);

    // The old password is refused at sign-in; the new one signs in.
    const oldSignIn = await signedInSdk(server, baseConfig, user.username as string).catch((error: Error) => error);
    expect(String(oldSignIn)).toContain('session.invalid_credentials');
    const sdk = createSdk(baseConfig);
    await sdk.client.signIn(callbackUri);
    const callback = await signIn(new Browser(server.url), new URL(sdk.lastNavigation('sign-in')), {
      username: user.username as string,
      password: newPassword,
    });
    await sdk.client.handleSignInCallback(callback.href);
    expect(await sdk.client.isAuthenticated()).toBe(true);
  });

  it('enables TOTP and backup codes, lists and removes factors', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    await setMfaPolicy(api, 'NoPrompt', ['Totp', 'BackupCode']);
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    const recordId = await client.verifyPassword();

    const generated = await client.call('POST', '/my-account/mfa-verifications/totp-secret/generate');
    expect(generated.status).toBe(200);
    const { secret } = generated.body as { secret: string };
    expect(
      await client.call('POST', '/my-account/mfa-verifications', { type: 'Totp', secret, code: '000000' }, recordId),
    ).toMatchObject({ status: 400, body: { code: 'session.mfa.invalid_totp_code' } });
    // Without a verification record, refused.
    expect(
      (
        await client.call('POST', '/my-account/mfa-verifications', {
          type: 'Totp',
          secret,
          code: totpOf(secret).generate(),
        })
      ).status,
    ).toBe(401);
    const bound = await client.call(
      'POST',
      '/my-account/mfa-verifications',
      { type: 'Totp', secret, code: totpOf(secret).generate() },
      recordId,
    );
    expect(bound.status, JSON.stringify(bound.body)).toBe(204);

    const codes = await client.call('POST', '/my-account/mfa-verifications/backup-codes/generate');
    expect(codes.body.codes).toHaveLength(10);
    expect(
      (
        await client.call(
          'POST',
          '/my-account/mfa-verifications',
          { type: 'BackupCode', codes: codes.body.codes },
          recordId,
        )
      ).status,
    ).toBe(204);

    const listed = await client.call('GET', '/my-account/mfa-verifications');
    expect(listed.status).toBe(200);
    expect(listed.body.map((f: { type: string }) => f.type).sort()).toEqual(['BackupCode', 'Totp']);
    expect(listed.body.find((f: { type: string }) => f.type === 'BackupCode').remainCodes).toBe(10);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    // The authenticator app's code now verifies at sign-in (the stored factor is the secret bound here).
    const rows = await server.services.mfaStore.list(user.id);
    expect(rows.map((row) => row.type).sort()).toEqual(['BackupCode', 'Totp']);

    const totp = listed.body.find((f: { type: string }) => f.type === 'Totp');
    expect((await client.call('DELETE', `/my-account/mfa-verifications/${totp.id}`, undefined, recordId)).status).toBe(
      204,
    );
    // Backup codes cannot stand alone: they go with the last other factor.
    expect((await client.call('GET', '/my-account/mfa-verifications')).body).toEqual([]);
  });

  it('honours field permissions: Off hides and refuses, ReadOnly shows but refuses changes', async () => {
    const user = await createUser(server, { name: 'Grace', primaryEmail: `grace-${Date.now()}@example.com` });
    const client = await accountClient(user.username as string);
    await setAccountCenter({ enabled: true, fields: { name: 'ReadOnly', email: 'Off', password: 'Edit' } });

    const me = await client.call('GET', '/my-account');
    expect(me.status).toBe(200);
    expect(me.body.name).toBe('Grace');
    expect(me.body).not.toHaveProperty('primaryEmail');
    expect(me.body).not.toHaveProperty('username');
    expect(me.body).not.toHaveProperty('customData');

    expect(await client.call('PATCH', '/my-account', { name: 'Someone else' })).toMatchObject({
      status: 400,
      body: { code: 'account_center.field_not_editable' },
    });
    const recordId = await client.verifyPassword();
    const email = `ro-${Date.now()}@example.com`;
    const ownership = await client.verifyEmail(email);
    expect(
      await client.call(
        'POST',
        '/my-account/primary-email',
        { email, newIdentifierVerificationRecordId: ownership },
        recordId,
      ),
    ).toMatchObject({ status: 400, body: { code: 'account_center.field_not_editable' } });
    expect(await client.call('GET', '/my-account/mfa-verifications')).toMatchObject({
      status: 400,
      body: { code: 'account_center.field_not_enabled' },
    });
    expect((await server.services.users.get(user.id)).name).toBe('Grace');
  });

  it('refuses tokens without the scope, of another kind, or of another user; records are bound to their user', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const alice = await createUser(server, { primaryEmail: `alice-${Date.now()}@example.com` });
    const bob = await createUser(server);
    const aliceClient = await accountClient(alice.username as string);
    const bobClient = await accountClient(bob.username as string);

    // No token, a made-up token, a Management API token (a JWT, not the user's opaque token).
    expect((await accountClientWithToken('').call('GET', '/my-account')).status).toBe(401);
    expect((await accountClientWithToken('not-a-token').call('GET', '/my-account')).status).toBe(401);
    expect((await accountClientWithToken(api.accessToken).call('GET', '/my-account')).status).toBe(401);

    // Without the `email` scope the email is neither shown nor changeable.
    const narrow = await accountClient(alice.username as string, []);
    expect((await narrow.call('GET', '/my-account')).body).not.toHaveProperty('primaryEmail');
    const narrowRecord = await narrow.verifyPassword();
    const email = `narrow-${Date.now()}@example.com`;
    const ownership = await narrow.verifyEmail(email);
    expect(
      await narrow.call(
        'POST',
        '/my-account/primary-email',
        { email, newIdentifierVerificationRecordId: ownership },
        narrowRecord,
      ),
    ).toMatchObject({ status: 400, body: { code: 'auth.unauthorized' } });
    // ... nor the MFA factors without `identities`.
    expect((await narrow.call('GET', '/my-account/mfa-verifications')).status).toBe(401);

    // Alice's records are worth nothing to Bob: neither as identity nor as a new identifier.
    const aliceRecord = await aliceClient.verifyPassword();
    const bobEmail = `bob-${Date.now()}@example.com`;
    const aliceOwnership = await aliceClient.verifyEmail(bobEmail);
    expect(
      await bobClient.call('POST', '/my-account/password', { password: 'bob-takes-over-1234' }, aliceRecord),
    ).toMatchObject({ status: 401, body: { code: 'verification_record.permission_denied' } });
    const bobRecord = await bobClient.verifyPassword();
    expect(
      await bobClient.call(
        'POST',
        '/my-account/primary-email',
        { email: bobEmail, newIdentifierVerificationRecordId: aliceOwnership },
        bobRecord,
      ),
    ).toMatchObject({ status: 400, body: { code: 'verification_record.not_found' } });
    expect(
      await bobClient.call('POST', '/verifications/verification-code/verify', {
        identifier: { type: 'email', value: bobEmail },
        verificationId: aliceOwnership,
        code: lastMailCode(bobEmail),
      }),
    ).toMatchObject({ status: 400, body: { code: 'verification_record.not_found' } });
  });

  it('answers browsers of any origin (CORS), the verification header allowed', async () => {
    const origin = 'https://my-account.example.net';
    const preflight = await fetch(`${server.url}/api/my-account/primary-email`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, logto-verification-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('logto-verification-id');
    const refused = await fetch(`${server.url}/api/verifications/password`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ password }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(origin);
    // The Management API is not opened to other origins.
    const management = await fetch(`${server.url}/api/account-center`, { method: 'OPTIONS', headers: { origin } });
    expect(management.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses an expired verification record', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    const recordId = await client.verifyPassword();
    // Ten minutes on: the record's end is moved into the past.
    await server.services.db
      .updateTable('verification_records')
      .set({ expires_at: Date.now() - 1 })
      .where('id', '=', recordId)
      .execute();
    expect(
      await client.call('POST', '/my-account/password', { password: 'a-fresh-passphrase-99' }, recordId),
    ).toMatchObject({ status: 401, body: { code: 'verification_record.permission_denied' } });
  });

  it('locks password verification after repeated failures, counted atomically', async () => {
    await setAccountCenter({ enabled: true, fields: allFields });
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    const max = server.config.passwordMaxAttempts;
    const answers = await Promise.all(
      Array.from({ length: max + 3 }, () =>
        client.call('POST', '/verifications/password', { password: 'wrong-guess' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 422)).toHaveLength(max);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    // Even the right password waits for the window to end.
    expect((await client.call('POST', '/verifications/password', { password })).status).toBe(429);
  });
});
