export { registerAccessControlRoutes } from './access-control.routes.js';
export { type AccessControlService, createAccessControlService } from './access-control.service.js';
export { type AccessControlStore, createAccessControlStore } from './access-control.store.js';
export {
  type ApplicationExtrasStore,
  type ConsentOwner,
  type ConsentScopeType,
  cimdCeiling,
  consentOwnerOf,
  createApplicationExtrasStore,
} from './application-extras.store.js';
export {
  type ApplicationSignInExperienceService,
  applicationSignInExperienceBody,
  applicationSignInExperienceSchema,
  createApplicationSignInExperienceService,
} from './application-sign-in-experience.js';
export { registerApplicationSignInExperienceRoutes } from './application-sign-in-experience.routes.js';
export { registerApplicationRoutes } from './applications.routes.js';
export * from './applications.schemas.js';
export { type ApplicationsService, type ClientRecord, createApplicationsService } from './applications.service.js';
export { type ApplicationsStore, createApplicationsStore } from './applications.store.js';
export { redeemTestCode, SignInTestFailure } from './sign-in-test.exchange.js';
export { createSignInTestPage, loopbackProviderUrl } from './sign-in-test.page.js';
export { registerSignInTestRoutes } from './sign-in-tests.routes.js';
export * from './sign-in-tests.schemas.js';
export { createSignInTestsService, type SignInTestsService } from './sign-in-tests.service.js';
export { createSignInTestsStore } from './sign-in-tests.store.js';
