import type * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OidcFake, oidcClient, startOidcFake } from './fakes/oidc-provider-fake.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  connectorDataOf,
  consentAtProvider,
  openInteraction,
  socialApp,
  socialSignIn,
  startSocial,
  verifySocial,
} from './support/social-sign-in.js';

/**
 * The generic OpenID Connect connector and the Google preset against a fake OIDC provider:
 * discovery, nonce and PKCE, ID tokens checked against the provider's JWKS, and every way an
 * ID token can be wrong refused.
 */
describe(`social sign-in with OpenID Connect (${dialect})`, () => {
  let server: TestServer;
  let fake: OidcFake;
  let google: OidcFake;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let connectorId: string;
  let googleId: string;

  beforeAll(async () => {
    [fake, google] = await Promise.all([
      startOidcFake(),
      startOidcFake({ clientId: 'g.apps', clientSecret: 'g-secret' }),
    ]);
    server = await startTestServer({
      TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS: JSON.stringify({ 'google-universal': google.url }),
    });
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const created = await api.post('/connectors', {
      connectorId: 'oidc',
      metadata: { target: 'keycloak', name: { en: 'Keycloak' } },
      config: { issuer: fake.url, ...oidcClient, scope: 'profile email' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    connectorId = created.body.id;
    const googleConnector = await api.post('/connectors', {
      connectorId: 'google-universal',
      config: { clientId: 'g.apps', clientSecret: 'g-secret', prompts: ['select_account'] },
    });
    expect(googleConnector.status, JSON.stringify(googleConnector.body)).toBe(200);
    googleId = googleConnector.body.id;
  });
  beforeEach(() => {
    fake.settings.tamper = 'none';
  });
  afterEach(() => {
    expect(fake.violations).toEqual([]);
    expect(google.violations).toEqual([]);
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all([fake.close(), google.close()]);
  });

  it('registers the user from the ID token claims, then signs the same user in', async () => {
    fake.signedIn.user = {
      sub: 'kc-7',
      name: 'Katherine Johnson',
      picture: 'https://cdn.example.test/kj.png',
      email: 'kj@nasa.test',
      email_verified: true,
    };
    const first = await socialSignIn(server, config, connectorId);
    expect(first.registered).toBe(true);
    const { body: user } = await api.get(`/users/${first.claims.sub}`);
    expect(user).toMatchObject({
      name: 'Katherine Johnson',
      avatar: 'https://cdn.example.test/kj.png',
      primaryEmail: 'kj@nasa.test',
      identities: { keycloak: { userId: 'kc-7' } },
    });
    const second = await socialSignIn(server, config, connectorId);
    expect(second).toMatchObject({ registered: false, claims: { sub: first.claims.sub } });

    const authorize = fake.to('/authorize').at(-1)!.url.searchParams;
    expect(authorize.get('scope')).toBe('openid profile email');
    expect(authorize.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(authorize.get('code_challenge_method')).toBe('S256');
    expect(fake.to('/token').at(-1)!.form.get('code_verifier')).toMatch(/^[\w-]{43}$/);
    expect(fake.to('/userinfo')).toHaveLength(0);
  });

  it('takes an e-mail address only when the provider verified it, and merges user info when asked', async () => {
    await api.patch(`/connectors/${connectorId}`, {
      config: { issuer: fake.url, ...oidcClient, clientSecret: '********', fetchUserInfo: true },
    });
    fake.signedIn.user = { sub: 'kc-8', name: 'Dorothy Vaughan', email: 'dv@nasa.test', email_verified: false };
    const { claims } = await socialSignIn(server, config, connectorId);
    const { body: user } = await api.get(`/users/${claims.sub}`);
    expect(user).toMatchObject({ name: 'Dorothy Vaughan', primaryEmail: null });
    expect(user.identities.keycloak.details.rawData).toMatchObject({ sub: 'kc-8', locale: 'en' });
    expect(fake.to('/userinfo')).toHaveLength(1);
  });

  const tampering = [
    ['nonce', 'its nonce is not the one this sign-in sent'],
    ['aud', 'unexpected "aud" claim value'],
    ['iss', 'unexpected "iss" claim value'],
    ['expired', '"exp" claim timestamp check failed'],
    ['signature', 'signature verification failed'],
    ['missing', 'without an ID token'],
  ] as const;
  for (const [tamper, reason] of tampering) {
    it(`refuses an ID token with a wrong ${tamper === 'missing' ? 'presence' : tamper}`, async () => {
      fake.settings.tamper = tamper;
      fake.signedIn.user = { sub: `kc-tampered-${tamper}`, name: 'Mallory' };
      const browser = new Browser(server.url);
      await openInteraction(browser, config);
      const { authorizationUri, verificationId } = await startSocial(browser, connectorId, 'Register');
      const refused = await verifySocial(
        browser,
        connectorId,
        connectorDataOf(await consentAtProvider(authorizationUri)),
      );
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('connector.social_invalid_id_token');
      expect(refused.body.message).toContain(reason);
      expect((await browser.api('POST', '/identification', { verificationId })).status).toBe(400);
      expect((await api.get(`/users?search=kc-tampered`)).body).toEqual([]);
    });
  }

  it('names a wrong issuer: no OpenID configuration there', async () => {
    const wrong = await api.post('/connectors', {
      connectorId: 'oidc',
      metadata: { target: 'nowhere' },
      config: { issuer: `${fake.url}/realms/none`, ...oidcClient },
    });
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    await browser.api('PUT', '', { interactionEvent: 'SignIn' });
    const answer = await browser.api('POST', `/verification/social/${wrong.body.id}/authorization-uri`, {
      state: 'state-1',
      redirectUri: `${server.url}/callback/${wrong.body.id}`,
    });
    expect(answer.status).toBe(502);
    expect(answer.body.code).toBe('connector.invalid_response');
    expect(answer.body.message).toContain('/realms/none/.well-known/openid-configuration');
    fake.violations.length = 0; // the fake rightly had no such path
  });

  it('Google: the OIDC flow on Google’s issuer, with its prompt', async () => {
    google.signedIn.user = {
      sub: '110169484474386276334',
      name: 'Ada G.',
      picture: 'https://lh3.googleusercontent.test/a/ada',
      email: 'ada@gmail.test',
      email_verified: true,
    };
    const first = await socialSignIn(server, config, googleId);
    expect(first.registered).toBe(true);
    const { body: user } = await api.get(`/users/${first.claims.sub}`);
    expect(user).toMatchObject({
      primaryEmail: 'ada@gmail.test',
      identities: { google: { userId: '110169484474386276334' } },
    });
    expect(google.to('/authorize').at(-1)!.url.searchParams.get('prompt')).toBe('select_account');
    expect((await socialSignIn(server, config, googleId)).claims.sub).toBe(first.claims.sub);
  });
});
