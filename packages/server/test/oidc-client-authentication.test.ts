import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { managementApi } from './support/management-client.js';
import {
  authorizationRequest,
  clientConfig,
  createApp,
  createUser,
  decodeJwt,
  password,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/**
 * Client authentication at the token endpoint is oidc-provider's own: the Basic scheme in any
 * letter case, secrets in the body, `invalid_client` before any grant rule, and the organization
 * checks for whichever way the client authenticated.
 */

const callback = 'http://localhost:3000/callback';
const organizationsResource = 'urn:logto:resource:organizations';
const basic = (scheme: string, id: string, secret: string) =>
  `${scheme} ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function post(server: TestServer, params: Record<string, string>, authorization?: string) {
  const response = await fetch(`${server.issuer}/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: new URLSearchParams(params),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe(`client authentication at the token endpoint (${dialect})`, () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof managementApi>>;
  let organizationId: string;
  let member: { id: string; secret: string };
  let stranger: { id: string; secret: string };
  const warn = vi.spyOn(console, 'warn');

  beforeAll(async () => {
    server = await startTestServer();
    admin = await managementApi(server);
    organizationId = (await admin.post('/organizations', { name: 'Acme' })).body.id;
    member = (await admin.post('/applications', { name: 'Member', type: 'MachineToMachine' })).body;
    stranger = (await admin.post('/applications', { name: 'Stranger', type: 'MachineToMachine' })).body;
    await admin.post(`/organizations/${organizationId}/applications`, { applicationIds: [member.id] });
  });
  afterAll(async () => {
    warn.mockRestore();
    await server.stop();
  });

  it('checks organization membership whatever the letter case of the Basic scheme', async () => {
    for (const scheme of ['Basic', 'basic', 'BASIC']) {
      const refused = await post(
        server,
        { grant_type: 'client_credentials', organization_id: organizationId },
        basic(scheme, stranger.id, stranger.secret),
      );
      expect({ scheme, status: refused.status, body: refused.body }).toMatchObject({
        scheme,
        status: 403,
        body: { code: 'oidc.access_denied', error: 'access_denied' },
      });
      const granted = await post(
        server,
        { grant_type: 'client_credentials', organization_id: organizationId },
        basic(scheme, member.id, member.secret),
      );
      expect(granted.status).toBe(200);
      expect(decodeJwt(granted.body.access_token).aud).toBe(`urn:logto:organization:${organizationId}`);
    }
    // Secrets in the body are held to the same rule.
    const posted = await post(server, {
      grant_type: 'client_credentials',
      organization_id: organizationId,
      client_id: stranger.id,
      client_secret: stranger.secret,
    });
    expect(posted.status).toBe(403);
  });

  /** A new user signs in through `config`'s app, asking for a refresh token and organization scopes. */
  async function signInForOrganizations(config: oidc.Configuration) {
    const user = await createUser(server);
    const request = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access urn:logto:scope:organizations',
      resource: organizationsResource,
      prompt: 'consent',
    });
    const url = await signIn(new Browser(server.url), request.url, { username: user.username as string, password });
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    return { user, tokens };
  }

  it('refuses a user’s organization token for an organization they are not in, with a lower-case basic scheme', async () => {
    const app = await createApp(server, 'Traditional', [callback]);
    const { user, tokens } = await signInForOrganizations(await clientConfig(server, app.id, app.secret));
    const refused = await post(
      server,
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token as string, organization_id: organizationId },
      basic('basic', app.id, app.secret),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: 'access_denied',
      error_description: 'user is not a member of the organization',
    });

    await admin.post(`/organizations/${organizationId}/users`, { userIds: [user.id] });
    const granted = await post(
      server,
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token as string, organization_id: organizationId },
      basic('BASIC', app.id, app.secret),
    );
    expect(granted.status).toBe(200);
    expect(decodeJwt(granted.body.access_token).aud).toBe(`urn:logto:organization:${organizationId}`);
  });

  it('refuses an organization token without spending a public client’s rotating refresh token', async () => {
    const spa = await createApp(server, 'SPA', [callback]);
    const config = await clientConfig(server, spa.id);
    const { tokens } = await signInForOrganizations(config);
    const refreshToken = tokens.refresh_token as string;
    const refused = await post(server, {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      organization_id: organizationId,
      client_id: spa.id,
    });
    expect(refused.status).toBe(403);
    // Not consumed: using it now rotates it normally instead of counting as reuse.
    const refreshed = await oidc.refreshTokenGrant(config, refreshToken);
    expect(refreshed.refresh_token).not.toBe(refreshToken);
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token as string)).resolves.toBeTruthy();
  });

  it('answers a wrong client_secret_post secret with invalid_client and no Basic challenge', async () => {
    const wrong = await post(server, {
      grant_type: 'client_credentials',
      resource: server.config.managementApiIndicator,
      client_id: member.id,
      client_secret: 'wrong',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'oidc.invalid_client', error: 'invalid_client' });
    expect(wrong.headers.get('www-authenticate')).toBeNull();

    // openid-client sees the OAuth error, not a WWW-Authenticate challenge.
    const config = await clientConfig(server, member.id, 'wrong', 'post');
    const error = await oidc
      .clientCredentialsGrant(config, { resource: server.config.managementApiIndicator })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(oidc.ResponseBodyError);
    expect((error as oidc.ResponseBodyError).error).toBe('invalid_client');

    // With Basic, the challenge names the scheme the client used.
    const viaBasic = await post(
      server,
      { grant_type: 'client_credentials', resource: server.config.managementApiIndicator },
      basic('Basic', member.id, 'wrong'),
    );
    expect(viaBasic.status).toBe(401);
    expect(viaBasic.headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it('authenticates the client before any grant rule: a wrong secret without a resource is invalid_client', async () => {
    const viaBasic = await post(server, { grant_type: 'client_credentials' }, basic('Basic', member.id, 'wrong'));
    expect(viaBasic.status).toBe(401);
    expect(viaBasic.body.error).toBe('invalid_client');
    const viaBody = await post(server, {
      grant_type: 'client_credentials',
      client_id: member.id,
      client_secret: 'wrong',
    });
    expect(viaBody.status).toBe(401);
    expect(viaBody.body.error).toBe('invalid_client');
    // The right secret then meets the rule: no resource, no organization and no default resource.
    const right = await post(server, { grant_type: 'client_credentials' }, basic('Basic', member.id, member.secret));
    expect(right.status).toBe(400);
    expect(right.body.error).toBe('invalid_target');
  });

  it('accepts the bearer scheme in any letter case at the Management API', async () => {
    const token = await post(
      server,
      { grant_type: 'client_credentials', resource: server.config.managementApiIndicator, scope: 'all' },
      basic('Basic', ...(await managementCredentials())),
    );
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const response = await fetch(`${server.url}/api/applications`, {
        headers: { authorization: `${scheme} ${token.body.access_token}` },
      });
      expect({ scheme, status: response.status }).toEqual({ scheme, status: 200 });
    }
  });

  it('refuses NUL bytes in a token request with a client error, never a server error', async () => {
    const credentials = basic('Basic', member.id, member.secret);
    const cases: [Record<string, string>, string | undefined, number, string][] = [
      [{ grant_type: 'client_credentials', client_id: 'a\0b', client_secret: 'x' }, undefined, 401, 'invalid_client'],
      [{ grant_type: 'client_credentials', resource: 'https://a\0b' }, credentials, 400, 'invalid_request'],
      [{ grant_type: 'client_credentials', organization_id: 'a\0b' }, credentials, 400, 'invalid_request'],
    ];
    for (const [params, authorization, status, error] of cases) {
      const answer = await post(server, params, authorization);
      expect({ params, status: answer.status, error: answer.body.error }).toEqual({ params, status, error });
    }
  });

  it('lets the provider read the token request itself: no warning about an already parsed body', () => {
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((message) => message.includes('already parsed request body'))).toEqual([]);
  });

  async function managementCredentials(): Promise<[string, string]> {
    const app = await server.services.applications.create({ name: 'Admin', type: 'MachineToMachine' });
    await server.services.stores.roles.assignToApplication(app.id, server.services.managementRoleId);
    return [app.id, app.secret];
  }
});
