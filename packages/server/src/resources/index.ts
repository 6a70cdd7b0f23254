export { createResourcesStore, type ResourceRow, type ResourcesStore, type ScopeRow } from './resources.store.js';
