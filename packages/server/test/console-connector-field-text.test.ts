import { describe, expect, it } from 'vitest';
import { fieldDescriptions, fieldLabels } from '../../console/src/connectors/field-text.js';
import { builtInConnectors, createConnectorRegistry } from '../src/connectors/index.js';

interface Schema {
  properties?: Record<string, Schema>;
  items?: Schema;
  description?: string;
}

/** Every key path (list positions left out, as the catalog keys them) and description of a config schema. */
function textsOf(schema: Schema, path = '', texts = { paths: new Set<string>(), descriptions: new Set<string>() }) {
  if (schema.description !== undefined) texts.descriptions.add(schema.description);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    texts.paths.add(childPath);
    textsOf(child, childPath, texts);
  }
  if (schema.items) textsOf(schema.items, path, texts);
  return texts;
}

const factories = createConnectorRegistry(builtInConnectors, { baseUrlOverrides: {}, timeoutMs: 1000 }).list();
const byFactory = factories.map((factory) => ({
  id: factory.connector.metadata.id,
  ...textsOf(factory.configSchema as Schema),
}));

describe('the console says every built-in connector config field in Simplified Chinese', () => {
  it('has a zh-CN label for every key path of every built-in factory (nested ones and list items included)', () => {
    expect(factories.map((factory) => factory.connector.metadata.id)).toEqual(
      expect.arrayContaining(['twilio-short-message-service', 'simple-mail-transfer-protocol', 'oauth2', 'oidc']),
    );
    const missing = byFactory.flatMap(({ id, paths }) =>
      [...paths].filter((path) => !fieldLabels[path]?.['zh-CN']).map((path) => `${id}: ${path}`),
    );
    expect(missing).toEqual([]);
    // Nested keys are there to be checked: SMTP credentials, templates, the OAuth 2.0 profile map.
    const all = new Set(byFactory.flatMap(({ paths }) => [...paths]));
    for (const path of ['auth.pass', 'templates.usageType', 'templates.templateCode', 'profileMap.emailVerified'])
      expect(all).toContain(path);
  });

  it('has a zh-CN translation of every description of every built-in factory', () => {
    const missing = byFactory.flatMap(({ id, descriptions }) =>
      [...descriptions].filter((text) => !fieldDescriptions[text]?.['zh-CN']).map((text) => `${id}: ${text}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists nothing no built-in factory has (a renamed key or reworded description leaves no stale entry)', () => {
    const paths = new Set(byFactory.flatMap(({ paths }) => [...paths]));
    const descriptions = new Set(byFactory.flatMap(({ descriptions }) => [...descriptions]));
    expect(Object.keys(fieldLabels).filter((path) => !paths.has(path))).toEqual([]);
    expect(Object.keys(fieldDescriptions).filter((text) => !descriptions.has(text))).toEqual([]);
  });
});
