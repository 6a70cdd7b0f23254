import type { LogtoConfig } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountApiCall } from './support/account-client.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { setMfaPolicy } from './support/mfa-sign-in.js';
import { createApp, createUser } from './support/oidc-fixtures.js';
import { callbackUri, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { SoftAuthenticator } from './support/soft-authenticator.js';

/**
 * Passkeys in the Account API, as Logto's account center adds them: registration options and
 * the browser's answer as a verification record, then the passkey bound with
 * POST /api/my-account/mfa-verifications (type WebAuthn) under an identity verification, and
 * renamed. A related origin from the account center may register; other origins may not.
 */
describe(`Account API passkeys (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let baseConfig: LogtoConfig;
  const relatedOrigin = 'https://account.example.com';

  async function accountClient(username: string) {
    const { client } = await signedInSdk(server, baseConfig, username);
    const accessToken = await client.getAccessToken();
    const call = accountApiCall(server.url, accessToken);
    return { call };
  }

  type Client = Awaited<ReturnType<typeof accountClient>>;

  /** Options, then the authenticator's answer: the verified record id. */
  async function registered(client: Client, authenticator: SoftAuthenticator) {
    const created = await client.call('POST', '/verifications/web-authn/registration');
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const { verificationRecordId, registrationOptions } = created.body;
    const payload = authenticator.register(registrationOptions);
    const verified = await client.call('POST', '/verifications/web-authn/registration/verify', {
      verificationRecordId,
      payload,
    });
    return { verificationRecordId, registrationOptions, payload, verified };
  }

  async function identity(client: Client): Promise<string> {
    const answer = await client.call('POST', '/verifications/password', { password: 'correct-horse-battery-staple' });
    expect(answer.status).toBe(201);
    return answer.body.verificationRecordId;
  }

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    // WebAuthn is a factor, with no prompt at sign-in (the SDK sign-in must go straight through).
    await setMfaPolicy(api, 'NoPrompt', ['WebAuthn']);
    const patched = await api.patch('/account-center', {
      enabled: true,
      fields: { mfa: 'Edit' },
      webauthnRelatedOrigins: [relatedOrigin],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const app = await createApp(server, 'Traditional', [callbackUri]);
    baseConfig = { endpoint: server.url, appId: app.id, appSecret: app.secret, scopes: ['identities'] };
  });
  afterAll(async () => {
    await server.stop();
  });

  it('serves the related origins at /.well-known/webauthn', async () => {
    const response = await fetch(`${server.url}/.well-known/webauthn`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ origins: [relatedOrigin] });
  });

  it('registers two passkeys (one from a related origin), binds them under a verification, renames one', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    const laptop = new SoftAuthenticator(server.url);
    const first = await registered(client, laptop);
    expect(first.registrationOptions).toMatchObject({ rp: { id: 'localhost' }, attestation: 'none' });
    expect(first.verified).toEqual({ status: 200, body: { verificationRecordId: first.verificationRecordId } });

    // The same answer again: the challenge is spent.
    const replay = await client.call('POST', '/verifications/web-authn/registration/verify', {
      verificationRecordId: first.verificationRecordId,
      payload: first.payload,
    });
    expect(replay).toMatchObject({ status: 400, body: { code: 'verification_record.not_found' } });

    const bind = { type: 'WebAuthn', newIdentifierVerificationRecordId: first.verificationRecordId, name: 'Laptop' };
    expect(await client.call('POST', '/my-account/mfa-verifications', bind)).toMatchObject({
      status: 401,
      body: { code: 'verification_record.permission_denied' },
    });
    const proof = await identity(client);
    expect((await client.call('POST', '/my-account/mfa-verifications', bind, proof)).status).toBe(204);
    // The record is spent by the binding.
    expect((await client.call('POST', '/my-account/mfa-verifications', bind, proof)).body.code).toBe(
      'verification_record.not_found',
    );

    const phone = new SoftAuthenticator(relatedOrigin, 'localhost');
    const second = await registered(client, phone);
    expect(second.verified.status, JSON.stringify(second.verified.body)).toBe(200);
    // The options exclude the passkey the user already has.
    expect(second.registrationOptions.excludeCredentials).toEqual([
      { id: laptop.id, type: 'public-key', transports: ['internal'] },
    ]);
    const added = await client.call(
      'POST',
      '/my-account/mfa-verifications',
      { type: 'WebAuthn', newIdentifierVerificationRecordId: second.verificationRecordId },
      proof,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(204);

    const listed = await client.call('GET', '/my-account/mfa-verifications');
    expect(listed.status).toBe(200);
    const passkeys = listed.body as { id: string; type: string; name?: string }[];
    expect(passkeys.map((p) => [p.type, p.name])).toEqual([
      ['WebAuthn', 'Laptop'],
      ['WebAuthn', undefined],
    ]);

    const renamed = await client.call(
      'PATCH',
      `/my-account/mfa-verifications/${passkeys[1]?.id}/name`,
      { name: 'Phone' },
      proof,
    );
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(204);
    expect(
      ((await client.call('GET', '/my-account/mfa-verifications')).body as { name?: string }[]).map((p) => p.name),
    ).toEqual(['Laptop', 'Phone']);
    expect(
      (await client.call('PATCH', `/my-account/mfa-verifications/${passkeys[1]?.id}/name`, { name: 'X' })).status,
    ).toBe(401);
    expect(
      await client.call('PATCH', '/my-account/mfa-verifications/no-such-factor/name', { name: 'X' }, proof),
    ).toMatchObject({ status: 404, body: { code: 'entity.not_found' } });

    const rows = await server.services.db
      .selectFrom('user_mfa_verifications')
      .select(['credential_id', 'name'])
      .where('user_id', '=', user.id)
      .execute();
    expect(rows.map((r) => r.credential_id).sort()).toEqual([laptop.id, phone.id].sort());
  });

  it('refuses an answer from another origin or for another RP ID, a passkey already registered, and another user’s record', async () => {
    const user = await createUser(server);
    const client = await accountClient(user.username as string);
    const phishing = await registered(client, new SoftAuthenticator('https://evil.example', 'localhost'));
    expect(phishing.verified).toMatchObject({
      status: 400,
      body: { code: 'session.mfa.webauthn_verification_failed' },
    });
    const otherRp = await registered(client, new SoftAuthenticator(relatedOrigin, 'account.example.com'));
    expect(otherRp.verified.body.code).toBe('session.mfa.webauthn_verification_failed');

    const authenticator = new SoftAuthenticator(server.url);
    const first = await registered(client, authenticator);
    const proof = await identity(client);
    const bind = { type: 'WebAuthn', newIdentifierVerificationRecordId: first.verificationRecordId };
    expect((await client.call('POST', '/my-account/mfa-verifications', bind, proof)).status).toBe(204);
    const again = await registered(client, authenticator);
    expect(again.verified).toMatchObject({ status: 422, body: { code: 'user.webauthn_already_in_use' } });

    // Another user's record is not found for this user.
    const mallory = await accountClient((await createUser(server)).username as string);
    const theirs = await registered(mallory, new SoftAuthenticator(server.url));
    const stolen = { type: 'WebAuthn', newIdentifierVerificationRecordId: theirs.verificationRecordId };
    expect((await client.call('POST', '/my-account/mfa-verifications', stolen, proof)).body.code).toBe(
      'verification_record.not_found',
    );
  });
});
