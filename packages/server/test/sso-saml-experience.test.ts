import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ManagementApi, managementApi } from './support/management-client.js';
import {
  assertionXml,
  createTestKey,
  encode,
  idOf,
  readAuthnRequest,
  responseXml,
  type SamlIdp,
  signById,
  startSamlIdp,
  type TestKey,
} from './support/saml-idp.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import { identifyAndSubmit, openInteraction, socialApp } from './support/social-sign-in.js';

/**
 * Enterprise SSO through a SAML IdP, end to end: the Management API creates the connector, the
 * Experience API finds it by email domain and starts the sign-in, the (local) IdP POSTs its
 * response to the ACS, verify takes the identity, the person is signed in to the app and joins
 * the connector's just-in-time organization.
 */
describe(`enterprise SSO with SAML IdPs (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let idp: SamlIdp;
  let idpKey: TestKey;
  let app: Awaited<ReturnType<typeof socialApp>>;

  beforeAll(async () => {
    server = await startTestServer({ TESSERA_SSO_ALLOW_PRIVATE_NETWORKS: 'true' });
    api = await managementApi(server);
    idpKey = createTestKey('Acme IdP');
    idp = await startSamlIdp({ keys: [idpKey] });
    app = await socialApp(server, { enableSocialConnectors: false });
    expect((await api.patch('/sign-in-exp', { singleSignOnEnabled: true })).status).toBe(200);
  });
  afterAll(async () => {
    await idp.close();
    await server.stop();
  });

  async function createConnector(body: Record<string, unknown>) {
    const created = await api.post('/sso-connectors', body);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return created.body as { id: string; providerConfig?: Record<string, unknown> };
  }

  /** Up to the IdP: the interaction, the connector found by email domain, the AuthnRequest. */
  async function startAtIdp(browser: Browser, email: string) {
    const authorization = await openInteraction(browser, app.config);
    expect((await browser.api('PUT', '', { interactionEvent: 'SignIn' })).status).toBe(204);
    const found = await browser.api('GET', `/sso-connectors?email=${encodeURIComponent(email)}`);
    expect(found.status).toBe(200);
    const [connectorId] = found.body.connectorIds as string[];
    if (!connectorId) throw new Error(`no connector for ${email}`);
    const state = oidc.randomState();
    const redirectUri = `${server.url}/callback/sso/${connectorId}`;
    const started = await browser.api('POST', `/verification/sso/${connectorId}/authorization-uri`, {
      state,
      redirectUri,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    return {
      authorization,
      connectorId,
      state,
      redirectUri,
      ...(started.body as { authorizationUri: string; verificationId: string }),
    };
  }

  /** The IdP's auto-submitted form: a cross-site POST, without the sign-in cookies. */
  const postToAcs = (acsUrl: string, form: Record<string, string>) =>
    fetch(acsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });

  /** From the ACS's redirect back to the app: verify, identify (register when new), submit, tokens. */
  async function finish(browser: Browser, started: Awaited<ReturnType<typeof startAtIdp>>, back: URL) {
    const verified = await browser.api('POST', `/verification/sso/${started.connectorId}/verify`, {
      connectorData: Object.fromEntries(back.searchParams),
      verificationId: started.verificationId,
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    const { redirectTo, registered } = await identifyAndSubmit(browser, verified.body.verificationId);
    const landed = await browser.follow(redirectTo);
    expect(landed.leftServer).toBe(true);
    const tokens = await oidc.authorizationCodeGrant(app.config, landed.url, {
      pkceCodeVerifier: started.authorization.codeVerifier,
      expectedState: started.authorization.state,
    });
    return { claims: tokens.claims(), registered };
  }

  async function signIn(email: string, attributes: Record<string, string>, nameId = email) {
    const browser = new Browser(server.url);
    const started = await startAtIdp(browser, email);
    const answer = idp.respond(started.authorizationUri, { nameId, attributes });
    const acs = await postToAcs(answer.acsUrl, { SAMLResponse: answer.SAMLResponse, RelayState: answer.RelayState });
    expect(acs.status).toBe(303);
    const back = new URL(acs.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(started.redirectUri);
    expect(back.searchParams.get('state')).toBe(started.state);
    return { ...(await finish(browser, started, back)), connectorId: started.connectorId };
  }

  it('offers the SAML and AzureAD providers, and refuses a SAML config with no IdP', async () => {
    const providers = await api.get('/sso-connector-providers');
    const saml = providers.body.filter((provider: { providerType: string }) => provider.providerType === 'saml');
    expect(saml.map((provider: { providerName: string }) => provider.providerName).sort()).toEqual(['AzureAD', 'SAML']);
    expect(Object.keys(saml[0].configSchema.properties)).toEqual(
      expect.arrayContaining(['metadataUrl', 'metadata', 'entityId', 'signInEndpoint', 'x509Certificate']),
    );
    const refused = await api.post('/sso-connectors', {
      providerName: 'SAML',
      connectorName: 'No IdP',
      config: { entityId: 'https://idp.example.test' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('connector.invalid_config');
  });

  it('signs a person of the company in through the SAML connector of their email domain, and JIT-provisions them', async () => {
    const connector = await createConnector({
      providerName: 'SAML',
      connectorName: 'Acme SAML',
      config: { metadataUrl: idp.metadataUrl },
      domains: ['acme.test'],
    });
    expect(connector.providerConfig).toMatchObject({
      serviceProvider: {
        entityId: `${server.url}/enterprise-sso/${connector.id}`,
        assertionConsumerServiceUrl: `${server.url}/api/authn/single-sign-on/saml/${connector.id}`,
      },
      identityProvider: { entityId: idp.entityId, signInEndpoint: idp.signInEndpoint, isCertificateValid: true },
    });
    const organization = await api.post('/organizations', { name: 'Acme' });
    expect(
      (await api.post(`/organizations/${organization.body.id}/jit/sso-connectors`, { ssoConnectorIds: [connector.id] }))
        .status,
    ).toBe(201);

    const first = await signIn('ada@acme.test', { email: 'ada@acme.test', name: 'Ada Lovelace' });
    expect(first.registered).toBe(true);
    expect(first.claims).toMatchObject({ email: 'ada@acme.test', email_verified: true, name: 'Ada Lovelace' });
    const userId = first.claims?.sub as string;
    const orgs = await api.get(`/users/${userId}/organizations`);
    expect(orgs.body.map((org: { id: string }) => org.id)).toEqual([organization.body.id]);
    const identities = await api.get(`/users/${userId}/sso-identities/${connector.id}`);
    expect(identities.status).toBe(200);
    expect(identities.body).toMatchObject({ issuer: idp.entityId, identityId: 'ada@acme.test' });

    // The same person again: the same account.
    const second = await signIn('ada@acme.test', { email: 'ada@acme.test' });
    expect(second.registered).toBe(false);
    expect(second.claims?.sub).toBe(userId);
  });

  it('tests the connection of a SAML connector with a real sign-in that signs nobody in', async () => {
    const connectorId = (await api.get('/sso-connectors')).body.find(
      (connector: { connectorName: string }) => connector.connectorName === 'Acme SAML',
    ).id as string;
    const started = await api.post(`/sso-connectors/${connectorId}/test-sign-in`, {});
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    const answer = idp.respond(started.body.authorizationUri, {
      nameId: 'tester@acme.test',
      attributes: { email: 'tester@acme.test' },
    });
    const acs = await postToAcs(answer.acsUrl, { SAMLResponse: answer.SAMLResponse, RelayState: answer.RelayState });
    expect(acs.status).toBe(303);
    const back = new URL(acs.headers.get('location') ?? '');
    expect(back.pathname).toBe(`/callback/sso/${connectorId}`);
    const verified = await api.post(`/sso-connectors/${connectorId}/test-sign-in/verify`, {
      testSession: started.body.testSession,
      connectorData: Object.fromEntries(back.searchParams),
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ issuer: idp.entityId, identityId: 'tester@acme.test', emailVerified: true });
    expect((await api.get('/users?search=tester%40acme.test')).body).toEqual([]);
  });

  it('refuses forged, replayed and misdirected responses at the ACS, and verify then has no identity', async () => {
    const browser = new Browser(server.url);
    const started = await startAtIdp(browser, 'eve@acme.test');
    const request = readAuthnRequest(started.authorizationUri);
    const assertion = (overrides = {}) =>
      assertionXml({
        issuer: idp.entityId,
        nameId: 'admin@acme.test',
        audience: request.issuer,
        recipient: request.acsUrl,
        inResponseTo: request.id,
        attributes: { email: 'admin@acme.test' },
        ...overrides,
      });
    const response = (content: string) =>
      encode(responseXml({ issuer: idp.entityId, destination: request.acsUrl, inResponseTo: request.id, content }));
    const attacker = createTestKey('Attacker');
    const signed = (xml: string, key = idpKey) => signById(xml, idOf(xml), key);
    const cases: [string, string, RegExp][] = [
      ['unsigned', response(assertion()), /Invalid signature/],
      ['signed by another key', response(signed(assertion(), attacker)), /Invalid signature/],
      ['wrong audience', response(signed(assertion({ audience: 'https://sp.evil.test' }))), /audience/],
      ['wrong recipient', response(signed(assertion({ recipient: 'https://sp.evil.test/acs' }))), /Recipient/],
      [
        'expired',
        response(
          signed(
            assertion({ notBefore: new Date(Date.now() - 3_600_000), notOnOrAfter: new Date(Date.now() - 600_000) }),
          ),
        ),
        /expired|subject confirmation/i,
      ],
      [
        'wrapped',
        response(assertion({ nameId: 'root@acme.test' }) + signed(assertion({ nameId: 'eve@acme.test' }))),
        /multiple assertions/,
      ],
    ];
    for (const [name, samlResponse, message] of cases) {
      const answer = await postToAcs(request.acsUrl, { SAMLResponse: samlResponse, RelayState: request.relayState });
      expect(answer.status, name).toBe(401);
      const body = (await answer.json()) as { code: string; message: string };
      expect(body.code, name).toBe('connector.authorization_failed');
      expect(body.message, name).toMatch(message);
    }
    const unknown = await postToAcs(`${server.url}/api/authn/single-sign-on/saml/${started.connectorId}`, {
      SAMLResponse: encode(responseXml({ issuer: idp.entityId, inResponseTo: '_unknown', content: '' })),
    });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/InResponseTo/);
    const noConnector = await postToAcs(`${server.url}/api/authn/single-sign-on/saml/nope`, { SAMLResponse: 'eA==' });
    expect(noConnector.status).toBe(404);
    const notForm = await fetch(`${server.url}/api/authn/single-sign-on/saml/${started.connectorId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(notForm.status).toBe(400);

    const verified = await browser.api('POST', `/verification/sso/${started.connectorId}/verify`, {
      connectorData: { state: started.state },
      verificationId: started.verificationId,
    });
    expect(verified.status).toBe(401);
    expect(verified.body.code).toBe('connector.authorization_failed');

    // A valid response is then accepted once; posting it again is refused.
    const good = response(signed(assertion({ nameId: 'eve@acme.test', attributes: { email: 'eve@acme.test' } })));
    const accepted = await postToAcs(request.acsUrl, { SAMLResponse: good, RelayState: request.relayState });
    expect(accepted.status).toBe(303);
    const replayed = await postToAcs(request.acsUrl, { SAMLResponse: good, RelayState: request.relayState });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as { message: string }).message).toMatch(/already answered/);
  });

  it('signs in through a Microsoft Entra ID (AzureAD) connector imported from metadata XML, with Entra claim names', async () => {
    await createConnector({
      providerName: 'AzureAD',
      connectorName: 'Contoso Entra ID',
      config: { metadata: idp.metadata() },
      domains: ['contoso.test'],
    });
    const claims = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
    const result = await signIn(
      'grace@contoso.test',
      {
        [`${claims}/emailaddress`]: 'grace@contoso.test',
        'http://schemas.microsoft.com/identity/claims/displayname': 'Grace Hopper',
      },
      'entra-object-id-42',
    );
    expect(result.registered).toBe(true);
    expect(result.claims).toMatchObject({ email: 'grace@contoso.test', name: 'Grace Hopper' });
    const identity = await api.get(`/users/${result.claims?.sub}/sso-identities/${result.connectorId}`);
    expect(identity.body).toMatchObject({ identityId: 'entra-object-id-42' });
  });

  it('accepts the old and the new IdP certificate while both are in the metadata, and refuses a removed one', async () => {
    const nextKey = createTestKey('Acme IdP next');
    const connectorId = (await api.get('/sso-connectors')).body.find(
      (connector: { connectorName: string }) => connector.connectorName === 'Acme SAML',
    ).id as string;
    const save = async () =>
      expect(
        (await api.patch(`/sso-connectors/${connectorId}`, { config: { metadataUrl: idp.metadataUrl } })).status,
      ).toBe(200);
    // The metadata is cached for minutes: saving the connector fetches it again at once.
    idp.publish([idpKey, nextKey]);
    await save();
    try {
      idp.signWith(nextKey);
      expect((await signIn('ada@acme.test', { email: 'ada@acme.test' })).registered).toBe(false);
      idp.signWith(idpKey);
      expect((await signIn('ada@acme.test', { email: 'ada@acme.test' })).registered).toBe(false);
      idp.publish([nextKey]);
      // A removed certificate is trusted until the cached metadata expires or the connector is saved.
      await save();
      const browser = new Browser(server.url);
      const started = await startAtIdp(browser, 'ada@acme.test');
      const answer = idp.respond(started.authorizationUri, { nameId: 'ada@acme.test' });
      const refused = await postToAcs(answer.acsUrl, { SAMLResponse: answer.SAMLResponse });
      expect(refused.status).toBe(401);
    } finally {
      idp.publish([idpKey]);
      idp.signWith(idpKey);
      await save();
    }
  });

  it('does not fetch a metadata URL on a private address unless TESSERA_SSO_ALLOW_PRIVATE_NETWORKS is set', async () => {
    const strict = await startTestServer();
    try {
      const strictApi = await managementApi(strict);
      const created = await strictApi.post('/sso-connectors', {
        providerName: 'SAML',
        connectorName: 'Local IdP',
        config: { metadataUrl: idp.metadataUrl },
        domains: ['local.test'],
      });
      // Created as Logto does, but the metadata is not fetched: providerConfig has no identityProvider.
      expect(created.status).toBe(200);
      expect(created.body.providerConfig.serviceProvider).toBeTruthy();
      expect(created.body.providerConfig).not.toHaveProperty('identityProvider');
    } finally {
      await strict.stop();
    }
  });
});
