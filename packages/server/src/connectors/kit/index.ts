export * from './config-schema.js';
export * from './connector-error.js';
export { defineConnector } from './define-connector.js';
export * from './provider-http.js';
export { loadReadme } from './readme.js';
export * from './templates.js';
export * from './types.js';
