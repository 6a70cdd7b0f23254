import type { ConnectorFactoryResponse, ConnectorResponse, MetadataOverrides } from './connectors.schemas.js';
import type { ConnectorRow } from './connectors.store.js';
import type { ConnectorFactory } from './registry.js';
import { maskSecrets } from './secret-mask.js';

/** Logto's ConnectorFactoryResponse, plus the config's JSON schema and secret keys. */
export function toFactoryResponse({ connector, readme, configSchema, secretKeys }: ConnectorFactory) {
  const { metadata } = connector;
  return {
    id: metadata.id,
    type: connector.type,
    target: metadata.target,
    platform: metadata.platform,
    name: metadata.name,
    description: metadata.description,
    logo: metadata.logo,
    logoDark: metadata.logoDark ?? null,
    readme,
    isStandard: metadata.isStandard === true,
    isDemo: false,
    isTokenStorageSupported: connector.type === 'Social' && metadata.isTokenStorageSupported === true,
    ...(metadata.configExample && { configTemplate: JSON.stringify(metadata.configExample, null, 2) }),
    configSchema,
    secretKeys,
    ...(connector.formItems && { formItems: connector.formItems }),
    ...(connector.packageName && { packageName: connector.packageName }),
  } satisfies ConnectorFactoryResponse;
}

/** Logto's ConnectorResponse: the factory's fields, overridden by the instance's metadata; secrets masked. */
export function toConnectorResponse(
  row: ConnectorRow,
  factory: ConnectorFactory,
  config: Record<string, unknown>,
): ConnectorResponse {
  const overrides = JSON.parse(row.metadata) as MetadataOverrides;
  const { id: _, ...base } = toFactoryResponse(factory);
  return {
    ...base,
    ...overrides,
    id: row.id,
    connectorId: row.connector_id,
    config: maskSecrets(config, factory.secretKeys),
    metadata: overrides,
    syncProfile: row.sync_profile === 1,
    enableTokenStorage: row.enable_token_storage === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
