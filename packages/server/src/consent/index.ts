export { registerCimdConsentRoutes } from './cimd-consent.routes.js';
export { registerConsentRoutes } from './consent.routes.js';
export * from './consent.schemas.js';
export { type ConsentService, createConsentService } from './consent.service.js';
export { registerConsentExperienceRoutes } from './consent-experience.routes.js';
