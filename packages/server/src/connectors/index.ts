export { mapConnectorErrors } from './connectors.errors.js';
export { registerConnectorRoutes } from './connectors.routes.js';
export * from './connectors.schemas.js';
export { type ConnectorsService, createConnectorsService } from './connectors.service.js';
export { type ConnectorRow, type ConnectorsStore, createConnectorsStore } from './connectors.store.js';
export { builtInConnectors } from './factories.js';
export type * from './kit/types.js';
export { type ConnectorRegistry, createConnectorRegistry } from './registry.js';
