import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInConnectors, createConnectorRegistry } from '../src/connectors/index.js';
import { isPasswordless, templateTypes } from '../src/connectors/kit/index.js';
import { aliyunConfig, sendGridConfig, smtpConfig, twilioConfig } from './fakes/configs.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';

/**
 * One contract, every passwordless connector: its docs page, its example config, its secret
 * fields, and a real send of every usage type through its fake carrying the code.
 */
const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/connectors');

interface Case {
  config: (fakes: ProviderFakes) => Record<string, unknown>;
  to: string;
  /** What the provider received last, as text that must hold the code. */
  received: (fakes: ProviderFakes) => string;
}

const cases: Record<string, Case> = {
  'twilio-short-message-service': {
    config: twilioConfig,
    to: '15551234567',
    received: (fakes) => fakes.twilio.messages.at(-1)?.body ?? '',
  },
  'aliyun-short-message-service': {
    config: aliyunConfig,
    to: '8613800000000',
    received: (fakes) => JSON.stringify(fakes.aliyun.messages.at(-1)?.templateParam),
  },
  'simple-mail-transfer-protocol': {
    config: (fakes) => smtpConfig(fakes.smtp.port),
    to: 'eve@example.test',
    received: (fakes) => fakes.smtp.messages.at(-1)?.body ?? '',
  },
  'sendgrid-email-service': {
    config: sendGridConfig,
    to: 'eve@example.test',
    received: (fakes) => fakes.sendGrid.messages.at(-1)?.value ?? '',
  },
};

describe('connector contract', () => {
  let fakes: ProviderFakes;
  let registry: ReturnType<typeof createConnectorRegistry>;

  beforeAll(async () => {
    fakes = await startProviderFakes();
    const { TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS: urls } = fakes.env;
    registry = createConnectorRegistry(builtInConnectors, { baseUrlOverrides: JSON.parse(urls), timeoutMs: 2000 });
  });
  afterAll(() => fakes.close());

  it('has a case for every passwordless connector', () => {
    const ids = builtInConnectors.filter(isPasswordless).map((connector) => connector.metadata.id);
    expect(Object.keys(cases).sort()).toEqual(ids.sort());
  });

  for (const [id, testCase] of Object.entries(cases)) {
    describe(id, () => {
      it('documents every config field, an example and how to test it', () => {
        const factory = registry.get(id);
        const docs = fs.readFileSync(path.join(docsDir, `${id}.md`), 'utf8');
        expect(factory?.readme).toBe(docs);
        const properties = Object.keys((factory?.configSchema.properties ?? {}) as Record<string, unknown>);
        for (const field of properties) expect(docs).toContain(`| \`${field}\` |`);
        expect(docs).toContain('```json');
        expect(docs).toContain(`/api/connectors/${id}/test`);
      });

      it('accepts its own example config and marks its secrets', () => {
        const factory = registry.get(id);
        const { connector } = factory!;
        expect(connector.configSchema.safeParse(connector.metadata.configExample).success).toBe(true);
        expect(factory?.secretKeys.length).toBeGreaterThan(0);
        for (const key of factory?.secretKeys ?? []) {
          // Walk the JSON schema down the dotted path: the field itself carries `secret: true`.
          const field = key.split('.').reduce<any>((node, name) => node?.properties?.[name], factory?.configSchema);
          expect(field).toMatchObject({ type: 'string', secret: true });
        }
      });

      it('delivers every usage type with the code', async () => {
        const { connector } = registry.get(id)!;
        if (!isPasswordless(connector)) throw new Error('not passwordless');
        const config = connector.configSchema.parse(testCase.config(fakes));
        for (const [index, type] of templateTypes.entries()) {
          const code = String(100000 + index);
          await connector.sendMessage(
            { to: testCase.to, type, payload: { code } },
            config,
            registry.runtime(connector),
          );
          expect(testCase.received(fakes)).toContain(code);
        }
      });
    });
  }

  it('refuses a base URL override for a factory that does not exist', () => {
    expect(() =>
      createConnectorRegistry(builtInConnectors, { baseUrlOverrides: { nope: 'http://x' }, timeoutMs: 1 }),
    ).toThrow(/unknown connector factories: nope/);
  });
});
