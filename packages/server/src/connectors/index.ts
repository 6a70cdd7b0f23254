export { mapConnectorErrors } from './connectors.errors.js';
export { registerConnectorRoutes } from './connectors.routes.js';
export * from './connectors.schemas.js';
export { type ConnectorsService, createConnectorsService } from './connectors.service.js';
export { type ConnectorRow, type ConnectorsStore, createConnectorsStore } from './connectors.store.js';
export { builtInConnectors } from './factories.js';
export { ConnectorError } from './kit/connector-error.js';
export { configJsonSchema } from './kit/index.js';
export { createProviderHttp, type ProviderHttp } from './kit/provider-http.js';
export type * from './kit/types.js';
export { type ConnectorRegistry, createConnectorRegistry } from './registry.js';
export { maskSecrets, restoreMaskedSecrets, SECRET_MASK } from './secret-mask.js';
// The OpenID Connect client steps, shared with the enterprise SSO drivers (sso/oidc).
export { discover, type ProviderMetadata } from './social/oidc/discovery.js';
export { verifyIdToken } from './social/oidc/id-token.js';
export { authorizationCode, authorizationUrl } from './social/shared/authorization-request.js';
export { exchangeCode } from './social/shared/token-request.js';
export { fetchWithToken } from './social/shared/user-info-request.js';
