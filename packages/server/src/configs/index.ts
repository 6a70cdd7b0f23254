export { registerConfigRoutes } from './configs.routes.js';
export * from './configs.schemas.js';
export { type ConfigsService, createConfigsService } from './configs.service.js';
export { createConfigsStore } from './configs.store.js';
export { createOidcKeysService, type OidcKeysService } from './oidc-keys.service.js';
