import { createHash } from 'node:crypto';
import type * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpConfig } from './fakes/configs.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, createUser, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { appCallback, socialApp } from './support/social-sign-in.js';

/**
 * Logto's magic links: one-time tokens made with the Management API, then an openid-client
 * app's authorization request with `one_time_token` and `login_hint`, driven through the
 * Experience API the way the sign-in page drives it.
 */
describe(`one-time tokens and magic links (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let config: oidc.Configuration;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    ids.org = (await api.post('/organizations', { name: 'Invited Corp' })).body.id;
    ids.member = (await api.post('/organization-roles', { name: 'member' })).body.id;
    await api.post(`/organizations/${ids.org}/jit/roles`, { organizationRoleIds: [ids.member] });
    // Sign-up by email alone (which needs an email connector; nothing is sent here): a magic
    // link can then create the account with nothing more to ask.
    const email = await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: smtpConfig(9),
    });
    expect(email.status, JSON.stringify(email.body)).toBe(200);
    const patched = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['email'], password: false, verify: true },
      signIn: {
        methods: [
          { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
          { identifier: 'email', password: false, verificationCode: true, isPasswordPrimary: false },
        ],
      },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
  });

  const createToken = async (body: Record<string, unknown>) => {
    const created = await api.post('/one-time-tokens', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as { id: string; token: string; email: string; status: string; expiresAt: number };
  };

  /** The magic link an app composes: its authorization request with the token and the email. */
  async function openMagicLink(token: string, email: string, browser = new Browser(server.url)) {
    const request = await authorizationRequest(config, {
      redirect_uri: appCallback,
      scope: 'openid email',
      one_time_token: token,
      login_hint: email,
    });
    const landing = await browser.follow(request.url);
    await landing.response?.body?.cancel();
    return { browser, request, page: landing.url };
  }

  /**
   * Follows the redirects back to the app. When the browser was signed in as another user,
   * oidc-provider first answers a self-submitting form that ends the old session (a browser
   * posts it by script); post it as the browser would, then go on.
   */
  async function followToApp(browser: Browser, url: string) {
    let landing = await browser.follow(url);
    for (let forms = 0; !landing.leftServer && forms < 2; forms++) {
      const html = (await landing.response?.text()) ?? '';
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
      expect(action, html).toBeDefined();
      const inputs = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)];
      const posted = await browser.request(new URL((action as string).replace(/&amp;/g, '&'), server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(inputs.map(([, name, value]) => [name as string, value as string])),
      });
      await posted.body?.cancel();
      landing = await browser.follow(new URL(posted.headers.get('location') as string, server.url));
    }
    expect(landing.leftServer).toBe(true);
    return landing;
  }

  /** What the page does with it: verify the token, sign in (or register on user.user_not_exist), submit. */
  async function useMagicLink(token: string, email: string, inBrowser?: Browser) {
    const { browser, request, page } = await openMagicLink(token, email, inBrowser);
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const verified = await browser.api('POST', '/verification/one-time-token/verify', {
      identifier: { type: 'email', value: email },
      token,
    });
    if (verified.status !== 200) return { verified, page };
    const { verificationId } = verified.body;
    let identified = await browser.api('POST', '/identification', { verificationId });
    const signInAnswer = identified;
    if (identified.status === 404 && identified.body.code === 'user.user_not_exist') {
      expect((await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' })).status).toBe(204);
      identified = await browser.api('POST', '/identification', { verificationId });
    }
    expect(identified.status, JSON.stringify(identified.body)).toBeLessThan(300);
    const submit = await browser.api('POST', '/submit');
    expect(submit.status, JSON.stringify(submit.body)).toBe(200);
    const atApp = await followToApp(browser, submit.body.redirectTo);
    const tokens = await redeemCode(config, request, atApp.url);
    return { verified, page, signInAnswer, identified, claims: tokens.claims() as oidc.IDToken };
  }

  it('creates a token (default 10 minutes) and keeps only its hash; reads never answer the token', async () => {
    const before = Date.now();
    const created = await createToken({ email: 'Ada@Example.com', context: { jitOrganizationIds: ['org-1'] } });
    expect(created).toMatchObject({
      tenantId: 'default',
      email: 'ada@example.com',
      status: 'active',
      context: { jitOrganizationIds: ['org-1'] },
    });
    expect(created.token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(created.expiresAt).toBeGreaterThanOrEqual(before + 600_000);
    expect(created.expiresAt).toBeLessThanOrEqual(Date.now() + 600_000);

    const row = await server.services.db
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const read = await api.get(`/one-time-tokens/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ ...created, token: undefined });
    expect(read.body).not.toHaveProperty('token');
    const listed = await api.get('/one-time-tokens?email=ada%40example.com&status=active&page=1&page_size=5');
    expect(listed.headers.get('total-number')).toBe('1');
    expect(listed.body.map((t: { id: string }) => t.id)).toEqual([created.id]);
    expect(listed.body[0]).not.toHaveProperty('token');

    const short = await createToken({ email: 'ada@example.com', expiresIn: 30 });
    expect(short.expiresAt).toBeLessThanOrEqual(Date.now() + 30_000);
  });

  it('refuses bad input with 400 and unknown ids with 404, and needs a Management API token', async () => {
    for (const body of [{ email: 'not-an-email' }, { email: 'a@b.co', expiresIn: 0 }, { email: 'a@b.co', extra: 1 }]) {
      const answer = await api.post('/one-time-tokens', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.code).toBe('guard.invalid_input');
    }
    expect((await api.get('/one-time-tokens/nope')).status).toBe(404);
    expect((await api.put('/one-time-tokens/nope/status', { status: 'revoked' })).status).toBe(404);
    expect((await api.delete('/one-time-tokens/nope')).status).toBe(404);
    const anonymous = await fetch(`${server.url}/api/one-time-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.co' }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('verifies through the Management API once, for its email only; revoked tokens stay refused, never reactivated', async () => {
    const created = await createToken({ email: 'bo@example.com' });
    const wrongEmail = await api.post('/one-time-tokens/verify', { email: 'eve@example.com', token: created.token });
    expect([wrongEmail.status, wrongEmail.body.code]).toEqual([400, 'one_time_token.email_mismatch']);
    const wrongToken = await api.post('/one-time-tokens/verify', { email: 'bo@example.com', token: 'x'.repeat(32) });
    expect([wrongToken.status, wrongToken.body.code]).toEqual([404, 'one_time_token.token_not_found']);
    const first = await api.post('/one-time-tokens/verify', { email: 'BO@example.com', token: created.token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: created.id, status: 'consumed' });
    const second = await api.post('/one-time-tokens/verify', { email: 'bo@example.com', token: created.token });
    expect([second.status, second.body.code]).toEqual([400, 'one_time_token.token_consumed']);

    const revoked = await createToken({ email: 'bo@example.com' });
    const reactivate = await api.put(`/one-time-tokens/${revoked.id}/status`, { status: 'active' });
    expect([reactivate.status, reactivate.body.code]).toEqual([400, 'one_time_token.cannot_reactivate_token']);
    const revoke = await api.put(`/one-time-tokens/${revoked.id}/status`, { status: 'revoked' });
    expect([revoke.status, revoke.body.status]).toEqual([200, 'revoked']);
    const afterRevoke = await api.post('/one-time-tokens/verify', { email: 'bo@example.com', token: revoked.token });
    expect([afterRevoke.status, afterRevoke.body.code]).toEqual([400, 'one_time_token.token_revoked']);

    expect((await api.delete(`/one-time-tokens/${revoked.id}`)).status).toBe(204);
    expect((await api.get(`/one-time-tokens/${revoked.id}`)).status).toBe(404);
  });

  it('sends the magic link to the sign-in page with the token and email, and keeps them in the interaction', async () => {
    const created = await createToken({ email: 'cy@example.com' });
    const { browser, page } = await openMagicLink(created.token, 'cy@example.com');
    expect(page.pathname).toBe('/sign-in');
    expect(page.searchParams.get('one_time_token')).toBe(created.token);
    expect(page.searchParams.get('login_hint')).toBe('cy@example.com');
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const details = await browser.api('GET', '/interaction');
    expect(details.body.params).toMatchObject({ one_time_token: created.token, login_hint: 'cy@example.com' });
  });

  it('signs a new user up with the verified email and joins the organizations the token names, with their JIT roles', async () => {
    const created = await createToken({
      email: 'Newcomer@Example.com',
      context: { jitOrganizationIds: [ids.org as string, 'no-such-organization'] },
    });
    const result = await useMagicLink(created.token, 'newcomer@example.com');
    expect(result.signInAnswer?.body.code).toBe('user.user_not_exist');
    expect(result.identified?.status).toBe(201);
    expect(result.claims).toMatchObject({ email: 'newcomer@example.com', email_verified: true });
    const userId = result.claims?.sub as string;
    expect((await api.get(`/users/${userId}`)).body).toMatchObject({ primaryEmail: 'newcomer@example.com' });
    expect((await api.get(`/users/${userId}/organizations`)).body.map((o: { id: string }) => o.id)).toEqual([ids.org]);
    const roles = (await api.get(`/organizations/${ids.org}/users/${userId}/roles`)).body;
    expect(roles.map((r: { id: string }) => r.id)).toEqual([ids.member]);
    expect((await api.get(`/one-time-tokens/${created.id}`)).body.status).toBe('consumed');
  });

  it('signs an existing user in by the email the token was made for', async () => {
    const user = await createUser(server, { primaryEmail: 'regular@example.com' });
    const created = await createToken({ email: 'regular@example.com' });
    const result = await useMagicLink(created.token, 'regular@example.com');
    expect(result.signInAnswer?.status).toBe(204);
    expect(result.claims?.sub).toBe(user.id);
  });

  it("signs the link's user in even where the browser is signed in as someone else", async () => {
    const browser = new Browser(server.url);
    const first = await createToken({ email: 'first@example.com' });
    const firstUser = (await useMagicLink(first.token, 'first@example.com', browser)).claims;
    const second = await createToken({ email: 'second@example.com' });
    const result = await useMagicLink(second.token, 'second@example.com', browser);
    expect(result.page?.pathname).toBe('/sign-in');
    expect(result.claims?.email).toBe('second@example.com');
    expect(result.claims?.sub).not.toBe(firstUser?.sub);
    // Without a link, the same browser's session answers the app at once (single sign-on).
    const request = await authorizationRequest(config, { redirect_uri: appCallback, scope: 'openid email' });
    const sso = await browser.follow(request.url);
    expect(sso.leftServer).toBe(true);
    expect((await redeemCode(config, request, sso.url)).claims()?.sub).toBe(result.claims?.sub);
  });

  it('refuses a used token, an expired one (marking it expired) and a token for another email', async () => {
    const used = await createToken({ email: 'twice@example.com' });
    await useMagicLink(used.token, 'twice@example.com');
    const again = await useMagicLink(used.token, 'twice@example.com');
    expect([again.verified.status, again.verified.body.code]).toEqual([400, 'one_time_token.token_consumed']);

    const lapsed = await createToken({ email: 'late@example.com' });
    await server.services.db
      .updateTable('one_time_tokens')
      .set({ expires_at: Date.now() - 1000 })
      .where('id', '=', lapsed.id)
      .execute();
    const late = await useMagicLink(lapsed.token, 'late@example.com');
    expect([late.verified.status, late.verified.body.code]).toEqual([400, 'one_time_token.token_expired']);
    expect((await api.get(`/one-time-tokens/${lapsed.id}`)).body.status).toBe('expired');

    const other = await createToken({ email: 'owner@example.com' });
    const stolen = await useMagicLink(other.token, 'thief@example.com');
    expect([stolen.verified.status, stolen.verified.body.code]).toEqual([400, 'one_time_token.email_mismatch']);
    expect((await api.get(`/one-time-tokens/${other.id}`)).body.status).toBe('active');
  });

  it('creates the account even where sign-up is closed, as Logto does, while plain sign-up stays refused', async () => {
    expect((await api.patch('/sign-in-exp', { signInMode: 'SignIn' })).status).toBe(200);
    try {
      const created = await createToken({ email: 'invited@example.com' });
      const { browser } = await openMagicLink(created.token, 'invited@example.com');
      expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
      const closed = await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' });
      expect([closed.status, closed.body.code]).toEqual([403, 'user.sign_up_not_allowed']);

      const result = await useMagicLink(created.token, 'invited@example.com');
      expect(result.identified?.status).toBe(201);
      expect(result.claims?.email).toBe('invited@example.com');
    } finally {
      await api.patch('/sign-in-exp', { signInMode: 'SignInAndRegister' });
    }
  });
});
