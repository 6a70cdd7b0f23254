import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localTopics } from '../src/cache/invalidation.js';
import {
  builtInConnectors,
  type ConnectorsService,
  createConnectorRegistry,
  createConnectorsService,
} from '../src/connectors/index.js';
import { defineConnector, secret } from '../src/connectors/kit/index.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * The kit's Social type and the service's rules for it, with two stand-in social connectors
 * (the real OAuth 2.0/OIDC connectors come separately): a standard one that may be added per
 * target, and a provider-specific one that may be added once.
 */
const socialConfig = z
  .object({ clientId: z.string().min(1), clientSecret: secret(z.string().min(1), 'secret') })
  .strict();
const social = (id: string, isStandard: boolean) =>
  defineConnector({
    type: 'Social',
    metadata: {
      id,
      target: id,
      platform: 'Universal',
      name: { en: id },
      description: { en: id },
      logo: '',
      readme: `# ${id}`,
      isStandard,
    },
    configSchema: socialConfig,
    getAuthorizationUri: async ({ state, redirectUri }, config) =>
      `https://idp.test/authorize?client_id=${config.clientId}&state=${state}&redirect_uri=${redirectUri}`,
    getUserInfo: async (data) => ({ id: String(data.code) }),
  });

describe(`social connector rules (${dialect})`, () => {
  let server: TestServer;
  let connectors: ConnectorsService;
  const config = { clientId: 'client', clientSecret: 'social-secret-value' };

  beforeAll(async () => {
    server = await startTestServer();
    connectors = createConnectorsService({
      store: server.services.stores.connectors,
      registry: createConnectorRegistry(
        [...builtInConnectors, social('stand-in-oauth2', true), social('github', false)],
        {
          baseUrlOverrides: {},
          timeoutMs: 1000,
        },
      ),
      box: server.services.box,
      clock: () => Date.now(),
      cache: localTopics(),
    });
  });
  afterAll(() => server.stop());

  it('a standard connector needs a target and may be added once per target', async () => {
    await expect(connectors.create({ connectorId: 'stand-in-oauth2', config })).rejects.toMatchObject({
      code: 'connector.should_specify_target',
    });
    const first = await connectors.create({
      connectorId: 'stand-in-oauth2',
      config,
      metadata: { target: 'acme', name: { en: 'Acme' } },
    });
    expect(first).toMatchObject({ target: 'acme', name: { en: 'Acme' }, platform: 'Universal', type: 'Social' });
    expect(first.config.clientSecret).toBe('********');
    await expect(
      connectors.create({ connectorId: 'stand-in-oauth2', config, metadata: { target: 'acme' } }),
    ).rejects.toMatchObject({
      code: 'connector.multiple_target_with_same_platform',
      status: 422,
    });
    const second = await connectors.create({ connectorId: 'stand-in-oauth2', config, metadata: { target: 'other' } });
    await expect(connectors.update(second.id, { metadata: { target: 'acme' } })).rejects.toMatchObject({ status: 422 });
    const renamed = await connectors.update(second.id, { metadata: { name: { en: 'Other' } } });
    expect(renamed).toMatchObject({ target: 'other', name: { en: 'Other' } });
  });

  it('a provider-specific connector takes no metadata and is added once', async () => {
    await expect(connectors.create({ connectorId: 'github', config, metadata: { target: 'x' } })).rejects.toMatchObject(
      { code: 'connector.cannot_overwrite_metadata_for_non_standard_connector' },
    );
    await connectors.create({ connectorId: 'github', config });
    await expect(connectors.create({ connectorId: 'github', config })).rejects.toMatchObject({ status: 422 });
  });

  it('hands the social calls their opened config', async () => {
    const [github] = (await connectors.list('github')) ?? [];
    const { connector, config: opened } = await connectors.findWithConfig(github!.id);
    if (connector.type !== 'Social') throw new Error('not social');
    expect(opened.clientSecret).toBe('social-secret-value');
    const uri = await connector.getAuthorizationUri(
      { state: 's', redirectUri: 'https://app/cb', connectorId: github!.id, connectorFactoryId: 'github' },
      opened,
      {
        http: {} as never,
        timeoutMs: 1000,
        getSession: async () => ({}),
        setSession: async () => undefined,
      },
    );
    expect(uri).toBe('https://idp.test/authorize?client_id=client&state=s&redirect_uri=https://app/cb');
  });

  it('cannot test-send through a social connector', async () => {
    await expect(connectors.test('github', { email: 'a@b.test', config })).rejects.toMatchObject({
      code: 'connector.unexpected_type',
    });
  });
});
