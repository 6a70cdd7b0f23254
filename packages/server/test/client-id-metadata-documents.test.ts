import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetadataDocumentServer } from './fakes/metadata-documents.js';
import { joinOrganizations, succeeded } from './support/consent-fixtures.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import {
  assignRole,
  authorizationRequest,
  clientConfig,
  createApiResource,
  createUser,
  decodeJwt,
  password,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, completeExperience } from './support/sign-in.js';

/**
 * Client ID Metadata Documents: an MCP-style client whose client_id is the https URL of its own
 * metadata document, published by a local HTTPS server (loopback allowed by
 * TESSERA_CIMD_ALLOW_LOOPBACK, its CA trusted by TESSERA_CIMD_CA_FILE), driven by openid-client
 * through sign-in and the consent page.
 */

const callback = 'http://127.0.0.1:33418/callback';
const notes = 'https://notes.example.com';
const organizationsResource = 'urn:logto:resource:organizations';
type Documents = Awaited<ReturnType<typeof startMetadataDocumentServer>>;
type Json = Record<string, any>;

const publicClient =
  (name: string, redirectUris = [callback]) =>
  (url: string) => ({
    client_id: url,
    client_name: name,
    redirect_uris: redirectUris,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  });

/** The error page of an authorization request refused without going back to the app. */
async function refusal(url: URL): Promise<{ status: number; body: Json }> {
  const response = await fetch(url, { redirect: 'manual' });
  const html = await response.text();
  const [, error, description] = /<strong>([^<]*)<\/strong>(?:: ([^<]*))?/.exec(html) ?? [];
  return { status: response.status, body: { error, error_description: description } };
}

