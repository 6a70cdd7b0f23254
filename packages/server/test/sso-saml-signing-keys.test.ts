import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type ManagementApi, managementApi, readOnlyApi } from './support/management-client.js';
import {
  authnRequestSignatureValid,
  createTestKey,
  readAuthnRequest,
  type SamlIdp,
  startSamlIdp,
} from './support/saml-idp.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Json = Record<string, any>;

/**
 * SP signing keys of SAML connectors: the Management API makes RSA keys with self-signed
 * certificates (never answering the private key, sealed at rest); while a connector has an active
 * key, its AuthnRequests are signed with it, and the IdP checks them with the answered certificate.
 */
describe(`SAML connectors' SP signing keys (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let idp: SamlIdp;
  let connectorId: string;

  beforeAll(async () => {
    server = await startTestServer({ TESSERA_SSO_ALLOW_PRIVATE_NETWORKS: 'true' });
    api = await managementApi(server);
    idp = await startSamlIdp({ keys: [createTestKey('Signing keys IdP')] });
    const created = await api.post('/sso-connectors', {
      providerName: 'SAML',
      connectorName: 'Signed requests IdP',
      config: { metadata: idp.metadata() },
      domains: ['signed.example'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    connectorId = created.body.id;
  });
  afterAll(async () => {
    await idp.close();
    await server.stop();
  });

  const keysPath = () => `/sso-connectors/${connectorId}/signing-keys`;

  /** The URL of the AuthnRequest the connector sends next (through the test sign-in). */
  async function nextAuthnRequestUrl(): Promise<string> {
    const started = await api.post(`/sso-connectors/${connectorId}/test-sign-in`, {});
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    return started.body.authorizationUri as string;
  }

  it('signs AuthnRequests with the active key only, and rotates to a newly activated key', async () => {
    expect(readAuthnRequest(await nextAuthnRequestUrl()).signed).toBe(false);

    // A staged key: answered without its private key, sealed at rest, not signing yet.
    const first = await api.post(keysPath(), {});
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ active: false, certificate: expect.stringContaining('BEGIN CERTIFICATE') });
    expect(Object.keys(first.body).sort()).toEqual(
      ['active', 'certificate', 'createdAt', 'expiresAt', 'fingerprints', 'id'].sort(),
    );
    expect(first.body.fingerprints.sha256.unformatted).toMatch(/^[0-9a-f]{64}$/);
    expect(first.body.expiresAt - first.body.createdAt).toBeGreaterThan(3 * 364 * 86_400_000);
    const stored = await server.services.db
      .selectFrom('sso_connector_signing_keys')
      .selectAll()
      .where('id', '=', first.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.connector_id).toBe(connectorId);
    expect(stored.private_key_encrypted).not.toContain('PRIVATE KEY');
    expect(readAuthnRequest(await nextAuthnRequestUrl()).signed).toBe(false);

    // Activated: the IdP checks the request's signature with the answered certificate.
    const activated = await api.patch(`${keysPath()}/${first.body.id}`, { active: true });
    expect(activated.status).toBe(200);
    expect(activated.body.active).toBe(true);
    const signedUrl = await nextAuthnRequestUrl();
    expect(readAuthnRequest(signedUrl).signed).toBe(true);
    expect(authnRequestSignatureValid(signedUrl, first.body.certificate)).toBe(true);
    // A request altered after signing fails the check.
    const tampered = new URL(signedUrl);
    tampered.searchParams.set('RelayState', 'someone-else');
    expect(authnRequestSignatureValid(tampered.toString(), first.body.certificate)).toBe(false);
    const connector = await api.get(`/sso-connectors/${connectorId}`);
    expect(connector.body.providerConfig.serviceProvider).toMatchObject({
      authnRequestsSigned: true,
      signingCertificate: first.body.certificate,
    });

    // Rotation: a new key created active replaces the active one at once.
    const second = await api.post(keysPath(), { active: true });
    expect(second.status).toBe(201);
    expect(second.body.active).toBe(true);
    const rotatedUrl = await nextAuthnRequestUrl();
    expect(authnRequestSignatureValid(rotatedUrl, second.body.certificate)).toBe(true);
    expect(authnRequestSignatureValid(rotatedUrl, first.body.certificate)).toBe(false);
    const listed = await api.get(keysPath());
    expect(listed.status).toBe(200);
    expect(listed.body.map((key: Json) => [key.id, key.active]).sort()).toEqual(
      [
        [first.body.id, false],
        [second.body.id, true],
      ].sort(),
    );
    expect(JSON.stringify(listed.body)).not.toContain('PRIVATE KEY');

    // Back to the first key: activating it deactivates the second.
    expect((await api.patch(`${keysPath()}/${first.body.id}`, { active: true })).body.active).toBe(true);
    expect((await api.get(keysPath())).body.filter((key: Json) => key.active).map((key: Json) => key.id)).toEqual([
      first.body.id,
    ]);
    expect(authnRequestSignatureValid(await nextAuthnRequestUrl(), first.body.certificate)).toBe(true);

    // The active key cannot be deleted; an inactive one can.
    const refused = await api.delete(`${keysPath()}/${first.body.id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('single_sign_on.can_not_delete_active_signing_key');
    expect((await api.delete(`${keysPath()}/${second.body.id}`)).status).toBe(204);
    expect((await api.delete(`${keysPath()}/${second.body.id}`)).status).toBe(404);

    // Deactivated: requests go unsigned again, and providerConfig says so.
    expect((await api.patch(`${keysPath()}/${first.body.id}`, { active: false })).body.active).toBe(false);
    expect(readAuthnRequest(await nextAuthnRequestUrl()).signed).toBe(false);
    const unsigned = await api.get(`/sso-connectors/${connectorId}`);
    expect(unsigned.body.providerConfig.serviceProvider.authnRequestsSigned).toBe(false);
    expect(unsigned.body.providerConfig.serviceProvider.signingCertificate).toBeUndefined();
  });

  it('offers keys to SAML connectors only, and deletes them with their connector', async () => {
    const oidc = await api.post('/sso-connectors', { providerName: 'OIDC', connectorName: 'Not SAML' });
    expect(oidc.status, JSON.stringify(oidc.body)).toBe(200);
    const notSaml = await api.post(`/sso-connectors/${oidc.body.id}/signing-keys`, {});
    expect(notSaml.status).toBe(404);
    expect(notSaml.body.code).toBe('single_sign_on.not_saml_connector');
    expect((await api.get(`/sso-connectors/${oidc.body.id}/signing-keys`)).body.code).toBe(
      'single_sign_on.not_saml_connector',
    );
    const missing = await api.get('/sso-connectors/no-such-connector/signing-keys');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('entity.not_found');
    expect((await api.patch(`${keysPath()}/no-such-key`, { active: true })).status).toBe(404);
    expect((await api.post(keysPath(), { active: 'yes' })).status).toBe(400);

    const azure = await api.post('/sso-connectors', {
      providerName: 'AzureAD',
      connectorName: 'Entra with keys',
      config: { metadata: idp.metadata() },
    });
    expect(azure.status, JSON.stringify(azure.body)).toBe(200);
    const key = await api.post(`/sso-connectors/${azure.body.id}/signing-keys`, { active: true });
    expect(key.status).toBe(201);
    expect((await api.delete(`/sso-connectors/${azure.body.id}`)).status).toBe(204);
    const left = await server.services.db
      .selectFrom('sso_connector_signing_keys')
      .select('id')
      .where('id', '=', key.body.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('guards the routes: 401 without a token, 403 for writes with a read-only token', async () => {
    const reader = await readOnlyApi(server, api);
    const anonymous = apiClient(server, 'not-a-token');
    expect((await anonymous.get(keysPath())).status).toBe(401);
    expect((await reader.get(keysPath())).status).toBe(200);
    const writes: Array<[string, string]> = [
      ['POST', keysPath()],
      ['PATCH', `${keysPath()}/some-key`],
      ['DELETE', `${keysPath()}/some-key`],
    ];
    for (const [method, path] of writes) {
      expect((await anonymous.call(method, path, {})).status, `${method} ${path}`).toBe(401);
      expect((await reader.call(method, path, { active: true })).status, `${method} ${path}`).toBe(403);
    }
  });
});
