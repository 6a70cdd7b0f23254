export { registerCustomProfileFieldRoutes } from './custom-profile-fields.routes.js';
export { type CustomProfileField, customProfileFieldSchema } from './custom-profile-fields.schemas.js';
export { type CustomProfileFieldsService, createCustomProfileFieldsService } from './custom-profile-fields.service.js';
export { createCustomProfileFieldsStore } from './custom-profile-fields.store.js';
export type { ProfileChanges } from './profile-values.js';
