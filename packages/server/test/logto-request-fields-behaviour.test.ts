import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeSignInMethods } from './support/code-connectors.js';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { apiClient, clientCredentialsToken } from './support/management-client.js';
import { dialect } from './support/server.js';

/** The Logto request fields Tessera acts on (beyond storing them), through the public APIs. */
describe(`Logto request fields that change behaviour (${dialect})`, () => {
  let run: CodeSignInServer;

  beforeAll(async () => {
    run = await startCodeSignInServer();
  });
  afterAll(() => run?.close());

  const sendCode = async (event: string, email: string) => {
    const browser = await run.interaction(event);
    return browser.api('POST', '/verification/verification-code', {
      identifier: { type: 'email', value: email },
      interactionEvent: event,
    });
  };

  it('emailBlocklistPolicy refuses subaddresses and blocked addresses at sign-up, not at sign-in', async () => {
    const { api } = run;
    const patched = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: false, verify: true },
      emailBlocklistPolicy: {
        blockSubaddressing: true,
        customBlocklist: ['@blocked.example.com', 'someone@example.com'],
        customAllowlist: ['boss@blocked.example.com'],
      },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);

    const subaddress = await sendCode('Register', 'ada+news@example.com');
    expect(subaddress.status).toBe(422);
    expect(subaddress.body.code).toBe('session.email_blocklist.email_subaddressing_not_allowed');

    for (const email of ['eve@blocked.example.com', 'Someone@Example.com']) {
      const blocked = await sendCode('Register', email);
      expect(blocked.status, email).toBe(422);
      expect(blocked.body.code).toBe('session.email_blocklist.email_not_allowed');
      expect(blocked.body.message).toContain(email.toLowerCase());
    }
    const mailsBefore = run.fakes.smtp.messages.length;
    expect((await sendCode('Register', 'boss@blocked.example.com')).status).toBe(200);
    expect((await sendCode('Register', 'ada@example.com')).status).toBe(200);
    expect(run.fakes.smtp.messages.length).toBe(mailsBefore + 2);

    // An administrator may still create such a user, and that user still signs in by code.
    expect((await api.post('/users', { primaryEmail: 'eve+ops@blocked.example.com' })).status).toBe(200);
    expect((await sendCode('SignIn', 'eve+ops@blocked.example.com')).status).toBe(200);

    // The pages' public settings never show the list.
    const publicView = await fetch(`${run.server.url}/api/.well-known/sign-in-exp`).then((r) => r.json());
    expect(publicView).not.toHaveProperty('emailBlocklistPolicy');
    expect(JSON.stringify(publicView)).not.toContain('blocked.example.com');

    // Off again: the same address is accepted.
    expect((await api.patch('/sign-in-exp', { emailBlocklistPolicy: {} })).status).toBe(200);
    expect((await sendCode('Register', 'ada+news@example.com')).status).toBe(200);
  });

  it('sentinelPolicy.maxAttempts locks an identifier after that many password attempts', async () => {
    const { api } = run;
    expect((await api.post('/users', { username: 'sentinel_user', password: 'Correct horse 9' })).status).toBe(200);
    const patched = await api.patch('/sign-in-exp', {
      signIn: {
        methods: [
          ...codeSignInMethods.filter((method) => method.identifier !== 'username'),
          { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
        ],
      },
      sentinelPolicy: { maxAttempts: 2, lockoutDuration: 5 },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const browser = await run.interaction('SignIn');
    const attempt = (password: string) =>
      browser.api('POST', '/verification/password', {
        identifier: { type: 'username', value: 'sentinel_user' },
        password,
      });
    expect((await attempt('wrong 1')).status).toBe(422);
    expect((await attempt('wrong 2')).status).toBe(422);
    const locked = await attempt('Correct horse 9');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('session.verification_blocked_too_many_attempts');

    // Another identifier is counted on its own.
    expect((await api.post('/users', { username: 'sentinel_other', password: 'Correct horse 9' })).status).toBe(200);
    const other = await browser.api('POST', '/verification/password', {
      identifier: { type: 'username', value: 'sentinel_other' },
      password: 'Correct horse 9',
    });
    expect(other.status).toBe(200);
  });

  it('unknownSessionRedirectUrl: a sign-in page opened without an interaction redirects there', async () => {
    const { api, server } = run;
    const page = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });
    expect((await page('/sign-in')).status).toBe(200);

    const target = 'https://app.example.com/start-again';
    expect((await api.patch('/sign-in-exp', { unknownSessionRedirectUrl: target })).status).toBe(200);
    for (const path of ['/sign-in', '/register', '/forgot-password']) {
      const answer = await page(path);
      expect(answer.status, path).toBe(302);
      expect(answer.headers.get('location')).toBe(target);
    }
    // With a live interaction the page is served, and the console's preview always is.
    const browser = await run.interaction('SignIn');
    const withInteraction = await browser.request('/sign-in');
    expect(withInteraction.status).toBe(200);
    expect((await page('/sign-in?preview=1')).status).toBe(200);

    expect((await api.patch('/sign-in-exp', { unknownSessionRedirectUrl: null })).status).toBe(200);
    expect((await page('/sign-in')).status).toBe(200);
  });

  it('isAdmin gives a machine-to-machine app Management API access, and takes it back', async () => {
    const { api, server } = run;
    const created = await api.post('/applications', { name: 'ops robot', type: 'MachineToMachine' });
    const credentials = { clientId: created.body.id, clientSecret: created.body.secret };
    const managementToken = () =>
      clientCredentialsToken(server, credentials, { resource: server.config.managementApiIndicator, scope: 'all' });

    expect((await api.get(`/applications/${created.body.id}`)).body.isAdmin).toBe(false);
    const granted = await api.patch(`/applications/${created.body.id}`, { isAdmin: true });
    expect(granted.status).toBe(200);
    expect(granted.body.isAdmin).toBe(true);
    const token = await managementToken();
    expect(token.status).toBe(200);
    expect(token.body.scope).toBe('all');
    expect((await apiClient(server, token.body.access_token).get('/users')).status).toBe(200);

    const revoked = await api.patch(`/applications/${created.body.id}`, { isAdmin: false });
    expect(revoked.body.isAdmin).toBe(false);
    const after = await managementToken();
    expect(after.body.scope ?? '').not.toContain('all');

    const spa = await api.post('/applications', { name: 'spa', type: 'SPA' });
    const refused = await api.patch(`/applications/${spa.body.id}`, { isAdmin: true });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('application.invalid_type');
  });

  it('GET /applications?excludeOrganizationId leaves out the organization’s applications', async () => {
    const { api } = run;
    const inside = await api.post('/applications', { name: 'org robot', type: 'MachineToMachine' });
    const outside = await api.post('/applications', { name: 'free robot', type: 'MachineToMachine' });
    const organization = await api.post('/organizations', { name: 'Exclusion org' });
    expect(
      (await api.post(`/organizations/${organization.body.id}/applications`, { applicationIds: [inside.body.id] }))
        .status,
    ).toBe(201);
    const listed = await api.get(`/applications?excludeOrganizationId=${organization.body.id}&page_size=100`);
    expect(listed.status).toBe(200);
    const ids = listed.body.map((app: { id: string }) => app.id);
    expect(ids).toContain(outside.body.id);
    expect(ids).not.toContain(inside.body.id);
  });

  it('a connector created with Logto’s `id` keeps it; the same id twice is refused', async () => {
    const { api } = run;
    const body = {
      id: 'my-oauth',
      connectorId: 'oauth2',
      metadata: { target: 'my-oauth' },
      config: {
        authorizationEndpoint: 'https://idp.example.com/authorize',
        tokenEndpoint: 'https://idp.example.com/token',
        userInfoEndpoint: 'https://idp.example.com/userinfo',
        clientId: 'c',
        clientSecret: 's',
      },
    };
    const created = await api.post('/connectors', body);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.id).toBe('my-oauth');
    expect((await api.get('/connectors/my-oauth')).status).toBe(200);
    const again = await api.post('/connectors', { ...body, metadata: { target: 'other-oauth' } });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('connector.id_exists');
  });
});
