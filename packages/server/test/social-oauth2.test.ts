import type * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, oauth2Client, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { createAcmeConnector, socialApp, socialSignIn } from './support/social-sign-in.js';

/**
 * Social sign-in end to end through the generic OAuth 2.0 connector: an openid-client app,
 * Tessera's Experience API, and a fake upstream provider that checks the wire format.
 */
describe(`social sign-in with the OAuth 2.0 connector (${dialect})`, () => {
  let server: TestServer;
  let fake: OAuth2Fake;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let connectorId: string;

  beforeAll(async () => {
    fake = await startOAuth2Fake();
    server = await startTestServer();
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    fake.expected.scope = 'profile email';
    fake.expected.extraParams = { prompt: 'consent', audience: 'https://api.acme.test' };
    const created = await createAcmeConnector(
      api,
      fake.config({
        scope: 'profile email',
        tokenEndpointResponseType: 'json',
        customConfig: { prompt: 'consent', audience: 'https://api.acme.test' },
        profileMap: fake.verifiedMailProfileMap,
      }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    connectorId = created.body.id;
  });
  afterEach(() => expect(fake.violations).toEqual([]));
  afterAll(async () => {
    await server.stop();
    await fake.close();
  });

  it('creates the user with the mapped profile on the first sign-in and signs the same user in on the second', async () => {
    fake.signedIn.user = {
      id: 1001,
      displayName: 'Grace Hopper',
      picture: 'https://cdn.acme.test/grace.png',
      mail: 'Grace@Acme.test',
      mailVerified: true,
    };
    const first = await socialSignIn(server, config, connectorId);
    expect(first.registered).toBe(true);
    expect(first.tokens.access_token).toBeTruthy();
    expect(first.claims).toMatchObject({ name: 'Grace Hopper', email: 'grace@acme.test' });
    const { body: user } = await api.get(`/users/${first.claims.sub}`);
    expect(user).toMatchObject({
      name: 'Grace Hopper',
      avatar: 'https://cdn.acme.test/grace.png',
      primaryEmail: 'grace@acme.test',
      username: null,
      hasPassword: false,
      identities: {
        acme: {
          userId: '1001',
          details: { id: '1001', name: 'Grace Hopper', email: 'Grace@Acme.test', emailVerified: true },
        },
      },
    });
    expect(user.identities.acme.details.rawData.data.user.contact.mail).toBe('Grace@Acme.test');

    const second = await socialSignIn(server, config, connectorId);
    expect(second.registered).toBe(false);
    expect(second.claims.sub).toBe(first.claims.sub);
    expect((await api.get('/users?search=grace%40acme.test')).body).toHaveLength(1);
    expect((await api.get(`/users/${first.claims.sub}`)).body.lastSignInAt).toBeGreaterThan(0);
  });

  it('sends the authorization request with state, redirect URI, scope and the customConfig parameters', async () => {
    const [request] = fake.to('/oauth/authorize').slice(-1);
    const params = Object.fromEntries(request!.url.searchParams);
    expect(params).toEqual({
      response_type: 'code',
      client_id: oauth2Client.clientId,
      redirect_uri: `${server.url}/callback/${connectorId}`,
      state: expect.stringMatching(/^.{20,}$/),
      scope: 'profile email',
      prompt: 'consent',
      audience: 'https://api.acme.test',
    });
    const [token] = fake.to('/oauth/token').slice(-1);
    expect(token!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(token!.headers.accept).toBe('application/json');
    expect(Object.fromEntries(token!.form)).toMatchObject({
      grant_type: 'authorization_code',
      redirect_uri: `${server.url}/callback/${connectorId}`,
      client_id: oauth2Client.clientId,
      client_secret: oauth2Client.clientSecret,
    });
    expect(fake.to('/api/me').at(-1)!.headers.authorization).toMatch(/^Bearer [0-9a-f]{40}$/);
  });

  it("builds the connector's authorization URI through the Management API, as the console's try-out does", async () => {
    const redirectUri = 'https://console.acme.test/connector-callback';
    const built = await api.post(`/connectors/${connectorId}/authorization-uri`, {
      state: 'try-out-state',
      redirectUri,
    });
    expect(built.status, JSON.stringify(built.body)).toBe(200);
    const url = new URL(built.body.redirectTo);
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.url}/oauth/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      state: 'try-out-state',
      redirect_uri: redirectUri,
      client_id: oauth2Client.clientId,
      scope: 'profile email',
    });

    const missingState = await api.post(`/connectors/${connectorId}/authorization-uri`, { redirectUri });
    expect(missingState.status).toBe(400);
    expect(missingState.body.code).toBe('guard.invalid_input');
    const badUri = await api.post(`/connectors/${connectorId}/authorization-uri`, {
      state: 's',
      redirectUri: 'javascript:alert(1)',
    });
    expect(badUri.status).toBe(400);
    const unknown = await api.post('/connectors/no-such-connector/authorization-uri', { state: 's', redirectUri });
    expect(unknown.status).toBe(404);
  });

  const methods = [
    ['client_secret_basic', 'HS256', 'query-string'],
    ['client_secret_jwt', 'HS256', 'json'],
    ['client_secret_jwt', 'HS384', 'query-string'],
    ['client_secret_jwt', 'HS512', 'json'],
    ['client_secret_post', 'HS256', 'query-string'],
  ] as const;
  for (const [method, algorithm, format] of methods) {
    it(`authenticates with ${method}${method === 'client_secret_jwt' ? ` (${algorithm})` : ''} and reads a ${format} token response`, async () => {
      const patched = await api.patch(`/connectors/${connectorId}`, {
        config: fake.config({
          scope: 'profile email',
          customConfig: { prompt: 'consent', audience: 'https://api.acme.test' },
          tokenEndpointAuthMethod: method,
          clientSecretJwtSigningAlgorithm: algorithm,
          tokenEndpointResponseType: format,
          clientSecret: '********',
        }),
      });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      Object.assign(fake.expected, { authMethod: method, jwtAlgorithm: algorithm, tokenFormat: format });
      const before = fake.to('/oauth/token').length;
      const { claims, registered } = await socialSignIn(server, config, connectorId);
      expect(registered).toBe(false);
      expect(claims.name).toBe('Grace Hopper');
      const token = fake.to('/oauth/token')[before]!;
      expect(token.form.has('client_secret')).toBe(method === 'client_secret_post');
      expect(Boolean(token.headers.authorization)).toBe(method === 'client_secret_basic');
      expect(token.form.has('client_assertion')).toBe(method === 'client_secret_jwt');
    });
  }
});
