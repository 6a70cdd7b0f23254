export { registerSamlApplicationRoutes } from './saml-applications.routes.js';
export * from './saml-applications.schemas.js';
export { createSamlApplicationsService, type SamlApplicationsService } from './saml-applications.service.js';
export { createSamlApplicationsStore } from './saml-applications.store.js';
export { registerSamlSignInRoutes } from './saml-sign-in.routes.js';
export { createSamlSignInService, type SamlSignInService } from './saml-sign-in.service.js';
