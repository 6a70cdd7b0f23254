import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** The social connector factories: listed, documented, and configs validated with every bad field named. */
const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/connectors');
const socialFactories = ['oauth2', 'oidc', 'github-universal', 'google-universal'];

describe(`social connector configs (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  const create = (connectorId: string, config: unknown, metadata?: unknown) =>
    api.post('/connectors', { connectorId, config, ...(metadata ? { metadata } : {}) });

  it('lists the four social factories, documented field by field, with an example their schema accepts', async () => {
    const { body } = await api.get('/connector-factories');
    const social = body.filter((factory: { type: string }) => factory.type === 'Social');
    expect(social.map((factory: { id: string }) => factory.id)).toEqual(socialFactories);
    for (const factory of social) {
      expect(factory).toMatchObject({ platform: 'Universal', isStandard: ['oauth2', 'oidc'].includes(factory.id) });
      expect(factory.secretKeys).toEqual(['clientSecret']);
      const docs = fs.readFileSync(path.join(docsDir, `${factory.id}.md`), 'utf8');
      expect(factory.readme).toBe(docs);
      for (const field of Object.keys(factory.configSchema.properties)) expect(docs).toContain(`| \`${field}\` |`);
      expect(docs).toContain('```json');
      expect(docs).toContain('## Testing');
      const example = JSON.parse(factory.configTemplate);
      const metadata = factory.isStandard ? { target: `example-${factory.id}` } : undefined;
      const saved = await create(factory.id, example, metadata);
      expect(saved.status, `${factory.id}: ${JSON.stringify(saved.body)}`).toBe(200);
      await api.delete(`/connectors/${saved.body.id}`);
    }
  });

  it('names every missing or wrongly typed field of an OAuth 2.0 config, and saves nothing', async () => {
    const missing = await create('oauth2', {}, { target: 'acme' });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('connector.invalid_config');
    for (const field of ['authorizationEndpoint', 'tokenEndpoint', 'userInfoEndpoint', 'clientId', 'clientSecret'])
      expect(missing.body.message).toContain(`${field}:`);
    const wrong = await create(
      'oauth2',
      {
        authorizationEndpoint: 'not a url',
        tokenEndpoint: 'ftp://idp.test/token',
        userInfoEndpoint: 'https://idp.test/me',
        clientId: 7,
        clientSecret: 's',
        tokenEndpointAuthMethod: 'private_key_jwt',
        clientSecretJwtSigningAlgorithm: 'RS256',
        tokenEndpointResponseType: 'xml',
        responseType: 'token',
        profileMap: { id: 5, nickname: 'nick' },
        customConfig: { prompt: 1 },
        extra: true,
      },
      { target: 'acme' },
    );
    expect(wrong.status).toBe(400);
    for (const field of [
      'authorizationEndpoint',
      'tokenEndpoint',
      'clientId',
      'tokenEndpointAuthMethod',
      'clientSecretJwtSigningAlgorithm',
      'tokenEndpointResponseType',
      'responseType',
      'profileMap.id',
      'profileMap',
      'customConfig.prompt',
    ])
      expect(wrong.body.message).toContain(`${field}:`);
    expect(wrong.body.message).toContain('(extra)');
    expect((await api.get('/connectors')).body).toEqual([]);
  });

  it('fills in the defaults, masks the secret and needs a target for the standard connectors', async () => {
    const config = {
      authorizationEndpoint: 'https://idp.test/authorize',
      tokenEndpoint: 'https://idp.test/token',
      userInfoEndpoint: 'https://idp.test/me',
      clientId: 'client',
      clientSecret: 'the-secret',
    };
    expect((await create('oauth2', config)).body.code).toBe('connector.should_specify_target');
    const { body } = await create('oauth2', config, { target: 'idp' });
    expect(body.config).toEqual({
      ...config,
      clientSecret: '********',
      responseType: 'code',
      grantType: 'authorization_code',
      tokenEndpointAuthMethod: 'client_secret_post',
      clientSecretJwtSigningAlgorithm: 'HS256',
      tokenEndpointResponseType: 'query-string',
      profileMap: { id: 'id', name: 'name', avatar: 'avatar', email: 'email', phone: 'phone' },
    });
    expect(body).toMatchObject({ target: 'idp', type: 'Social', isStandard: true });
    await api.delete(`/connectors/${body.id}`);
  });

  it('names the missing fields of the OIDC, GitHub and Google configs', async () => {
    const oidc = await create('oidc', { clientId: 'c' }, { target: 'kc' });
    expect(oidc.body.message).toMatch(/issuer:.*clientSecret:/);
    const badOidc = await create(
      'oidc',
      { issuer: 'x', clientId: 'c', clientSecret: 's', authRequestOptionalConfig: { maxAge: 'soon' } },
      { target: 'kc' },
    );
    expect(badOidc.body.message).toContain('issuer:');
    expect(badOidc.body.message).toContain('authRequestOptionalConfig.maxAge: must be a number of seconds');
    const github = await create('github-universal', { clientId: 'c', secret: 's' });
    expect(github.body.message).toContain('clientSecret:');
    expect(github.body.message).toContain('(secret)');
    const google = await create('google-universal', { clientSecret: 's', prompts: ['always'] });
    expect(google.body.message).toContain('clientId:');
    expect(google.body.message).toContain('prompts.0:');
    const overridden = await create('github-universal', { clientId: 'c', clientSecret: 's' }, { target: 'gh' });
    expect(overridden.body.code).toBe('connector.cannot_overwrite_metadata_for_non_standard_connector');
  });

  it('adds openid to an OIDC scope that lacks it', async () => {
    const { body } = await create(
      'oidc',
      { issuer: 'https://kc.test/realms/a', clientId: 'c', clientSecret: 's', scope: 'email' },
      { target: 'kc2' },
    );
    expect(body.config).toMatchObject({ scope: 'openid email', fetchUserInfo: false });
  });
});
