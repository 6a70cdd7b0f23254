export { registerApplicationRoutes } from './applications.routes.js';
export * from './applications.schemas.js';
export { type ApplicationsService, type ClientRecord, createApplicationsService } from './applications.service.js';
export { type ApplicationsStore, createApplicationsStore } from './applications.store.js';
