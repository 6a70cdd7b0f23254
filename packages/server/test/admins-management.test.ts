import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/admin-token.js';
import { apiClient, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const passphrase = 'a long admin passphrase';

describe(`administrators and their roles (${dialect})`, () => {
  let server: TestServer;
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('creates the first Owner from the setup code once, while no Owner exists; a refused password keeps the code', async () => {
    const { admins } = server.services;
    const first = await admins.ensureSetupCode();
    const code = await admins.ensureSetupCode();
    expect(first && code && first !== code).toBe(true);
    // A newer code replaces the older one.
    expect((await post('/console/setup', { code: first, username: 'owner', password: passphrase })).body.code).toBe(
      'admins.setup_code_invalid',
    );
    expect(
      (await post('/console/setup', { code: 'x'.repeat(32), username: 'owner', password: passphrase })).status,
    ).toBe(400);
    const weak = await post('/console/setup', { code, username: 'owner', password: 'short' });
    expect(weak).toMatchObject({ status: 422, body: { code: 'password.rejected' } });
    const missing = await post('/console/setup', { code, password: passphrase });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.data)).toContain('username');

    const created = await post('/console/setup', { code, username: 'owner', password: passphrase, name: 'Olga' });
    expect(created).toMatchObject({ status: 201, body: { username: 'owner', role: 'owner', name: 'Olga' } });
    expect(created.body.password).toBeUndefined();
    expect((await post('/console/setup', { code, username: 'owner2', password: passphrase })).status).toBe(400);
    expect(await admins.ensureSetupCode()).toBeUndefined();
    // Not an end user: the main realm has no such account.
    expect((await server.services.users.list({ search: 'owner' }, { offset: 0, limit: 10 })).total).toBe(0);
  });

  it('gives each role its permissions: the Owner everything, the Admin all but administrators, the Viewer reads', async () => {
    const owner = await adminApi(server, { username: 'owner', password: passphrase });
    expect(owner.scope?.split(' ').sort()).toEqual(['admins:manage', 'all']);
    expect((await owner.get('/admins/me')).body).toMatchObject({ username: 'owner', role: 'owner' });
    expect((await owner.post('/applications', { name: 'By the owner', type: 'SPA' })).status).toBe(200);

    const made = await owner.post('/admins', { username: 'ada', role: 'admin', password: passphrase });
    expect(made).toMatchObject({ status: 201, body: { username: 'ada', role: 'admin' } });
    const viewerMade = await owner.post('/admins', { username: 'vic', role: 'viewer' });
    expect(viewerMade.status).toBe(201);
    // No password given: one is generated, answered this once, and works.
    const generated = viewerMade.body.password as string;
    expect(generated.length).toBeGreaterThanOrEqual(12);
    expect((await owner.get(`/admins/${viewerMade.body.id}`)).body.password).toBeUndefined();

    const admin = await adminApi(server, { username: 'ada', password: passphrase });
    expect(admin.scope).toBe('all');
    expect((await admin.post('/applications', { name: 'By the admin', type: 'SPA' })).status).toBe(200);
    expect((await admin.get('/admins')).status).toBe(200);
    expect((await admin.post('/admins', { username: 'eve', role: 'owner', password: passphrase })).status).toBe(403);
    expect((await admin.patch(`/admins/${made.body.id}`, { role: 'owner' })).status).toBe(403);

    const viewer = await adminApi(server, { username: 'vic', password: generated });
    expect(viewer.scope).toBe('read');
    const apps = await viewer.get('/applications');
    expect(apps.status).toBe(200);
    expect(apps.body.length).toBeGreaterThanOrEqual(2);
    for (const [method, path, body] of [
      ['POST', '/applications', { name: 'By the viewer', type: 'SPA' }],
      ['PATCH', '/sign-in-exp', { signInMode: 'SignIn' }],
      ['GET', `/applications/${apps.body[0].id}/secrets`, undefined],
      ['POST', '/admins/invitations', { email: 'x@example.com', role: 'owner' }],
      ['DELETE', `/admins/${made.body.id}`, undefined],
    ] as const) {
      const answer = await viewer.call(method, path, body);
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.body.code).toBe('auth.forbidden');
    }
    expect((await viewer.get('/admins/me')).body).toMatchObject({ role: 'viewer', scopes: ['read'] });
  });

  it("refuses the end users' realm at the administrators' routes, whatever its token holds", async () => {
    const m2m = await managementApi(server);
    expect((await m2m.get('/applications')).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/admins'],
      ['GET', '/admins/me'],
      ['POST', '/admins'],
      ['GET', '/admins/invitations'],
    ] as const) {
      const answer = await m2m.call(method, path, method === 'POST' ? { username: 'm', role: 'owner' } : undefined);
      expect(answer.status, `${method} ${path}`).toBe(403);
    }
    // A token signed by the admin realm's keys but naming the main issuer, or the reverse, fails verification.
    const owner = await adminApi(server, { username: 'owner', password: passphrase });
    const [header, payload, signature] = owner.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    const forged = [
      header,
      Buffer.from(JSON.stringify({ ...claims, iss: server.issuer })).toString('base64url'),
      signature,
    ].join('.');
    expect((await apiClient(server, forged).get('/applications')).status).toBe(401);
  });

  it('applies a role change or removal to tokens already issued, without waiting for them to expire', async () => {
    const owner = await adminApi(server, { username: 'owner', password: passphrase });
    await owner.post('/admins', { username: 'tmp_admin', role: 'admin', password: passphrase });
    const tmp = await adminApi(server, { username: 'tmp_admin', password: passphrase });
    const id = (await tmp.get('/admins/me')).body.id as string;
    expect((await tmp.post('/applications', { name: 'Before', type: 'SPA' })).status).toBe(200);

    expect((await owner.patch(`/admins/${id}`, { role: 'viewer' })).body.role).toBe('viewer');
    expect((await tmp.post('/applications', { name: 'After', type: 'SPA' })).status).toBe(403);
    expect((await tmp.get('/applications')).status).toBe(403);
    expect((await owner.delete(`/admins/${id}`)).status).toBe(204);
    expect((await tmp.get('/admins/me')).status).toBe(403);
    expect((await owner.get(`/admins/${id}`)).status).toBe(404);
  });

  it('keeps the last Owner: no demotion or removal of them, even by two Owners demoting each other at once', async () => {
    const owner = await adminApi(server, { username: 'owner', password: passphrase });
    const me = (await owner.get('/admins/me')).body.id as string;
    for (const answer of [await owner.patch(`/admins/${me}`, { role: 'admin' }), await owner.delete(`/admins/${me}`)])
      expect(answer).toMatchObject({ status: 422, body: { code: 'admins.last_owner' } });

    const second = await owner.post('/admins', { username: 'owner_two', role: 'owner', password: passphrase });
    const results = await Promise.all([
      owner.patch(`/admins/${second.body.id}`, { role: 'viewer' }),
      owner.patch(`/admins/${me}`, { role: 'viewer' }),
    ]);
    // One wins. The other is refused as the last Owner (422), or, when the self-demotion landed
    // first, because its caller is no longer an Owner (403): either way one Owner remains.
    const statuses = results.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 422]).toContain(statuses[1]);
    const owners = (await server.services.admins.list()).items.filter((entry) => entry.role === 'owner');
    expect(owners).toHaveLength(1);
    // Put things back for the next tests: the remaining Owner promotes the other.
    const remaining =
      owners[0]?.username === 'owner' ? owner : await adminApi(server, { username: 'owner_two', password: passphrase });
    const other = owners[0]?.id === me ? second.body.id : me;
    expect((await remaining.patch(`/admins/${other}`, { role: 'owner' })).status).toBe(200);
  });

  it('invites an administrator by a link that works once; revoked and used invitations are refused', async () => {
    const owner = await adminApi(server, { username: 'owner', password: passphrase });
    const invited = await owner.post('/admins/invitations', { email: 'Vera@Example.com', role: 'viewer' });
    expect(invited).toMatchObject({
      status: 201,
      body: { email: 'vera@example.com', role: 'viewer', status: 'active' },
    });
    const link = new URL(invited.body.link);
    expect(link.pathname).toBe('/console/accept');
    const token = link.hash.replace('#token=', '');

    expect((await post('/console/invitations/accept', { token, username: 'vera', password: 'short' })).status).toBe(
      422,
    );
    const accepted = await post('/console/invitations/accept', { token, username: 'vera', password: passphrase });
    expect(accepted).toMatchObject({
      status: 201,
      body: { username: 'vera', role: 'viewer', primaryEmail: 'vera@example.com' },
    });
    const again = await post('/console/invitations/accept', { token, username: 'vera2', password: passphrase });
    expect(again).toMatchObject({ status: 400, body: { code: 'admins.invitation_invalid' } });
    expect((await adminApi(server, { username: 'vera', password: passphrase })).scope).toBe('read');

    const other = await owner.post('/admins/invitations', { email: 'sam@example.com', role: 'admin' });
    expect((await owner.delete(`/admins/invitations/${other.body.id}`)).status).toBe(204);
    const revoked = await post('/console/invitations/accept', {
      token: new URL(other.body.link).hash.replace('#token=', ''),
      username: 'sam',
      password: passphrase,
    });
    expect(revoked.body.code).toBe('admins.invitation_invalid');
    const list = (await owner.get('/admins/invitations')).body as Array<{ email: string; status: string }>;
    expect(list.map((entry) => [entry.email, entry.status]).sort()).toEqual([
      ['sam@example.com', 'revoked'],
      ['vera@example.com', 'consumed'],
    ]);
    expect(JSON.stringify(list)).not.toContain(token);
  });

  it("lets an administrator ask for two-step set-up again, and an Owner clear another's lost factors", async () => {
    const owner = await adminApi(server, { username: 'owner', password: passphrase });
    const vera = await adminApi(server, { username: 'vera', password: passphrase });
    const veraId = (await vera.get('/admins/me')).body.id as string;
    const { admin } = server.services;
    // Vera skipped the prompt at sign-in (the test sign-in does) and has no factor.
    expect((await admin.users.logtoConfig(veraId)).mfa?.skipped).toBe(true);
    expect((await vera.get('/admins/me/mfa-verifications')).body).toEqual([]);
    expect((await vera.post('/admins/me/mfa-prompt')).status).toBe(204);
    expect((await admin.users.logtoConfig(veraId)).mfa?.skipped).toBe(false);

    await admin.userMfa.create(veraId, { type: 'Totp' });
    const listed = (await vera.get('/admins/me/mfa-verifications')).body;
    expect(listed).toEqual([expect.objectContaining({ type: 'Totp' })]);
    expect(JSON.stringify(listed)).not.toContain('secret');
    // A Viewer cannot clear factors, not even their own; an Owner can.
    expect((await vera.delete(`/admins/${veraId}/mfa-verifications`)).status).toBe(403);
    expect((await owner.delete(`/admins/${veraId}/mfa-verifications`)).status).toBe(204);
    expect(await admin.userMfa.list(veraId)).toEqual([]);
    expect((await owner.delete('/admins/nobody/mfa-verifications')).status).toBe(404);
  });

  it("lets an Owner require two-step verification and lengthen administrators' passwords, never shorten them below 12", async () => {
    const owner = await adminApi(server, { username: 'owner', password: passphrase });
    const viewer = await adminApi(server, { username: 'vera', password: passphrase });
    const before = (await viewer.get('/admins/sign-in-policy')).body;
    expect(before).toMatchObject({ mfaPolicy: 'PromptAtSignInAndSignUp', passwordPolicy: { length: { min: 12 } } });
    expect((await viewer.patch('/admins/sign-in-policy', { mfaPolicy: 'Mandatory' })).status).toBe(403);

    const short = await owner.patch('/admins/sign-in-policy', {
      passwordPolicy: { ...before.passwordPolicy, length: { min: 8, max: 256 } },
    });
    expect(short).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
    expect(short.body.details).toContain('at least 12 characters');
    expect((await owner.patch('/admins/sign-in-policy', { mfaPolicy: 'NoPrompt' })).status).toBe(400);

    const raised = await owner.patch('/admins/sign-in-policy', {
      mfaPolicy: 'Mandatory',
      passwordPolicy: { ...before.passwordPolicy, length: { min: 16, max: 256 } },
    });
    expect(raised.body).toMatchObject({ mfaPolicy: 'Mandatory', passwordPolicy: { length: { min: 16 } } });
    // The admin sign-in page reads the same policy; the end users' policy is untouched.
    const adminPage = await (await fetch(`${server.url}/admin/api/.well-known/sign-in-exp`)).json();
    expect(adminPage.mfa).toEqual({ policy: 'Mandatory', factors: ['Totp', 'WebAuthn', 'BackupCode'] });
    const endUsers = await (await fetch(`${server.url}/api/.well-known/sign-in-exp`)).json();
    expect(endUsers.mfa.policy).not.toBe('Mandatory');
    expect((await owner.patch('/admins/sign-in-policy', before)).body).toEqual(before);
  });

  it('limits attempts at the setup and invitation links per client address', async () => {
    let answer = await post('/console/setup', { code: 'guess', username: 'x_user', password: passphrase });
    for (let tries = 1; answer.status !== 429 && tries < 30; tries++)
      answer = await post('/console/setup', { code: `guess${tries}`, username: 'x_user', password: passphrase });
    expect(answer).toMatchObject({ status: 429, body: { code: 'admins.too_many_attempts' } });
    const accept = await post('/console/invitations/accept', { token: 'x', username: 'x_user', password: passphrase });
    expect(accept.status).toBe(429);
  });
});
