import type * as oidc from 'openid-client';
import { Secret } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { setMfaPolicy, signInToMfaStep, totpOf } from './support/mfa-sign-in.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import type { ApiAnswer } from './support/sign-in.js';
import { socialApp } from './support/social-sign-in.js';

/**
 * The Management API for a user's MFA factors (Logto's admin-user/mfa-verifications): list
 * without secrets, add TOTP and backup codes with Logto's refusals, delete, and the effect on
 * the user's next sign-in.
 */
describe(`Management API user MFA verifications (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;

  const path = (userId: string, rest = '') => `/users/${userId}/mfa-verifications${rest}`;

  const setPolicy = (policy: string, factors: string[]) => setMfaPolicy(api, policy, factors);

  /** Username + password sign-in up to submit; answers the submit. */
  async function signIn(username: string) {
    const { browser, request } = await signInToMfaStep(server, config, username);
    return { browser, request, submit: (): Promise<ApiAnswer> => browser.api('POST', '/submit') };
  }

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    // Factors count but nobody is prompted: a user with none signs in without MFA.
    await setPolicy('NoPrompt', ['Totp', 'WebAuthn', 'BackupCode']);
  });
  afterAll(async () => {
    await setPolicy('UserControlled', []);
    await server.stop();
  });

  it('adds TOTP and backup codes, lists them without secrets, deletes them, and sign-in follows', async () => {
    const user = await createUser(server);
    expect((await api.get(path(user.id))).body).toEqual([]);
    const alone = await api.post(path(user.id), { type: 'BackupCode' });
    expect(alone.status).toBe(422);
    expect(alone.body.code).toBe('session.mfa.backup_code_can_not_be_alone');

    const totp = await api.post(path(user.id), { type: 'Totp' });
    expect(totp.status, JSON.stringify(totp.body)).toBe(200);
    expect(totp.body).toEqual({
      type: 'Totp',
      secret: expect.stringMatching(/^[A-Z2-7]{32}$/),
      secretQrCode: expect.stringMatching(/^data:image\/png;base64,/),
    });
    const again = await api.post(path(user.id), { type: 'Totp' });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('user.totp_already_in_use');

    const backup = await api.post(path(user.id), { type: 'BackupCode' });
    expect(backup.status).toBe(200);
    expect(backup.body.type).toBe('BackupCode');
    expect(backup.body.codes).toHaveLength(10);
    const more = await api.post(path(user.id), { type: 'BackupCode' });
    expect(more.status).toBe(422);
    expect(more.body.code).toBe('user.backup_code_already_in_use');

    const listed = await api.get(path(user.id));
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      { id: expect.any(String), createdAt: expect.any(String), type: 'Totp' },
      { id: expect.any(String), createdAt: expect.any(String), type: 'BackupCode', remainCodes: 10 },
    ]);
    expect(new Date(listed.body[0].createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const text = JSON.stringify(listed.body);
    expect(text).not.toContain(totp.body.secret);
    for (const code of backup.body.codes) expect(text).not.toContain(code);

    // The secret the API handed out is the user's factor now: sign-in asks for it and takes it.
    const mfa = await signIn(user.username as string);
    const required = await mfa.submit();
    expect(required.status).toBe(403);
    expect(required.body).toMatchObject({
      code: 'session.mfa.require_mfa_verification',
      data: { availableFactors: ['Totp', 'BackupCode'] },
    });
    const code = totpOf(totp.body.secret).generate();
    expect((await mfa.browser.api('POST', '/verification/totp/verify', { code })).status).toBe(200);
    expect((await mfa.submit()).status).toBe(200);

    // Deleting the last other factor takes the backup codes with it: they cannot stand alone.
    expect((await api.delete(path(user.id, `/${listed.body[0].id}`))).status).toBe(204);
    expect((await api.get(path(user.id))).body).toEqual([]);
    const free = await signIn(user.username as string);
    const submitted = await free.submit();
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.redirectTo).toContain('/oidc/auth/');
  });

  it('lists passkeys with their agent and name, never their keys, and deletes one', async () => {
    const user = await createUser(server);
    const publicKey = Buffer.alloc(77, 7).toString('base64url');
    await server.services.mfaStore.addWebAuthn(
      user.id,
      { id: 'cred-one', publicKey, counter: 3, transports: ['usb'], agent: 'Firefox' },
      Date.now(),
    );
    await server.services.mfaStore.addWebAuthn(user.id, { id: 'cred-two', publicKey, counter: 0 }, Date.now() + 1);
    const listed = await api.get(path(user.id));
    expect(listed.body).toEqual([
      { id: expect.any(String), createdAt: expect.any(String), type: 'WebAuthn', agent: 'Firefox' },
      { id: expect.any(String), createdAt: expect.any(String), type: 'WebAuthn' },
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(/cred-one|cred-two|publicKey|counter/);
    // Backup codes may join passkeys.
    expect((await api.post(path(user.id), { type: 'BackupCode' })).status).toBe(200);
    expect((await api.delete(path(user.id, `/${listed.body[0].id}`))).status).toBe(204);
    expect((await api.get(path(user.id))).body.map((v: { type: string }) => v.type)).toEqual([
      'WebAuthn',
      'BackupCode',
    ]);
  });

  it('takes a given TOTP secret, checked by a code when one is sent', async () => {
    const user = await createUser(server);
    const secret = new Secret({ size: 20 }).base32;
    const wrongCode = String((Number(totpOf(secret).generate()) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await api.post(path(user.id), { type: 'Totp', secret, code: wrongCode });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('session.mfa.invalid_totp_code');
    const invalid = await api.post(path(user.id), { type: 'Totp', secret: 'not base32!' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('user.totp_secret_invalid');
    expect((await api.get(path(user.id))).body).toEqual([]);

    const created = await api.post(path(user.id), { type: 'Totp', secret, code: totpOf(secret).generate() });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.secret).toBe(secret);
  });

  it('refuses bad input with the stable error shape', async () => {
    const user = await createUser(server);
    const cases: unknown[] = [
      { type: 'Sms' },
      {},
      { type: 'Totp', unexpected: true },
      { type: 'BackupCode', codes: [] },
      { type: 'Totp', codes: ['0a1b2c3d4e'] },
      { type: 'Totp', code: '123456' },
      { type: 'Totp', secret: 'JBSWY3DPEHPK3PXP', code: 'abc' },
    ];
    for (const body of cases) {
      const response = await api.post(path(user.id), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body).toMatchObject({
        code: 'guard.invalid_input',
        message: expect.any(String),
        data: { name: 'ZodError', issues: expect.any(Array) },
        details: expect.any(String),
      });
    }
    const broken = await api.call('POST', path(user.id), undefined, '{"type": ');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toEqual(expect.any(String));
  });

  it('answers 404 for unknown users and factors, and 401 without a token', async () => {
    const user = await createUser(server);
    const other = await createUser(server);
    const totp = await api.post(path(other.id), { type: 'Totp' });
    expect(totp.status).toBe(200);
    const otherFactor = (await api.get(path(other.id))).body[0].id as string;

    for (const response of [
      await api.get(path('no-such-user')),
      await api.post(path('no-such-user'), { type: 'Totp' }),
      await api.delete(path('no-such-user', `/${otherFactor}`)),
      await api.delete(path(user.id, '/no-such-factor')),
      // Another user's factor is not this user's.
      await api.delete(path(user.id, `/${otherFactor}`)),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('entity.not_found');
    }
    expect((await api.get(path(other.id))).body).toHaveLength(1);

    const anonymous = await fetch(`${server.url}/api${path(user.id)}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).code).toBe('auth.authorization_header_missing');
  });
});
