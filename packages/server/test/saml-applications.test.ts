import { inflateRawSync } from 'node:zlib';
import { SAML, type SamlConfig, ValidateInResponseTo } from '@node-saml/node-saml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningCertificate } from '../src/saml-applications/saml-certificates.js';
import { type ManagementApi, managementApi, readOnlyApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience } from './support/sign-in.js';

/**
 * Tessera as a SAML identity provider, against @node-saml/node-saml as the service provider:
 * the SP reads Tessera's metadata and checks every response (signature with the metadata's
 * certificate, audience, InResponseTo, decryption with its own key), a person signs in through
 * the Experience API in between, and the bad requests are refused before anything is sent.
 */
const acsUrl = 'https://sp.example.test/saml/acs';
const spEntityId = 'https://sp.example.test/metadata';

interface PostedResponse {
  action: string;
  SAMLResponse: string;
  RelayState?: string;
  csp: string;
  /** The callback URL that answered the page. */
  callback: URL;
}

const fieldOf = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));

describe(`SAML applications: Tessera as identity provider (${dialect})`, { timeout: 60_000 }, () => {
  let server: TestServer;
  let api: ManagementApi;
  let spKeys: { privateKey: string; certificate: string };
  const user = { username: `saml_${Date.now()}`, email: `saml.${Date.now()}@example.com` };

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    spKeys = await generateSigningCertificate({ commonName: 'Test SP', now: Date.now(), lifeSpanInYears: 1 });
    await createUser(server, { username: user.username, primaryEmail: user.email, name: 'Sam L. User' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function createSamlApp(extra: Record<string, unknown> = {}) {
    const created = await api.post('/saml-applications', {
      name: 'Wiki',
      entityId: spEntityId,
      acsUrl: { binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST', url: acsUrl },
      ...extra,
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; [key: string]: unknown };
  }

  async function metadataOf(id: string) {
    const response = await fetch(`${server.url}/api/saml-applications/${id}/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('xml');
    const xml = await response.text();
    return {
      xml,
      entityId: /entityID="([^"]+)"/.exec(xml)?.[1] as string,
      certificate: /<ds:X509Certificate>([^<]+)</.exec(xml)?.[1] as string,
      ssoUrl: /Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="([^"]+)"/.exec(
        xml,
      )?.[1] as string,
    };
  }

  /** The service provider, configured only from Tessera's metadata and its own settings. */
  async function serviceProvider(id: string, options: Partial<SamlConfig> = {}) {
    const metadata = await metadataOf(id);
    return new SAML({
      callbackUrl: acsUrl,
      entryPoint: metadata.ssoUrl,
      issuer: spEntityId,
      audience: spEntityId,
      idpIssuer: metadata.entityId,
      idpCert: metadata.certificate,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      validateInResponseTo: ValidateInResponseTo.always,
      identifierFormat: null,
      ...options,
    });
  }

  /** Signs the person in on the page the SSO service sent the browser to, and reads the posted response. */
  async function signInAndReadResponse(browser: Browser, start: Response): Promise<PostedResponse> {
    expect(start.status).toBe(303);
    const landing = await browser.follow(start.headers.get('location') as string);
    await landing.response?.body?.cancel();
    expect(landing.url.pathname).toBe('/sign-in');
    const redirectTo = await completeExperience(browser, { username: user.username, password });
    const done = await browser.follow(redirectTo);
    expect(done.leftServer).toBe(false);
    expect(done.response?.status).toBe(200);
    const html = (await done.response?.text()) ?? '';
    return {
      action: /<form[^>]*action="([^"]+)"/.exec(html)?.[1] as string,
      SAMLResponse: fieldOf(html, 'SAMLResponse') as string,
      RelayState: fieldOf(html, 'RelayState'),
      csp: done.response?.headers.get('content-security-policy') ?? '',
      callback: done.url,
    };
  }

  async function redirectBindingSignIn(sp: SAML, id: string, relayState = 'relay-1') {
    const browser = new Browser(server.url);
    const url = await sp.getAuthorizeUrlAsync(relayState, undefined, {});
    expect(url.startsWith(`${server.url}/api/saml/${id}/authn?`)).toBe(true);
    return signInAndReadResponse(browser, await browser.request(url));
  }

  async function postForm(browser: Browser, id: string, fields: Record<string, string>) {
    return browser.request(`${server.url}/api/saml/${id}/authn`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://sp.example.test' },
      body: new URLSearchParams(fields),
    });
  }

  it('creates a SAML app with an active certificate, listed as an application of type SAML', async () => {
    const app = await createSamlApp({ description: 'Team wiki', customData: { team: 'docs' } });
    expect(app).toMatchObject({
      type: 'SAML',
      name: 'Wiki',
      description: 'Team wiki',
      customData: { team: 'docs' },
      entityId: spEntityId,
      acsUrl: { url: acsUrl },
      nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      attributeMapping: {},
      encryption: null,
    });
    const listed = await api.get('/applications?types=SAML');
    expect(listed.body.map((a: { id: string }) => a.id)).toContain(app.id);
    const secrets = await api.get(`/saml-applications/${app.id}/secrets`);
    expect(secrets.body).toHaveLength(1);
    expect(secrets.body[0]).toMatchObject({ active: true });
    expect(secrets.body[0].privateKey).toBeUndefined();
    expect(JSON.stringify(secrets.body)).not.toContain('PRIVATE KEY');
    expect(secrets.body[0].fingerprints.sha256.unformatted).toMatch(/^[0-9a-f]{64}$/);
    // About three years.
    expect(secrets.body[0].expiresAt - secrets.body[0].createdAt).toBeGreaterThan(3 * 364 * 86_400_000);
    // The private key is sealed at rest.
    const stored = await server.services.db
      .selectFrom('saml_application_secrets')
      .selectAll()
      .where('application_id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(stored.private_key_encrypted).not.toContain('PRIVATE KEY');

    const patched = await api.patch(`/saml-applications/${app.id}`, {
      name: 'Wiki 2',
      attributeMapping: { email: 'mail' },
    });
    expect(patched.body).toMatchObject({ name: 'Wiki 2', attributeMapping: { email: 'mail' }, entityId: spEntityId });
    expect((await api.get(`/saml-applications/${app.id}`)).body.name).toBe('Wiki 2');
  });

  it('refuses SAML apps through the applications API and other types through the SAML API, as Logto', async () => {
    const viaApplications = await api.post('/applications', { name: 'x', type: 'SAML' });
    expect(viaApplications).toMatchObject({ status: 400, body: { code: 'application.saml.use_saml_app_api' } });
    const app = await createSamlApp();
    expect((await api.patch(`/applications/${app.id}`, { name: 'y' })).body.code).toBe(
      'application.saml.use_saml_app_api',
    );
    expect((await api.delete(`/applications/${app.id}`)).body.code).toBe('application.saml.use_saml_app_api');
    const spa = await api.post('/applications', { name: 'spa', type: 'SPA' });
    expect((await api.get(`/saml-applications/${spa.body.id}`)).status).toBe(422);
    expect((await api.get('/saml-applications/no-such-app')).status).toBe(404);
    const redirectAcs = await api.post('/saml-applications', {
      name: 'bad',
      acsUrl: { binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect', url: acsUrl },
    });
    expect(redirectAcs).toMatchObject({
      status: 422,
      body: { code: 'application.saml.acs_url_binding_not_supported' },
    });
    expect((await api.delete(`/saml-applications/${app.id}`)).status).toBe(204);
    expect((await api.get(`/applications/${app.id}`)).status).toBe(404);
  });

  it('guards every management route: 401 without a token, 403 with read only on writes', async () => {
    const app = await createSamlApp();
    const [secret] = (await api.get(`/saml-applications/${app.id}/secrets`)).body;
    const reader = await readOnlyApi(server, api);
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/saml-applications', { name: 'x' }],
      ['PATCH', `/saml-applications/${app.id}`, { name: 'x' }],
      ['DELETE', `/saml-applications/${app.id}`, undefined],
      ['POST', `/saml-applications/${app.id}/secrets`, { lifeSpanInYears: 1 }],
      ['PATCH', `/saml-applications/${app.id}/secrets/${secret.id}`, { active: true }],
      ['DELETE', `/saml-applications/${app.id}/secrets/${secret.id}`, undefined],
    ];
    const reads = [`/saml-applications/${app.id}`, `/saml-applications/${app.id}/secrets`];
    for (const [method, path, body] of writes) {
      const anonymous = await fetch(`${server.url}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      const readOnly = await (reader as any)[method.toLowerCase() === 'delete' ? 'delete' : method.toLowerCase()](
        path,
        body,
      );
      expect(readOnly.status, `${method} ${path} with read`).toBe(403);
    }
    for (const path of reads) {
      expect((await fetch(`${server.url}/api${path}`)).status).toBe(401);
      expect((await reader.get(path)).status).toBe(200);
    }
  });

  it('SP-initiated, HTTP-Redirect binding: node-saml accepts the signed response, audience and InResponseTo', async () => {
    const app = await createSamlApp({
      attributeMapping: { email: 'mail', name: 'displayName', sub: 'uid' },
    });
    const metadata = await metadataOf(app.id);
    expect(metadata.entityId).toBe(`${server.url}/saml/${app.id}`);
    expect(metadata.xml).toContain('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
    expect(metadata.xml).toContain('WantAuthnRequestsSigned="false"');
    const sp = await serviceProvider(app.id);
    const posted = await redirectBindingSignIn(sp, app.id, 'relay-redirect');
    expect(posted.action).toBe(acsUrl);
    expect(posted.RelayState).toBe('relay-redirect');
    expect(posted.csp).toMatch(/script-src 'nonce-[^']+'/);
    expect(posted.csp).toContain('form-action https://sp.example.test');
    const { profile, loggedOut } = await sp.validatePostResponseAsync({
      SAMLResponse: posted.SAMLResponse,
      RelayState: posted.RelayState as string,
    });
    expect(loggedOut).toBe(false);
    const xml = Buffer.from(posted.SAMLResponse, 'base64').toString('utf8');
    expect(xml).toContain('InResponseTo="');
    expect(xml).toContain('SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"');
    const userId = (await server.services.users.list({ search: user.username }, { offset: 0, limit: 1 })).items[0]?.id;
    expect(profile).toMatchObject({
      issuer: metadata.entityId,
      nameID: userId,
      nameIDFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      mail: user.email,
      displayName: 'Sam L. User',
      uid: userId,
    });
    expect(profile?.sessionIndex).toBeTruthy();

    // A service provider with another entity id (audience) refuses the same kind of response.
    const second = await redirectBindingSignIn(sp, app.id);
    const never = { validateInResponseTo: ValidateInResponseTo.never };
    const other = await serviceProvider(app.id, { audience: 'https://other.example.test', ...never });
    await expect(other.validatePostResponseAsync({ SAMLResponse: second.SAMLResponse })).rejects.toThrow(/audience/i);
    // The same response passes an SP that only skips the request check (so the audience was the reason).
    await expect(
      (await serviceProvider(app.id, never)).validatePostResponseAsync({ SAMLResponse: second.SAMLResponse }),
    ).resolves.toBeTruthy();
  });

  it('SP-initiated, HTTP-POST binding with a signed AuthnRequest and an encrypted assertion', async () => {
    const app = await createSamlApp({
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      encryption: { encryptAssertion: true, encryptThenSign: false, certificate: spKeys.certificate },
      authnRequestConfig: { requireSignedAuthnRequests: true, signingCertificate: spKeys.certificate },
    });
    expect((await metadataOf(app.id)).xml).toContain('WantAuthnRequestsSigned="true"');
    const sp = await serviceProvider(app.id, {
      authnRequestBinding: 'HTTP-POST',
      privateKey: spKeys.privateKey,
      signatureAlgorithm: 'sha256',
      decryptionPvk: spKeys.privateKey,
    });
    const form = await sp.getAuthorizeFormAsync('relay-post', undefined, {});
    const samlRequest = fieldOf(form, 'SAMLRequest') as string;
    expect(inflateRawSync(Buffer.from(samlRequest, 'base64')).toString('utf8')).toContain('SignatureValue');
    const browser = new Browser(server.url);
    const posted = await signInAndReadResponse(
      browser,
      await postForm(browser, app.id, { SAMLRequest: samlRequest, RelayState: 'relay-post' }),
    );
    const xml = Buffer.from(posted.SAMLResponse, 'base64').toString('utf8');
    expect(xml).toContain('EncryptedAssertion');
    expect(xml).not.toContain(user.email);
    expect(xml).toContain('http://www.w3.org/2009/xmlenc11#aes256-gcm');
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: posted.SAMLResponse });
    expect(profile).toMatchObject({
      nameID: user.email,
      nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      email: user.email,
      name: 'Sam L. User',
    });

    // Unsigned requests are refused for this app, and so is a tampered signed one.
    const unsigned = await (await serviceProvider(app.id, { authnRequestBinding: 'HTTP-POST' })).getAuthorizeFormAsync(
      '',
      undefined,
      {},
    );
    const refusedUnsigned = await postForm(browser, app.id, {
      SAMLRequest: fieldOf(unsigned, 'SAMLRequest') as string,
    });
    expect(refusedUnsigned.status).toBe(400);
    expect((await refusedUnsigned.json()).code).toBe('application.saml.auth_request_signature_required');
    const signedXml = inflateRawSync(
      Buffer.from(fieldOf(await sp.getAuthorizeFormAsync('', undefined, {}), 'SAMLRequest') as string, 'base64'),
    ).toString('utf8');
    // The same signed request with another IssueInstant: the signature no longer matches.
    const tamperedXml = signedXml.replace(
      /IssueInstant="[^"]+"/,
      `IssueInstant="${new Date(Date.now() + 1500).toISOString()}"`,
    );
    expect(tamperedXml).not.toBe(signedXml);
    const refusedTampered = await postForm(browser, app.id, {
      SAMLRequest: Buffer.from(tamperedXml).toString('base64'),
    });
    expect(refusedTampered.status).toBe(400);
    expect((await refusedTampered.json()).code).toBe('application.saml.invalid_signature');
  });

  it('checks a signed HTTP-Redirect AuthnRequest with the SP certificate', async () => {
    const app = await createSamlApp({
      authnRequestConfig: { requireSignedAuthnRequests: true, signingCertificate: spKeys.certificate },
    });
    const sp = await serviceProvider(app.id, { privateKey: spKeys.privateKey, signatureAlgorithm: 'sha256' });
    const posted = await redirectBindingSignIn(sp, app.id, 'signed-relay');
    await expect(
      sp.validatePostResponseAsync({ SAMLResponse: posted.SAMLResponse, RelayState: posted.RelayState as string }),
    ).resolves.toBeTruthy();
    // The RelayState is covered by the signature: another one is refused.
    const url = new URL(await sp.getAuthorizeUrlAsync('original', undefined, {}));
    expect(url.searchParams.get('Signature')).toBeTruthy();
    url.searchParams.set('RelayState', 'changed');
    const changed = await new Browser(server.url).request(url);
    expect(changed.status).toBe(400);
    expect((await changed.json()).code).toBe('application.saml.invalid_signature');
  });

  it('IdP-initiated: a Tessera URL starts the sign-in; the response answers no request', async () => {
    const app = await createSamlApp();
    const browser = new Browser(server.url);
    const posted = await signInAndReadResponse(
      browser,
      await browser.request(`/api/saml/${app.id}/idp-initiated?RelayState=dashboard`),
    );
    expect(posted.RelayState).toBe('dashboard');
    const xml = Buffer.from(posted.SAMLResponse, 'base64').toString('utf8');
    expect(xml).not.toContain('InResponseTo');
    const strict = await serviceProvider(app.id);
    await expect(strict.validatePostResponseAsync({ SAMLResponse: posted.SAMLResponse })).rejects.toThrow(
      /InResponseTo/i,
    );
    const lenient = await serviceProvider(app.id, { validateInResponseTo: ValidateInResponseTo.ifPresent });
    const { profile } = await lenient.validatePostResponseAsync({ SAMLResponse: posted.SAMLResponse });
    expect(profile?.email).toBe(user.email);
  });

  it('refuses a wrong issuer, an unregistered ACS URL and a replayed request, sending nothing anywhere', async () => {
    const app = await createSamlApp();
    const browser = new Browser(server.url);
    const wrongIssuer = await (
      await serviceProvider(app.id, { issuer: 'https://evil.example.test' })
    ).getAuthorizeUrlAsync('', undefined, {});
    const issuerAnswer = await browser.request(wrongIssuer);
    expect(issuerAnswer.status).toBe(400);
    expect(issuerAnswer.headers.get('location')).toBeNull();
    expect((await issuerAnswer.json()).code).toBe('application.saml.auth_request_issuer_not_match');

    const wrongAcs = await (
      await serviceProvider(app.id, { callbackUrl: 'https://evil.example.test/acs' })
    ).getAuthorizeUrlAsync('', undefined, {});
    const acsAnswer = await browser.request(wrongAcs);
    expect(acsAnswer.status).toBe(400);
    expect(acsAnswer.headers.get('location')).toBeNull();
    expect((await acsAnswer.json()).code).toBe('application.saml.acs_url_not_match');

    const sp = await serviceProvider(app.id);
    const url = await sp.getAuthorizeUrlAsync('', undefined, {});
    expect((await browser.request(url)).status).toBe(303);
    const replay = await new Browser(server.url).request(url);
    expect(replay.status).toBe(400);
    expect((await replay.json()).code).toBe('application.saml.auth_request_replayed');

    // The callback is single use: the same callback URL again answers no response.
    const browserOnce = new Browser(server.url);
    const first = await signInAndReadResponse(
      browserOnce,
      await browserOnce.request(await sp.getAuthorizeUrlAsync('', undefined, {})),
    );
    expect(first.SAMLResponse).toBeTruthy();
    const again = await browserOnce.request(first.callback);
    expect(again.status).toBe(400);
    expect(await again.text()).not.toContain('SAMLResponse');
  });

  it('rotates certificates: a new one is inactive until activated, then metadata and responses use it', async () => {
    const app = await createSamlApp();
    const [original] = (await api.get(`/saml-applications/${app.id}/secrets`)).body;
    const added = await api.post(`/saml-applications/${app.id}/secrets`, { lifeSpanInYears: 2 });
    expect(added).toMatchObject({ status: 201, body: { active: false } });
    expect(added.body.privateKey).toBeUndefined();
    expect((await metadataOf(app.id)).certificate).not.toBe(certificateBody(added.body.certificate));

    const activated = await api.patch(`/saml-applications/${app.id}/secrets/${added.body.id}`, { active: true });
    expect(activated.body.active).toBe(true);
    const secrets = (await api.get(`/saml-applications/${app.id}/secrets`)).body;
    expect(secrets.filter((s: { active: boolean }) => s.active).map((s: { id: string }) => s.id)).toEqual([
      added.body.id,
    ]);
    expect((await metadataOf(app.id)).certificate).toBe(certificateBody(added.body.certificate));

    // node-saml trusting only the new certificate accepts the response; trusting only the old one refuses it.
    const sp = await serviceProvider(app.id);
    const posted = await redirectBindingSignIn(sp, app.id);
    await expect(sp.validatePostResponseAsync({ SAMLResponse: posted.SAMLResponse })).resolves.toBeTruthy();
    const never = { validateInResponseTo: ValidateInResponseTo.never };
    const stale = await serviceProvider(app.id, { idpCert: certificateBody(original.certificate), ...never });
    const again = await redirectBindingSignIn(sp, app.id);
    await expect(stale.validatePostResponseAsync({ SAMLResponse: again.SAMLResponse })).rejects.toThrow(/signature/i);
    await expect(
      (await serviceProvider(app.id, never)).validatePostResponseAsync({ SAMLResponse: again.SAMLResponse }),
    ).resolves.toBeTruthy();

    const removeActive = await api.delete(`/saml-applications/${app.id}/secrets/${added.body.id}`);
    expect(removeActive).toMatchObject({
      status: 400,
      body: { code: 'application.saml.can_not_delete_active_secret' },
    });
    expect((await api.delete(`/saml-applications/${app.id}/secrets/${original.id}`)).status).toBe(204);
  });
});

const certificateBody = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
