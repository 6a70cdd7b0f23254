import {
  type Connector,
  ConnectorError,
  type ConnectorRuntime,
  configJsonSchema,
  createProviderHttp,
  loadReadme,
  type ProviderHttp,
  secretPaths,
} from './kit/index.js';

/** An installed connector with what is derived from it once: README, JSON schema, secret keys. */
export interface ConnectorFactory {
  connector: Connector;
  readme: string;
  configSchema: Record<string, unknown>;
  secretKeys: string[];
}

export interface RegistryOptions {
  /** Internal, for tests only: factory id → base URL replacing the provider's public API. */
  baseUrlOverrides: Record<string, string>;
  timeoutMs: number;
}

const noHttp = (provider: string): ProviderHttp => ({
  baseUrl: '',
  request: () => Promise.reject(new ConnectorError('not_implemented', `${provider} has no HTTP API.`)),
});

/** The installed connector factories; a duplicate id or an override naming no factory stops the start. */
export function createConnectorRegistry(connectors: Connector[], options: RegistryOptions) {
  const factories = new Map<string, ConnectorFactory>();
  for (const connector of connectors) {
    const { id, description } = connector.metadata;
    if (factories.has(id)) throw new Error(`Two connectors share the factory id ${id}.`);
    factories.set(id, {
      connector,
      readme: connector.metadata.readme ?? loadReadme(id, description.en),
      configSchema: connector.configDescription?.jsonSchema ?? configJsonSchema(connector.configSchema),
      secretKeys: connector.configDescription?.secretKeys ?? secretPaths(connector.configSchema),
    });
  }
  const unknown = Object.keys(options.baseUrlOverrides).filter((id) => !factories.has(id));
  if (unknown.length > 0)
    throw new Error(
      `TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS names unknown connector factories: ${unknown.join(', ')}`,
    );

  return {
    list: (): ConnectorFactory[] => [...factories.values()],
    get: (id: string): ConnectorFactory | undefined => factories.get(id),
    runtime(connector: Connector): ConnectorRuntime {
      const { id, name } = connector.metadata;
      const baseUrl = options.baseUrlOverrides[id] ?? connector.apiBaseUrl;
      // Social connectors always get HTTP: the generic ones call the absolute endpoints of their config.
      const http =
        baseUrl || connector.type === 'Social'
          ? createProviderHttp({ provider: name.en, baseUrl: baseUrl ?? '', timeoutMs: options.timeoutMs })
          : noHttp(name.en);
      return { http, timeoutMs: options.timeoutMs };
    },
  };
}

export type ConnectorRegistry = ReturnType<typeof createConnectorRegistry>;
