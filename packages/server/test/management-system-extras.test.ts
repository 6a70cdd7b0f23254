import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { addCodeConnectors } from './support/code-connectors.js';
import { type ManagementApi, managementApi, readOnlyApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser } from './support/oidc-fixtures.js';
import { rawRequest } from './support/raw-http.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';

type Json = Record<string, any>;

/**
 * Smaller Logto Management API routes: lifting lockouts, username case conflicts, verification
 * codes sent and checked by a backend, and the protected apps system route.
 */
describe(`Management API: lockouts, username conflicts, verification codes, systems (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let reader: Awaited<ReturnType<typeof readOnlyApi>>;
  let fakes: ProviderFakes;
  const callback = 'http://localhost:3000/callback';

  beforeAll(async () => {
    fakes = await startProviderFakes();
    server = await startTestServer({ ...fakes.env, TESSERA_PASSWORD_MAX_ATTEMPTS: '3' });
    api = await managementApi(server);
    reader = await readOnlyApi(server, api);
    await addCodeConnectors(api, fakes);
  });
  afterAll(async () => {
    await server.stop();
    await fakes.close();
  });

  const lastMailCode = () => /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1] as string;
  const lastSmsCode = () => /(\d{6})/.exec(fakes.twilio.messages.at(-1)?.body ?? '')?.[1] as string;
  const anonymous = (method: string, path: string, body?: Json) =>
    rawRequest(server.url, method, `/api${path}`, {
      headers: { 'content-type': 'application/json' },
      ...(body && { body: JSON.stringify(body) }),
    });

  it('lifts a password lockout of an identifier', async () => {
    const user = await createUser(server);
    const app = await createApp(server, 'Traditional', [callback]);
    const config = await clientConfig(server, app.id, app.secret as string);
    const browser = new Browser(server.url);
    const request = await authorizationRequest(config, { redirect_uri: callback });
    await (await browser.follow(request.url)).response?.body?.cancel();
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const identifier = { type: 'username', value: user.username };
    const tryPassword = async (password: string) =>
      (await browser.api('POST', '/verification/password', { identifier, password })).status;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push(await tryPassword('nope'));
    expect(statuses.at(-1)).toBe(429);

    expect((await reader.post('/sentinel-activities/delete', { targets: [user.username] })).status).toBe(403);
    expect((await api.post('/sentinel-activities/delete', { targets: [] })).status).toBe(400);
    expect((await api.post('/sentinel-activities/delete', {})).status).toBe(400);
    const lifted = await api.post('/sentinel-activities/delete', { targets: [user.username?.toUpperCase()] });
    expect(lifted.status).toBe(204);
    expect(await tryPassword('correct-horse-battery-staple')).toBe(200);
  });

  it('reports usernames that differ only by case', async () => {
    const empty = await api.get('/sign-in-exp/username-policy/case-sensitivity-conflicts');
    expect([empty.status, empty.body]).toEqual([200, { totalConflicts: 0, samples: [] }]);
    const lower = await createUser(server, { username: 'casey_jones' });
    const upper = await createUser(server, { username: 'Casey_Jones' });
    await createUser(server, { username: 'other_Name' });
    const first = await createUser(server, { username: 'ABBA' });
    const second = await createUser(server, { username: 'abba' });
    const conflicts = await reader.get('/sign-in-exp/username-policy/case-sensitivity-conflicts');
    expect(conflicts.status).toBe(200);
    expect(conflicts.body.totalConflicts).toBe(2);
    expect(conflicts.body.samples).toEqual([
      { usernameLower: 'abba', userIds: expect.arrayContaining([first.id, second.id]) },
      { usernameLower: 'casey_jones', userIds: expect.arrayContaining([lower.id, upper.id]) },
    ]);
    const limited = await api.get('/sign-in-exp/username-policy/case-sensitivity-conflicts?limit=1');
    expect([limited.body.totalConflicts, limited.body.samples.length]).toEqual([2, 1]);
    expect((await api.get('/sign-in-exp/username-policy/case-sensitivity-conflicts?limit=0')).status).toBe(400);
    expect((await anonymous('GET', '/sign-in-exp/username-policy/case-sensitivity-conflicts')).status).toBe(401);
  });

  it('sends a code by email and checks it once; a wrong code counts a try', async () => {
    const sent = await api.post('/verification-codes', { email: 'Backend.User@Example.com' });
    expect(sent.status).toBe(204);
    expect(fakes.smtp.messages.at(-1)?.to).toEqual(['backend.user@example.com']);
    const code = lastMailCode();
    const wrong = await api.post('/verification-codes/verify', {
      email: 'backend.user@example.com',
      verificationCode: code === '000000' ? '111111' : '000000',
    });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'verification_code.code_mismatch']);
    const right = await api.post('/verification-codes/verify', {
      email: 'backend.user@example.com',
      verificationCode: code,
    });
    expect(right.status).toBe(204);
    const again = await api.post('/verification-codes/verify', {
      email: 'backend.user@example.com',
      verificationCode: code,
    });
    expect([again.status, again.body.code]).toEqual([400, 'verification_code.not_found']);
    // Only the code's salted hash is stored.
    const rows = await server.services.db.selectFrom('management_verification_codes').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(code);
  });

  it('sends a code by SMS; too many wrong tries and expiry refuse even the right code', async () => {
    expect((await api.post('/verification-codes', { phone: '+1 555 000 2222' })).status).toBe(204);
    expect(fakes.twilio.messages.at(-1)?.to).toContain('15550002222');
    const code = lastSmsCode();
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt++)
      expect(
        (await api.post('/verification-codes/verify', { phone: '15550002222', verificationCode: wrongCode })).body.code,
      ).toBe('verification_code.code_mismatch');
    const blocked = await api.post('/verification-codes/verify', { phone: '15550002222', verificationCode: code });
    expect([blocked.status, blocked.body.code]).toEqual([400, 'verification_code.exceed_max_try']);

    // A new code replaces the old one and its count.
    expect((await api.post('/verification-codes', { phone: '15550002222' })).status).toBe(204);
    const fresh = lastSmsCode();
    await server.services.db
      .updateTable('management_verification_codes')
      .set({ expires_at: Date.now() - 1 })
      .execute();
    const expired = await api.post('/verification-codes/verify', { phone: '15550002222', verificationCode: fresh });
    expect([expired.status, expired.body.code]).toEqual([400, 'verification_code.expired']);
  });

  it('refuses bad addresses, bad bodies, read-only tokens and no token', async () => {
    const badEmail = await api.post('/verification-codes', { email: 'not-an-email' });
    expect([badEmail.status, badEmail.body.code]).toEqual([400, 'guard.invalid_email']);
    expect((await api.post('/verification-codes', { email: 'a@example.com', phone: '15550003333' })).status).toBe(400);
    expect((await api.post('/verification-codes', {})).status).toBe(400);
    expect((await api.post('/verification-codes/verify', { email: 'a@example.com' })).status).toBe(400);
    const never = await api.post('/verification-codes/verify', {
      email: 'nobody@example.com',
      verificationCode: '123456',
    });
    expect([never.status, never.body.code]).toEqual([400, 'verification_code.not_found']);
    expect((await reader.post('/verification-codes', { email: 'a@example.com' })).status).toBe(403);
    expect(
      (await reader.post('/verification-codes/verify', { email: 'a@example.com', verificationCode: '1' })).status,
    ).toBe(403);
    expect((await anonymous('POST', '/verification-codes', { email: 'a@example.com' })).status).toBe(401);
  });

  it('answers 501 for protected apps, which Tessera does not have', async () => {
    const answer = await api.get('/systems/application');
    expect([answer.status, answer.body.code]).toEqual([501, 'application.protected_app_not_configured']);
    expect((await reader.get('/systems/application')).status).toBe(501);
    expect((await anonymous('GET', '/systems/application')).status).toBe(401);
  });
});
