export { type CustomClaims, createCustomClaims, type ScriptInput } from './custom-claims.js';
export { registerJwtCustomizerRoutes } from './jwt-customizer.routes.js';
export * from './jwt-customizer.schemas.js';
export {
  createJwtCustomizerService,
  type JwtCustomizerService,
  type LoadedJwtCustomizer,
} from './jwt-customizer.service.js';
export { createJwtCustomizerStore, type JwtCustomizerStore } from './jwt-customizer.store.js';
export { type CustomClaimsHook, createCustomClaimsHook, customClaimsRunOf } from './token-claims.js';
export { createTokenContextSources } from './token-context.js';