describe(`Client ID Metadata Documents (${dialect})`, () => {
  let documents: Documents;
  let server: TestServer;
  let api: ManagementApi;
  let username: string;
  let userId: string;
  let clientId: string;
  let readScopeId: string;

  beforeAll(async () => {
    documents = await startMetadataDocumentServer();
    server = await startTestServer({ TESSERA_CIMD_ALLOW_LOOPBACK: 'true', TESSERA_CIMD_CA_FILE: documents.caFile });
    api = await managementApi(server);
    const user = await createUser(server, { name: 'Mia Model', primaryEmail: 'mia@example.com' });
    username = user.username as string;
    userId = user.id as string;
    const { resourceId, roleId } = await createApiResource(
      server,
      notes,
      ['read:notes', 'write:notes'],
      ['read:notes', 'write:notes'],
    );
    await assignRole(server, { userId: user.id }, roleId);
    const scopes = (await api.get(`/resources/${resourceId}/scopes`)).body as Json[];
    readScopeId = scopes.find((scope) => scope.name === 'read:notes')?.id;
    clientId = documents.publish('/clients/notes-mcp.json', publicClient('Notes MCP'));
  });
  afterAll(async () => {
    await server?.stop();
    await documents?.close();
  });

  const authorize = async (id: string, params: Record<string, string> = {}) => {
    const config = await clientConfig(server, id);
    return { config, request: await authorizationRequest(config, { redirect_uri: callback, ...params }) };
  };

  it('is off by default: an https URL client_id is an unknown client, and nothing is fetched', async () => {
    expect((await api.get('/configs/cimd')).body).toEqual({ enabled: false });
    const discovery = await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery).not.toHaveProperty('client_id_metadata_document_supported');
    const { request } = await authorize(clientId);
    const refused = await refusal(request.url);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_client');
    expect(documents.hits('/clients/notes-mcp.json')).toBe(0);
  });

  it('configs: PATCH turns them on (discovery says so), a field it does not know is a 400', async () => {
    const bad = await api.patch('/configs/cimd', { enabled: true, maxDocuments: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('guard.invalid_input');
    const on = await api.patch('/configs/cimd', { enabled: true });
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ enabled: true });
    expect((await api.get('/configs/cimd')).body).toEqual({ enabled: true });
    const discovery = await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery.client_id_metadata_document_supported).toBe(true);
  });

  it('the consent scope ceiling: add, list grouped by resource, remove, with refusals', async () => {
    expect((await api.get('/cimd/user-consent-scopes')).body).toEqual({
      organizationScopes: [],
      resourceScopes: [],
      organizationResourceScopes: [],
      userScopes: [],
    });
    const added = await api.post('/cimd/user-consent-scopes', {
      userScopes: ['profile', 'phone'],
      resourceScopes: [readScopeId],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const listed = await api.get('/cimd/user-consent-scopes');
    expect(listed.body.userScopes).toEqual(['phone', 'profile']);
    expect(listed.body.resourceScopes).toEqual([
      {
        resource: expect.objectContaining({ indicator: notes }),
        scopes: [{ id: readScopeId, name: 'read:notes', description: null }],
      },
    ]);
    expect((await api.delete('/cimd/user-consent-scopes/userScopes/phone')).status).toBe(204);
    const again = await api.delete('/cimd/user-consent-scopes/userScopes/phone');
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('entity.not_found');
    const unknown = await api.post('/cimd/user-consent-scopes', { resourceScopes: ['nosuchscope000000000'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('application.user_consent_scopes_not_found');
    expect((await api.delete('/cimd/user-consent-scopes/someScopes/x')).status).toBe(400);
    expect((await api.get('/cimd/user-consent-scopes')).body.userScopes).toEqual(['profile']);
  });

  it('authorization code + PKCE through the consent page: only what the ceiling allows is shown and granted, refresh and user info work', async () => {
    const { config, request } = await authorize(clientId, {
      scope: 'openid profile offline_access read:notes write:notes',
      resource: notes,
      prompt: 'consent',
    });
    const browser = new Browser(server.url);
    const landing = await browser.follow(request.url);
    await landing.response?.body?.cancel();
    expect(landing.url.pathname).toBe('/sign-in');
    const afterSignIn = await browser.follow(await completeExperience(browser, { username, password }));
    await afterSignIn.response?.body?.cancel();
    expect(afterSignIn.url.pathname).toBe('/consent');
    expect(afterSignIn.url.searchParams.get('app_id')).toBe(clientId);

    const info = await browser.api('GET', '/consent');
    expect(info.status, JSON.stringify(info.body)).toBe(200);
    expect(info.body.application).toMatchObject({
      id: clientId,
      name: 'Notes MCP',
      clientIdHost: new URL(clientId).host,
    });
    expect(info.body.missingOIDCScope).toEqual(expect.arrayContaining(['openid', 'profile']));
    expect(info.body.missingResourceScopes).toEqual([
      { resource: { name: notes, indicator: notes }, scopes: [{ name: 'read:notes', description: null }] },
    ]);
    const accepted = await browser.api('POST', '/consent', {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const back = await browser.follow(accepted.body.redirectTo);
    expect(back.leftServer).toBe(true);

    const tokens = await oidc.authorizationCodeGrant(
      config,
      back.url,
      { pkceCodeVerifier: request.codeVerifier, expectedState: request.state },
      { resource: notes },
    );
    expect(tokens.claims()?.sub).toBeDefined();
    expect(tokens.claims()?.aud).toBe(clientId);
    const access = decodeJwt(tokens.access_token);
    expect(access.aud).toBe(notes);
    expect(access.client_id).toBe(clientId);
    expect(access.scope).toBe('read:notes');
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token as string, { resource: notes });
    expect(decodeJwt(refreshed.access_token).scope).toBe('read:notes');
    const userinfo = await oidc.fetchUserInfo(
      config,
      (await oidc.refreshTokenGrant(config, refreshed.refresh_token as string)).access_token,
      tokens.claims()?.sub as string,
    );
    expect(userinfo.name).toBe('Mia Model');
    expect(userinfo).not.toHaveProperty('email');
    // The document was fetched once, then served from the cache.
    expect(documents.hits('/clients/notes-mcp.json')).toBe(1);
  });

  it('organizations within the ceiling: the user picks one on the consent page, and only it gets an organization token with the ceiling’s permissions', async () => {
    const created = (path: string, body: Json) => succeeded(api.post(path, body));
    const readMembers = await created('/organization-scopes', { name: 'read:members', description: 'See members' });
    const inviteMembers = await created('/organization-scopes', { name: 'invite:members' });
    const role = await created('/organization-roles', { name: 'cimd-member' });
    await created(`/organization-roles/${role.id}/scopes`, {
      organizationScopeIds: [readMembers.id, inviteMembers.id],
    });
    const [acme, beta] = await joinOrganizations(api, userId, role.id, ['Acme', 'Beta']);
    // The ceiling: the organizations scope and reading members; never inviting them.
    await created('/cimd/user-consent-scopes', {
      userScopes: ['urn:logto:scope:organizations'],
      organizationScopes: [readMembers.id],
    });

    const { config, request } = await authorize(clientId, {
      scope: 'openid offline_access urn:logto:scope:organizations read:members invite:members',
      resource: organizationsResource,
      prompt: 'consent',
    });
    const browser = new Browser(server.url);
    await (await browser.follow(request.url)).response?.body?.cancel();
    const consentPage = await browser.follow(await completeExperience(browser, { username, password }));
    await consentPage.response?.body?.cancel();
    expect(consentPage.url.pathname).toBe('/consent');
    const info = await browser.api('GET', '/consent');
    expect(info.status, JSON.stringify(info.body)).toBe(200);
    expect(info.body.missingOIDCScope).toContain('urn:logto:scope:organizations');
    expect(info.body.missingResourceScopes).toEqual([
      {
        resource: { name: 'Organizations', indicator: organizationsResource },
        scopes: [{ name: 'read:members', description: 'See members' }],
      },
    ]);
    expect(info.body.organizations).toEqual(
      expect.arrayContaining([
        { id: acme.id, name: 'Acme' },
        { id: beta.id, name: 'Beta' },
      ]),
    );
    const outsider = await created('/organizations', { name: 'Outsider' });
    const refused = await browser.api('POST', '/consent', { organizationIds: [outsider.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('organization.require_membership');
    const accepted = await browser.api('POST', '/consent', { organizationIds: [acme.id] });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const back = await browser.follow(accepted.body.redirectTo);
    expect(back.leftServer).toBe(true);

    const tokens = await oidc.authorizationCodeGrant(config, back.url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    const forAcme = await oidc.refreshTokenGrant(config, tokens.refresh_token as string, { organization_id: acme.id });
    const access = decodeJwt(forAcme.access_token);
    expect(access.aud).toBe(`urn:logto:organization:${acme.id}`);
    expect(access.client_id).toBe(clientId);
    // The user holds both permissions there; the ceiling allows reading members only.
    expect(access.scope).toBe('read:members');
    const forBeta = await oidc
      .refreshTokenGrant(config, forAcme.refresh_token ?? (tokens.refresh_token as string), {
        organization_id: beta.id,
      })
      .catch((error: { error?: string }) => error);
    expect((forBeta as { error?: string }).error).toBe('access_denied');

    // The choice is kept per user and client: another document's client, allowed without one, gets none.
    const other = documents.publish('/clients/other-mcp.json', publicClient('Other MCP'));
    const second = await authorize(other, {
      scope: 'openid offline_access urn:logto:scope:organizations',
      resource: organizationsResource,
      prompt: 'consent',
    });
    const otherConsent = await browser.follow(second.request.url);
    await otherConsent.response?.body?.cancel();
    expect(otherConsent.url.pathname).toBe('/consent');
    const otherAccepted = await browser.api('POST', '/consent', {});
    const otherBack = await browser.follow(otherAccepted.body.redirectTo);
    const otherTokens = await oidc.authorizationCodeGrant(second.config, otherBack.url, {
      pkceCodeVerifier: second.request.codeVerifier,
      expectedState: second.request.state,
    });
    const otherForAcme = await oidc
      .refreshTokenGrant(second.config, otherTokens.refresh_token as string, { organization_id: acme.id })
      .catch((error: { error?: string }) => error);
    expect((otherForAcme as { error?: string }).error).toBe('access_denied');
  });

  it('PKCE is required', async () => {
    const config = await clientConfig(server, clientId);
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: callback, scope: 'openid', state: 'xyz' });
    const answer = await fetch(url, { redirect: 'manual' });
    const location = new URL(answer.headers.get('location') as string);
    expect(`${location.origin}${location.pathname}`).toBe(callback);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('a user scope outside the ceiling is not granted: invalid_scope back at the app', async () => {
    const { request } = await authorize(clientId, { scope: 'openid email' });
    const answer = await fetch(request.url, { redirect: 'manual' });
    const location = new URL(answer.headers.get('location') as string);
    expect(`${location.origin}${location.pathname}`).toBe(callback);
    expect(location.searchParams.get('error')).toBe('invalid_scope');
  });

  it('refuses a document whose client_id is not its own URL', async () => {
    const impostor = documents.publish('/clients/impostor.json', () => ({
      ...publicClient('Impostor')('https://other.example.com/client.json'),
    }));
    const refused = await refusal((await authorize(impostor)).request.url);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_client_metadata');
    expect(refused.body.error_description).toMatch(/client_id does not match/);
  });

  it('refuses a redirect_uri the document does not list (exact match)', async () => {
    const { request } = await authorize(clientId);
    request.url.searchParams.set('redirect_uri', 'http://127.0.0.1:33418/callback/other');
    const refused = await refusal(request.url);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_redirect_uri');
  });

  it('refuses a document whose logo_uri is not https (the consent page shows https logos only)', async () => {
    const plain = documents.publish('/clients/plain-logo.json', (url) => ({
      ...publicClient('Plain logo')(url),
      logo_uri: 'http://plain.example.com/logo.png',
    }));
    const refused = await refusal((await authorize(plain)).request.url);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_client_metadata');
    expect(refused.body.error_description).toMatch(/logo_uri/);
  });

  it('refuses documents that declare a shared secret method', async () => {
    const secretive = documents.publish('/clients/secret.json', (url) => ({
      ...publicClient('Secretive')(url),
      token_endpoint_auth_method: 'client_secret_basic',
    }));
    const refused = await refusal((await authorize(secretive)).request.url);
    expect(refused.body.error).toBe('invalid_client_metadata');
  });

  it('refuses a private address even with loopback allowed', async () => {
    const refused = await refusal((await authorize('https://10.0.0.1/client.json')).request.url);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_client');
  });

  it('without the loopback switch, a document on a loopback address is refused and never fetched', async () => {
    const strict = await startTestServer({ TESSERA_CIMD_CA_FILE: documents.caFile });
    try {
      const strictApi = await managementApi(strict);
      expect((await strictApi.patch('/configs/cimd', { enabled: true })).status).toBe(200);
      const local = documents.publish('/clients/local.json', publicClient('Local'));
      const config = await clientConfig(strict, local);
      const request = await authorizationRequest(config, { redirect_uri: callback });
      const refused = await refusal(request.url);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe('invalid_client');
      expect(documents.hits('/clients/local.json')).toBe(0);
    } finally {
      await strict.stop();
    }
  });

  it('turned off again, a client already fetched is unknown at once', async () => {
    expect((await api.patch('/configs/cimd', { enabled: false })).body).toEqual({ enabled: false });
    const refused = await refusal((await authorize(clientId)).request.url);
    expect(refused.body.error).toBe('invalid_client');
  });
});
