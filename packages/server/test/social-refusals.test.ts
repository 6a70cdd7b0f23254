import type * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { managementApi } from './support/management-client.js';
import { createUser } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  connectorDataOf,
  consentAtProvider,
  openInteraction,
  socialApp,
  startSocial,
  verifySocial,
} from './support/social-sign-in.js';

/**
 * What goes wrong in a social sign-in gives the caller a clear error and leaves no user
 * behind: a forged state, a bad code, a provider that fails, hangs or says no, an identity
 * that does not exist yet, an e-mail address another account holds.
 */
describe(`social sign-in refusals (${dialect})`, () => {
  let server: TestServer;
  let fake: OAuth2Fake;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let connectorId: string;
  let browser: Browser;
  let config: oidc.Configuration;

  const userCount = async () => Number((await api.get('/users?page_size=1')).headers.get('total-number'));
  const identify = (verificationId: string) => browser.api('POST', '/identification', { verificationId });

  beforeAll(async () => {
    fake = await startOAuth2Fake();
    server = await startTestServer({ TESSERA_INTERNAL_TEST_PROVIDER_TIMEOUT_MS: '400' });
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const created = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'acme' },
      config: fake.config({ tokenEndpointResponseType: 'json', profileMap: fake.verifiedMailProfileMap }),
    });
    connectorId = created.body.id;
  });
  beforeEach(async () => {
    browser = new Browser(server.url);
    await openInteraction(browser, config);
    fake.mode = 'normal';
    fake.signedIn.user = { id: Math.floor(Math.random() * 1e9), displayName: 'Someone' };
  });
  afterEach(() => expect(fake.violations).toEqual([]));
  afterAll(async () => {
    await server.stop();
    await fake.close();
  });

  it('refuses a callback whose state is not the one of this sign-in, before calling the provider', async () => {
    const { authorizationUri, verificationId } = await startSocial(browser, connectorId);
    const data = connectorDataOf(await consentAtProvider(authorizationUri));
    const tokenCalls = fake.to('/oauth/token').length;
    const forged = await verifySocial(browser, connectorId, { ...data, state: 'forged' }, verificationId);
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('session.connector_state_mismatch');
    const missing = await verifySocial(browser, connectorId, { code: data.code });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('session.verification_session_not_found');
    expect(fake.to('/oauth/token').length).toBe(tokenCalls);
    // The callback page sends no verificationId: the echoed state finds the record.
    const byState = await verifySocial(browser, connectorId, data);
    expect(byState).toMatchObject({ status: 200, body: { verificationId } });
    const { body: interaction } = await browser.api('GET', '/interaction');
    expect(interaction.verificationRecords).toContainEqual({
      id: verificationId,
      type: 'Social',
      connectorId,
      verified: true,
    });
  });

  it('turns a wrong code (invalid_grant) into a clear 401 and an unverified record that cannot identify', async () => {
    const before = await userCount();
    const { authorizationUri, verificationId } = await startSocial(browser, connectorId, 'Register');
    const { state } = connectorDataOf(await consentAtProvider(authorizationUri));
    const wrong = await verifySocial(browser, connectorId, { code: 'not-a-code', state }, verificationId);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({
      code: 'connector.social_auth_code_invalid',
      data: { providerStatus: 400, providerCode: 'invalid_grant' },
    });
    expect(wrong.body.message).toContain('The authorization code is invalid or expired.');
    expect((await identify(verificationId)).body.code).toBe('session.verification_failed');
    expect(await userCount()).toBe(before);
  });

  it('reports a provider that refuses the sign-in (error=access_denied)', async () => {
    const { verificationId, state } = await startSocial(browser, connectorId);
    const denied = await verifySocial(
      browser,
      connectorId,
      { error: 'access_denied', error_description: 'The user denied access', state },
      verificationId,
    );
    expect(denied.status).toBe(400);
    expect(denied.body.code).toBe('connector.authorization_failed');
    expect(denied.body.message).toContain('access_denied: The user denied access');
  });

  for (const mode of ['server_error', 'hang'] as const) {
    it(`a provider that ${mode === 'hang' ? 'does not answer' : 'fails with a 5xx'} is a 502 and no user is created`, async () => {
      const before = await userCount();
      const { authorizationUri, verificationId } = await startSocial(browser, connectorId, 'Register');
      const data = connectorDataOf(await consentAtProvider(authorizationUri));
      fake.mode = mode;
      const started = Date.now();
      const failed = await verifySocial(browser, connectorId, data, verificationId);
      expect(failed.status).toBe(502);
      expect(failed.body).toMatchObject({
        code: 'connector.general',
        data: { upstream: mode === 'hang' ? 'timeout' : 'server_error' },
      });
      expect(Date.now() - started).toBeLessThan(3000);
      expect((await identify(verificationId)).status).toBe(400);
      expect(await userCount()).toBe(before);
    });
  }

  it('a new identity cannot sign in: 422 user.identity_not_exist until the event is Register', async () => {
    const { authorizationUri, verificationId } = await startSocial(browser, connectorId);
    await verifySocial(browser, connectorId, connectorDataOf(await consentAtProvider(authorizationUri)));
    const unknown = await identify(verificationId);
    expect(unknown).toMatchObject({ status: 422, body: { code: 'user.identity_not_exist', data: { target: 'acme' } } });
    await browser.api('PUT', '/interaction-event', { interactionEvent: 'Register' });
    expect((await identify(verificationId)).status).toBe(201);
    // The same identity registering again is refused.
    expect((await identify(verificationId)).body.code).toBe('user.identity_already_in_use');
  });

  it('registers a new account without an e-mail address another account holds, leaving that account alone', async () => {
    const holder = await createUser(server, { primaryEmail: 'taken@acme.test' });
    fake.signedIn.user = { id: 4242, displayName: 'Impostor', mail: 'TAKEN@acme.test', mailVerified: true };
    const before = await userCount();
    const { authorizationUri, verificationId } = await startSocial(browser, connectorId, 'Register');
    await verifySocial(browser, connectorId, connectorDataOf(await consentAtProvider(authorizationUri)));
    expect((await identify(verificationId)).status).toBe(201);
    expect(await userCount()).toBe(before + 1);
    const found = await api.get('/users?search=Impostor');
    expect(found.body).toHaveLength(1);
    expect(found.body[0]).toMatchObject({ name: 'Impostor', primaryEmail: null });
    expect(found.body[0].id).not.toBe(holder.id);
    expect((await api.get(`/users/${holder.id}`)).body).toMatchObject({
      primaryEmail: 'taken@acme.test',
      identities: {},
    });
  });

  it('refuses unknown connectors, a record of another connector and identification before verification', async () => {
    await browser.api('PUT', '', { interactionEvent: 'SignIn' });
    const body = { state: 's', redirectUri: `${server.url}/callback/nope` };
    const unknown = await browser.api('POST', '/verification/social/nope/authorization-uri', body);
    expect(unknown).toMatchObject({ status: 422, body: { code: 'session.invalid_connector_id' } });
    const { verificationId, state } = await startSocial(browser, connectorId);
    const other = await verifySocial(browser, 'another', { code: 'x', state }, verificationId);
    expect(other).toMatchObject({ status: 400, body: { code: 'session.connector_id_mismatch' } });
    expect((await identify(verificationId)).body.code).toBe('session.verification_failed');
    const badUri = await browser.api('POST', `/verification/social/${connectorId}/authorization-uri`, {
      state: 's',
      redirectUri: 'javascript:alert(1)',
    });
    expect(badUri).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
  });
});
