export {
  type BrandingLayer,
  type BrandingLayers,
  type BrandingQuery,
  createBrandingLayers,
  withBrandingLayers,
} from './branding-layers.js';
export { checkPassword, describePasswordIssues, type PasswordIssue } from './password-policy.js';
export { registerPublicSignInExperienceRoutes, registerSignInExperienceRoutes } from './sign-in-experience.routes.js';
export * from './sign-in-experience.schemas.js';
export { createSignInExperienceService, type SignInExperienceService } from './sign-in-experience.service.js';
export { createSignInExperienceStore } from './sign-in-experience.store.js';
