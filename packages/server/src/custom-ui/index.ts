export { createCustomUiPages, customUiCsp } from './custom-ui.pages.js';
export { registerCustomUiRoutes } from './custom-ui.routes.js';
export { type CustomUi, createCustomUi } from './custom-ui.service.js';
export { createCustomUiStore } from './custom-ui.store.js';
export { customUiLimits, safeEntryPath, unpackCustomUi } from './custom-ui.zip.js';
