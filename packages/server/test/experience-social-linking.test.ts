import type * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type OidcFake, oidcClient, startOidcFake } from './fakes/oidc-provider-fake.js';
import { submitToApp } from './support/experience-steps.js';
import { managementApi } from './support/management-client.js';
import { type AuthorizationRequest, createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  connectorDataOf,
  consentAtProvider,
  openInteraction,
  setSocialTargets,
  socialApp,
  startSocial,
  verifySocial,
} from './support/social-sign-in.js';

/**
 * Linking a new social identity to the account that holds its verified e-mail address (Logto's
 * `relatedUser` / `linkSocialIdentity`), the connector targets the sign-in experience enables,
 * and the database keeping one holder per identity.
 */
describe(`social account linking (${dialect})`, () => {
  let server: TestServer;
  let fake: OAuth2Fake;
  let oidcFake: OidcFake;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let connectorId: string;
  let otherId: string;
  let keycloakId: string;
  let seq = 0;

  const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${++seq}`;

  /** A fresh interaction up to a verified social record for the provider's current user. */
  async function verified(id = connectorId, event = 'SignIn') {
    const browser = new Browser(server.url);
    const request = await openInteraction(browser, config);
    const { authorizationUri } = await startSocial(browser, id, event);
    const answer = await verifySocial(browser, id, connectorDataOf(await consentAtProvider(authorizationUri)));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return { browser, request, verificationId: answer.body.verificationId as string };
  }

  /** Submits, returns to the app and redeems the code: the user the app's ID token names. */
  const signedInAs = async (browser: Browser, request: AuthorizationRequest) =>
    (await submitToApp(config, browser, request)).sub;

  beforeAll(async () => {
    [fake, oidcFake] = await Promise.all([startOAuth2Fake(), startOidcFake()]);
    server = await startTestServer();
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const connectorConfig = fake.config({ tokenEndpointResponseType: 'json' });
    connectorId = (
      await api.post('/connectors', { connectorId: 'oauth2', metadata: { target: 'acme' }, config: connectorConfig })
    ).body.id;
    otherId = (
      await api.post('/connectors', { connectorId: 'oauth2', metadata: { target: 'zeta' }, config: connectorConfig })
    ).body.id;
    const keycloak = await api.post('/connectors', {
      connectorId: 'oidc',
      metadata: { target: 'keycloak' },
      config: { issuer: oidcFake.url, ...oidcClient, scope: 'profile email' },
    });
    expect(keycloak.status, JSON.stringify(keycloak.body)).toBe(200);
    keycloakId = keycloak.body.id;
  });
  beforeEach(() => {
    fake.signedIn.user = { id: Math.floor(Math.random() * 1e9), displayName: 'Someone' };
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    expect(oidcFake.violations).toEqual([]);
    await api.patch('/sign-in-exp', { socialSignIn: {} });
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all([fake.close(), oidcFake.close()]);
  });

  it('names the related account, links on request, and signs the same account in directly afterwards', async () => {
    const email = `${unique('ada')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    const providerId = 5001 + seq;
    fake.signedIn.user = { id: providerId, displayName: 'Ada', mail: email.toUpperCase() };
    const { browser, request, verificationId } = await verified();

    const unknown = await browser.api('POST', '/identification', { verificationId });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      code: 'user.identity_not_exist',
      data: { target: 'acme', relatedUser: { type: 'email', value: email } },
    });
    const linked = await browser.api('POST', '/identification', { verificationId, linkSocialIdentity: true });
    expect(linked.status, JSON.stringify(linked.body)).toBe(204);
    expect(await signedInAs(browser, request)).toBe(owner.id);
    const user = (await api.get(`/users/${owner.id}`)).body;
    expect(user.identities.acme).toMatchObject({ userId: String(providerId) });
    expect(user.primaryEmail).toBe(email);

    // The identity is now the account's: the next sign-in identifies it without asking.
    const again = await verified();
    expect((await again.browser.api('POST', '/identification', { verificationId: again.verificationId })).status).toBe(
      204,
    );
    expect(await signedInAs(again.browser, again.request)).toBe(owner.id);
  });

  it('creating a new account instead makes one without the taken e-mail address, leaving the holder alone', async () => {
    const email = `${unique('bob')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    fake.signedIn.user = { id: 6001 + seq, displayName: 'Bob', mail: email };
    const before = Number((await api.get('/users?page_size=1')).headers.get('total-number'));
    const { browser, request, verificationId } = await verified();
    expect((await browser.api('POST', '/identification', { verificationId })).body.data.relatedUser).toEqual({
      type: 'email',
      value: email,
    });
    expect((await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' })).status).toBe(204);
    expect((await browser.api('POST', '/identification', { verificationId })).status).toBe(201);
    const created = await signedInAs(browser, request);
    expect(created).not.toBe(owner.id);
    expect(Number((await api.get('/users?page_size=1')).headers.get('total-number'))).toBe(before + 1);
    expect((await api.get(`/users/${created}`)).body).toMatchObject({ primaryEmail: null, name: 'Bob' });
    expect((await api.get(`/users/${owner.id}`)).body).toMatchObject({ primaryEmail: email, identities: {} });
  });

  it('links without asking when the settings turn on automatic account linking', async () => {
    expect((await api.patch('/sign-in-exp', { socialSignIn: { automaticAccountLinking: true } })).status).toBe(200);
    const email = `${unique('cy')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    fake.signedIn.user = { id: 7001 + seq, displayName: 'Cy', mail: email };
    const { browser, request, verificationId } = await verified();
    expect((await browser.api('POST', '/identification', { verificationId })).status).toBe(204);
    expect(await signedInAs(browser, request)).toBe(owner.id);
    expect((await api.get(`/users/${owner.id}`)).body.identities.acme.userId).toBe(String(fake.signedIn.user.id));
  });

  it('never links on an address the provider did not verify, nor onto an account holding another identity of the target', async () => {
    // The OIDC connector drops an e-mail address whose email_verified is false: nothing to relate.
    const email = `${unique('dee')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    oidcFake.signedIn.user = { sub: unique('kc-'), name: 'Dee', email, email_verified: false };
    const first = await verified(keycloakId);
    const unknown = await first.browser.api('POST', '/identification', { verificationId: first.verificationId });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('user.identity_not_exist');
    expect(unknown.body.data.relatedUser).toBeUndefined();
    const forced = await first.browser.api('POST', '/identification', {
      verificationId: first.verificationId,
      linkSocialIdentity: true,
    });
    expect(forced).toMatchObject({ status: 422, body: { code: 'user.identity_not_exist' } });
    expect((await api.get(`/users/${owner.id}`)).body.identities).toEqual({});

    // Automatic linking does not replace the acme account a user already has with another one.
    expect((await api.patch('/sign-in-exp', { socialSignIn: { automaticAccountLinking: true } })).status).toBe(200);
    const originalId = 8001 + seq;
    fake.signedIn.user = { id: originalId, displayName: 'Dee', mail: email };
    const original = await verified();
    await original.browser.api('POST', '/identification', { verificationId: original.verificationId });
    expect((await api.get(`/users/${owner.id}`)).body.identities.acme.userId).toBe(String(originalId));
    fake.signedIn.user = { id: originalId + 1, displayName: 'Dee again', mail: email };
    const second = await verified();
    const refused = await second.browser.api('POST', '/identification', { verificationId: second.verificationId });
    expect(refused.status).toBe(422);
    expect(refused.body.data.relatedUser).toBeUndefined();
    expect((await api.get(`/users/${owner.id}`)).body.identities.acme.userId).toBe(String(originalId));
  });

  it('refuses to link to a suspended account', async () => {
    const email = `${unique('eve')}@acme.test`;
    const owner = await createUser(server, { primaryEmail: email });
    expect((await api.patch(`/users/${owner.id}/is-suspended`, { isSuspended: true })).status).toBe(200);
    fake.signedIn.user = { id: 10_001 + seq, displayName: 'Eve', mail: email };
    const { browser, verificationId } = await verified();
    const linked = await browser.api('POST', '/identification', { verificationId, linkSocialIdentity: true });
    expect(linked).toMatchObject({ status: 401, body: { code: 'user.suspended' } });
    expect((await api.get(`/users/${owner.id}`)).body.identities).toEqual({});
  });

  it('only the enabled connector targets sign in, and the public settings list them in their order', async () => {
    await setSocialTargets(server, ['keycloak', 'zeta', 'acme']);
    const listed = async () =>
      (
        (await (await fetch(`${server.url}/api/.well-known/sign-in-exp`)).json()) as {
          socialConnectors: { id: string }[];
        }
      ).socialConnectors.map((c) => c.id);
    expect(await listed()).toEqual([keycloakId, otherId, connectorId]);

    // A verification started while acme was enabled cannot finish once it is not.
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    const { authorizationUri, verificationId } = await startSocial(browser, connectorId);
    await setSocialTargets(server, ['zeta']);
    expect(await listed()).toEqual([otherId]);
    const data = connectorDataOf(await consentAtProvider(authorizationUri));
    const verify = await verifySocial(browser, connectorId, data, verificationId);
    expect(verify).toMatchObject({
      status: 422,
      body: { code: 'user.sign_in_method_not_enabled', data: { connectorId, target: 'acme' } },
    });
    const start = await browser.api('POST', `/verification/social/${connectorId}/authorization-uri`, {
      state: 'state-2',
      redirectUri: `${server.url}/callback/${connectorId}`,
    });
    expect(start).toMatchObject({ status: 422, body: { code: 'user.sign_in_method_not_enabled' } });
    const zeta = await browser.api('POST', `/verification/social/${otherId}/authorization-uri`, {
      state: 'state-3',
      redirectUri: `${server.url}/callback/${otherId}`,
    });
    expect(zeta.status).toBe(200);
    await setSocialTargets(server, ['acme', 'zeta', 'keycloak']);
  });

  it('keeps one holder per identity in the database, even for concurrent sign-ups', async () => {
    fake.signedIn.user = { id: 11_001 + seq, displayName: 'Twin' };
    const [a, b] = [await verified(connectorId, 'Register'), await verified(connectorId, 'Register')];
    const answers = await Promise.all([
      a.browser.api('POST', '/identification', { verificationId: a.verificationId }),
      b.browser.api('POST', '/identification', { verificationId: b.verificationId }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422]);
    expect(answers.find((answer) => answer.status === 422)?.body.code).toBe('user.identity_already_in_use');
    const holders = (await api.get(`/users?search=Twin`)).body as unknown[];
    expect(holders).toHaveLength(1);

    // Below the Experience API too: the store refuses a second holder of an identity.
    const { users } = server.services;
    const identity = { userId: 'shared-identity' };
    await users.createWithSocialIdentity({ name: 'First' }, 'acme', identity);
    await expect(users.createWithSocialIdentity({ name: 'Second' }, 'acme', identity)).rejects.toMatchObject({
      code: 'user.identity_already_in_use',
      status: 422,
    });
    const other = await createUser(server, { username: unique('other_') });
    await expect(users.linkSocialIdentity(other.id, 'acme', identity)).rejects.toMatchObject({
      code: 'user.identity_already_in_use',
    });
    expect((await api.get(`/users/${other.id}`)).body.identities).toEqual({});
    // Deleting the holder frees the identity.
    const first = await users.findBySocialIdentity('acme', 'shared-identity');
    expect((await api.delete(`/users/${first?.id}`)).status).toBe(204);
    await users.linkSocialIdentity(other.id, 'acme', identity);
    expect((await users.findBySocialIdentity('acme', 'shared-identity'))?.id).toBe(other.id);
  });
});
