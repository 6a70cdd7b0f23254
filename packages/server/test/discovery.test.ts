import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

describe(`discovery and keys (${dialect})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('publishes discovery with the /oidc issuer and ES256', async () => {
    const response = await fetch(`${server.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.issuer).toBe(server.issuer);
    expect(body.userinfo_endpoint).toBe(`${server.issuer}/me`);
    expect(body.id_token_signing_alg_values_supported).toEqual(['ES256']);
    expect(body.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('publishes only public keys in the JWKS', async () => {
    const body = await (await fetch(`${server.issuer}/jwks`)).json();
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(body.keys[0].d).toBeUndefined();
  });

  it('issues a Management API token by client credentials', async () => {
    const api = await managementApi(server);
    const [, payload] = api.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    expect(claims.aud).toBe(server.config.managementApiIndicator);
    expect(claims.scope).toBe('all');
    expect(claims.sub).toBe(api.credentials.clientId);
  });
});
