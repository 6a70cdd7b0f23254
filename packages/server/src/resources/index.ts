export { withResourceCache } from './resources.cache.js';
export { registerResourceRoutes } from './resources.routes.js';
export * from './resources.schemas.js';
export { createResourcesService, type ResourcesService, toResource, toScope } from './resources.service.js';
export { createResourcesStore, type ResourceRow, type ResourcesStore, type ScopeRow } from './resources.store.js';
