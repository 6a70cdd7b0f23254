export { createHooksDispatcher, type HooksDispatcher } from './hooks.dispatcher.js';
export { createHookRequestContext, dataEventScopes, managementApiHookEvents } from './hooks.events.js';
export { createHooksModule, type HooksModule } from './hooks.module.js';
export { registerHookRoutes } from './hooks.routes.js';
export * from './hooks.schemas.js';
export { createHooksService, type HooksService } from './hooks.service.js';
export { createHooksStore, type Executor, type HooksStore } from './hooks.store.js';
