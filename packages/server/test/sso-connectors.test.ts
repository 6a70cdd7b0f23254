import * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OidcFake, oidcClient, startOidcFake } from './fakes/oidc-provider-fake.js';
import { apiClient, type ManagementApi, managementApi, readOnlyApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { connectorDataOf, consentAtProvider, openInteraction, socialApp } from './support/social-sign-in.js';

type Json = Record<string, any>;

/**
 * Enterprise SSO connectors (Logto's `/api/sso-connectors`) and the Experience API's SSO steps
 * against a local OpenID Connect provider: secrets sealed and masked, domains owned once, a
 * person sent to their company's provider by email domain, signed in, provisioned into the
 * connector's JIT organization; untrusted emails never link, forged callbacks are refused.
 */
describe(`enterprise SSO with OpenID Connect (${dialect})`, () => {
  let server: TestServer;
  let idp: OidcFake;
  let api: ManagementApi;
  let config: oidc.Configuration;
  let connectorId: string;
  let organizationId: string;
  let jitRoleId: string;
  const oidcConfig = () => ({ issuer: idp.url, ...oidcClient, scope: 'profile email' });

  beforeAll(async () => {
    idp = await startOidcFake();
    server = await startTestServer();
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    await server.services.signInExperience.update({ singleSignOnEnabled: true });
    const created = await api.post('/sso-connectors', {
      providerName: 'OIDC',
      connectorName: 'Acme OIDC',
      config: oidcConfig(),
      domains: ['acme.test'],
      syncProfile: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    connectorId = created.body.id;
    organizationId = (await api.post('/organizations', { name: 'Acme' })).body.id;
    jitRoleId = (await api.post('/organization-roles', { name: 'acme-member' })).body.id;
    expect(
      (await api.post(`/organizations/${organizationId}/jit/roles`, { organizationRoleIds: [jitRoleId] })).status,
    ).toBe(201);
    const linked = await api.post(`/organizations/${organizationId}/jit/sso-connectors`, {
      ssoConnectorIds: [connectorId],
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
  });
  beforeEach(() => {
    idp.settings.tamper = 'none';
  });
  afterEach(() => {
    expect(idp.violations).toEqual([]);
  });
  afterAll(async () => {
    await server.stop();
    await idp.close();
  });

  /** The sign-in page's steps up to a verified SSO record: start, authorization URI, the provider, verify. */
  async function verifiedAtProvider(user: Json, connector = connectorId) {
    idp.signedIn.user = user as never;
    const browser = new Browser(server.url);
    const request = await openInteraction(browser, config);
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const state = oidc.randomState();
    const started = await browser.api('POST', `/verification/sso/${connector}/authorization-uri`, {
      state,
      redirectUri: `${server.url}/callback/sso/${connector}`,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    const callback = await consentAtProvider(started.body.authorizationUri);
    return { browser, request, callback, verificationId: started.body.verificationId as string };
  }

  /** Identify (registering when the identity is new), submit, and redeem the code at the app. */
  async function finish(browser: Browser, request: Json, verificationId: string) {
    let identified = await browser.api('POST', '/identification', { verificationId });
    let registered = false;
    if (identified.status === 422 && identified.body.code === 'user.identity_not_exist') {
      expect((await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' })).status).toBe(204);
      identified = await browser.api('POST', '/identification', { verificationId });
      registered = true;
    }
    expect(identified.status, JSON.stringify(identified.body)).toBe(registered ? 201 : 204);
    const submit = await browser.api('POST', '/submit');
    expect(submit.status, JSON.stringify(submit.body)).toBe(200);
    const back = await browser.follow(submit.body.redirectTo);
    expect(back.leftServer).toBe(true);
    const tokens = await oidc.authorizationCodeGrant(config, back.url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    return { userId: String(tokens.claims()?.sub), registered };
  }

  it('lists the OIDC providers and answers connectors with the secret masked and the discovery resolved', async () => {
    const providers = await api.get('/sso-connector-providers');
    expect(providers.status).toBe(200);
    const names = providers.body.map((p: Json) => p.providerName);
    expect(names).toEqual(expect.arrayContaining(['OIDC', 'AzureAdOidc', 'GoogleWorkspace', 'Okta']));
    expect(providers.body.find((p: Json) => p.providerName === 'Okta')).toMatchObject({ providerType: 'oidc' });

    const { status, body } = await api.get(`/sso-connectors/${connectorId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: connectorId,
      providerName: 'OIDC',
      providerType: 'oidc',
      connectorName: 'Acme OIDC',
      domains: ['acme.test'],
      syncProfile: true,
      config: { issuer: idp.url, clientId: oidcClient.clientId, clientSecret: '********' },
      providerConfig: { issuer: idp.url, authorizationEndpoint: `${idp.url}/authorize`, scope: 'openid profile email' },
    });
    const list = await api.get('/sso-connectors?page=1&page_size=10');
    expect(list.headers.get('total-number')).toBe('1');
    expect(JSON.stringify(list.body)).not.toContain(oidcClient.clientSecret);
  });

  it('keeps the config sealed in the database: no client secret in plain text', async () => {
    const row = await server.services.db
      .selectFrom('sso_connectors')
      .selectAll()
      .where('id', '=', connectorId)
      .executeTakeFirstOrThrow();
    expect(row.config).not.toContain(oidcClient.clientSecret);
    expect(row.config).not.toContain(oidcClient.clientId);
    expect(row.config).toMatch(/^v1\./);
  });

  it('validates configs and domains as Logto does', async () => {
    const missing = await api.post('/sso-connectors', {
      providerName: 'OIDC',
      connectorName: 'Broken',
      config: { issuer: idp.url },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('connector.invalid_config');
    expect(missing.body.message).toContain('clientId');

    const unreachable = await api.post('/sso-connectors', {
      providerName: 'Okta',
      connectorName: 'Nowhere',
      config: { ...oidcClient, issuer: 'http://127.0.0.1:1/nowhere' },
    });
    expect(unreachable.status).toBe(422);
    expect(unreachable.body.code).toBe('connector.invalid_config');

    const publicDomain = await api.post('/sso-connectors', {
      providerName: 'OIDC',
      connectorName: 'Public',
      domains: ['Gmail.com'],
    });
    expect(publicDomain.status).toBe(422);
    expect(publicDomain.body.code).toBe('single_sign_on.forbidden_domains');

    const taken = await api.post('/sso-connectors', {
      providerName: 'OIDC',
      connectorName: 'Second Acme',
      domains: ['ACME.test'],
    });
    expect(taken.status).toBe(422);
    expect(taken.body).toMatchObject({ code: 'single_sign_on.duplicated_domains', data: { connectorId } });

    const sameName = await api.post('/sso-connectors', { providerName: 'OIDC', connectorName: 'Acme OIDC' });
    expect(sameName.status).toBe(409);

    const badDomain = await api.post('/sso-connectors', {
      providerName: 'OIDC',
      connectorName: 'X',
      domains: ['not a domain'],
    });
    expect(badDomain.status).toBe(400);
    expect(badDomain.body.code).toBe('guard.invalid_input');

    // An incomplete connector (set up later) is stored, has no providerConfig and is not offered for sign-in.
    const draft = await api.post('/sso-connectors', {
      providerName: 'GoogleWorkspace',
      connectorName: 'Draft',
      domains: ['draft.test'],
    });
    expect(draft.status).toBe(200);
    expect(draft.body.providerConfig).toBeUndefined();
    const lookup = await new Browser(server.url).api('GET', '/sso-connectors?email=someone@draft.test');
    expect(lookup.body).toEqual({ connectorIds: [] });
    const patched = await api.patch(`/sso-connectors/${draft.body.id}`, {
      connectorName: 'Draft 2',
      branding: { displayName: 'Draft Co' },
    });
    expect(patched.body).toMatchObject({ connectorName: 'Draft 2', branding: { displayName: 'Draft Co' } });
    expect((await api.delete(`/sso-connectors/${draft.body.id}`)).status).toBe(204);
    expect((await api.get(`/sso-connectors/${draft.body.id}`)).status).toBe(404);
  });

  it('keeps the stored secret when the masked config comes back, and refuses a bad issuer on PATCH', async () => {
    const { body } = await api.get(`/sso-connectors/${connectorId}`);
    const same = await api.patch(`/sso-connectors/${connectorId}`, { config: body.config });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    const bad = await api.patch(`/sso-connectors/${connectorId}`, { config: { issuer: 'https://idp.invalid.test' } });
    expect(bad.status).toBe(422);
    expect((await api.get(`/sso-connectors/${connectorId}`)).body.config.issuer).toBe(idp.url);
  });

  it('finds the connector by email domain, signs a new person up and provisions the JIT organization', async () => {
    const lookup = await new Browser(server.url).api('GET', '/sso-connectors?email=Grace@ACME.test');
    expect(lookup.body).toEqual({ connectorIds: [connectorId] });
    const publicView = await new Browser(server.url).request(new URL('/api/.well-known/sign-in-exp', server.url));
    const sie = (await publicView.json()) as Json;
    expect(sie.singleSignOnEnabled).toBe(true);
    expect(sie.ssoConnectors).toEqual([expect.objectContaining({ id: connectorId, connectorName: 'Acme OIDC' })]);

    const user = { sub: 'acme-grace', name: 'Grace Hopper', email: 'grace@acme.test', email_verified: false };
    const { browser, request, callback, verificationId } = await verifiedAtProvider(user);
    expect(callback.pathname).toBe(`/callback/sso/${connectorId}`);
    const verified = await browser.api('POST', `/verification/sso/${connectorId}/verify`, {
      connectorData: connectorDataOf(callback),
      verificationId,
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    const { userId, registered } = await finish(browser, request, verificationId);
    expect(registered).toBe(true);
    // The email's domain is the connector's: trusted, so it is the account's own.
    expect((await api.get(`/users/${userId}`)).body).toMatchObject({
      primaryEmail: 'grace@acme.test',
      name: 'Grace Hopper',
    });
    const members = await api.get(`/organizations/${organizationId}/users`);
    expect(members.body.map((m: Json) => m.id)).toContain(userId);
    const roles = await api.get(`/organizations/${organizationId}/users/${userId}/roles`);
    expect(roles.body.map((r: Json) => r.id)).toEqual([jitRoleId]);
    const identity = await api.get(`/users/${userId}/sso-identities/${connectorId}`);
    expect(identity.body).toMatchObject({ issuer: idp.url, identityId: 'acme-grace', ssoConnectorId: connectorId });
    const all = await api.get(`/users/${userId}/all-identities`);
    expect(all.body.ssoIdentities).toEqual([expect.objectContaining({ identityId: 'acme-grace' })]);

    // The next sign-in finds the identity (by state, no verificationId) and syncs the profile.
    const again = await verifiedAtProvider({ ...user, name: 'Rear Admiral Hopper' });
    const byState = await again.browser.api('POST', `/verification/sso/${connectorId}/verify`, {
      connectorData: connectorDataOf(again.callback),
    });
    expect(byState.body.verificationId).toBe(again.verificationId);
    const second = await finish(again.browser, again.request, again.verificationId);
    expect(second).toEqual({ userId, registered: false });
    expect((await api.get(`/users/${userId}`)).body.name).toBe('Rear Admiral Hopper');
  });

  it('links an existing account only when the provider verified the email', async () => {
    // Another company's domain, not the connector's: only `email_verified` makes the email trusted.
    const owner = await api.post('/users', { primaryEmail: 'ada@partner.test', name: 'Ada' });
    const unverified = await verifiedAtProvider({
      sub: 'acme-ada-1',
      email: 'ada@partner.test',
      email_verified: false,
    });
    const v1 = await unverified.browser.api('POST', `/verification/sso/${connectorId}/verify`, {
      connectorData: connectorDataOf(unverified.callback),
      verificationId: unverified.verificationId,
    });
    expect(v1.status).toBe(200);
    const refused = await unverified.browser.api('POST', '/identification', {
      verificationId: unverified.verificationId,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('user.identity_not_exist');
    const separate = await finish(unverified.browser, unverified.request, unverified.verificationId);
    expect(separate.userId).not.toBe(owner.body.id);
    expect((await api.get(`/users/${separate.userId}`)).body.primaryEmail).toBeNull();
    expect((await api.get(`/users/${owner.body.id}/all-identities`)).body.ssoIdentities).toEqual([]);

    const verified = await verifiedAtProvider({ sub: 'acme-ada-2', email: 'ada@partner.test', email_verified: true });
    await verified.browser.api('POST', `/verification/sso/${connectorId}/verify`, {
      connectorData: connectorDataOf(verified.callback),
      verificationId: verified.verificationId,
    });
    const linked = await finish(verified.browser, verified.request, verified.verificationId);
    expect(linked).toEqual({ userId: owner.body.id, registered: false });
    expect((await api.get(`/users/${owner.body.id}/sso-identities/${connectorId}`)).body.identityId).toBe('acme-ada-2');
  });

  it('creates the account of a new SSO identity even where the sign-in experience only signs in', async () => {
    await server.services.signInExperience.update({ signInMode: 'SignIn' });
    try {
      const flow = await verifiedAtProvider({ sub: 'acme-linus', email: 'linus@acme.test', email_verified: true });
      await flow.browser.api('POST', `/verification/sso/${connectorId}/verify`, {
        connectorData: connectorDataOf(flow.callback),
        verificationId: flow.verificationId,
      });
      const created = await finish(flow.browser, flow.request, flow.verificationId);
      expect(created.registered).toBe(true);
      // A password sign-up is still refused.
      const browser = new Browser(server.url);
      await openInteraction(browser, config);
      expect((await browser.api('PUT', '', { interactionEvent: 'Register' })).status).toBe(403);
    } finally {
      await server.services.signInExperience.update({ signInMode: 'SignInAndRegister' });
    }
  });

  it('refuses a callback with another state, and ID tokens with a wrong nonce or issuer', async () => {
    const user = { sub: 'acme-mallory', email: 'mallory@acme.test', email_verified: true };
    const wrongState = await verifiedAtProvider(user);
    const answer = await wrongState.browser.api('POST', `/verification/sso/${connectorId}/verify`, {
      connectorData: { ...connectorDataOf(wrongState.callback), state: 'forged-state' },
      verificationId: wrongState.verificationId,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('session.connector_state_mismatch');

    for (const tamper of ['nonce', 'iss', 'aud', 'signature'] as const) {
      idp.settings.tamper = tamper;
      const forged = await verifiedAtProvider(user);
      const refused = await forged.browser.api('POST', `/verification/sso/${connectorId}/verify`, {
        connectorData: connectorDataOf(forged.callback),
        verificationId: forged.verificationId,
      });
      expect(refused.status, tamper).toBe(401);
      expect(refused.body.code).toBe('connector.authorization_failed');
      const identified = await forged.browser.api('POST', '/identification', { verificationId: forged.verificationId });
      expect(identified.status).toBe(400);
    }
  });

  it('tests the connection with a real sign-in that signs nobody in, its session bound to the connector', async () => {
    idp.signedIn.user = { sub: 'acme-tester', email: 'tester@acme.test', email_verified: true };
    const started = await api.post(`/sso-connectors/${connectorId}/test-sign-in`, {});
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body.state).toMatch(/^ssotest\./);
    expect(started.body.testSession).not.toContain('nonce');
    const callback = await consentAtProvider(started.body.authorizationUri);
    expect(callback.pathname).toBe(`/callback/sso/${connectorId}`);
    const other = await api.post('/sso-connectors', { providerName: 'OIDC', connectorName: 'Other for test' });
    const wrong = await api.post(`/sso-connectors/${other.body.id}/test-sign-in/verify`, {
      testSession: started.body.testSession,
      connectorData: connectorDataOf(callback),
    });
    expect(wrong.status).toBe(404);
    const verified = await api.post(`/sso-connectors/${connectorId}/test-sign-in/verify`, {
      testSession: started.body.testSession,
      connectorData: connectorDataOf(callback),
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ issuer: idp.url, identityId: 'acme-tester', email: 'tester@acme.test' });
    expect((await api.get('/users?search=tester%40acme.test')).body).toEqual([]);
    await api.delete(`/sso-connectors/${other.body.id}`);
  });

  it('offers nothing while single sign-on is off', async () => {
    await server.services.signInExperience.update({ singleSignOnEnabled: false });
    try {
      const browser = new Browser(server.url);
      expect((await browser.api('GET', '/sso-connectors?email=a@acme.test')).body).toEqual({ connectorIds: [] });
      await openInteraction(browser, config);
      expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
      const refused = await browser.api('POST', `/verification/sso/${connectorId}/authorization-uri`, {
        state: 's',
        redirectUri: `${server.url}/callback/sso/${connectorId}`,
      });
      expect(refused.status).toBe(422);
    } finally {
      await server.services.signInExperience.update({ singleSignOnEnabled: true });
    }
  });

  it('guards every route: 401 without a token, 403 for writes with a read-only token', async () => {
    const reader = await readOnlyApi(server, api);
    const anonymous = apiClient(server, 'not-a-token');
    const reads = [
      '/sso-connector-providers',
      '/sso-connectors',
      `/sso-connectors/${connectorId}`,
      `/organizations/${organizationId}/jit/sso-connectors`,
      `/users/no-such-user/sso-identities/${connectorId}`,
    ];
    for (const path of reads) {
      expect((await fetch(`${server.url}/api${path}`)).status, path).toBe(401);
      expect((await anonymous.get(path)).status, path).toBe(401);
      expect((await reader.get(path)).status, path).not.toBe(403);
    }
    const writes: Array<[string, string]> = [
      ['POST', '/sso-connectors'],
      ['PATCH', `/sso-connectors/${connectorId}`],
      ['DELETE', `/sso-connectors/${connectorId}`],
      ['POST', `/organizations/${organizationId}/jit/sso-connectors`],
      ['PUT', `/organizations/${organizationId}/jit/sso-connectors`],
      ['DELETE', `/organizations/${organizationId}/jit/sso-connectors/${connectorId}`],
      ['POST', `/sso-connectors/${connectorId}/test-sign-in`],
      ['POST', `/sso-connectors/${connectorId}/test-sign-in/verify`],
    ];
    for (const [method, path] of writes) {
      expect((await anonymous.call(method, path, {})).status, `${method} ${path}`).toBe(401);
      expect((await reader.call(method, path, {})).status, `${method} ${path}`).toBe(403);
    }
    expect((await api.get(`/organizations/${organizationId}/jit/sso-connectors`)).body.map((c: Json) => c.id)).toEqual([
      connectorId,
    ]);
  });
});
