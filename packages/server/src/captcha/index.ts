export { captchaCspSources } from './captcha.csp.js';
export { registerCaptchaProviderRoutes } from './captcha.routes.js';
export type { CaptchaConfig, CaptchaPublicConfig } from './captcha.schemas.js';
export { type CaptchaService, createCaptchaService } from './captcha.service.js';
export { createCaptchaStore } from './captcha.store.js';
export { type CaptchaVerifier, captchaProviderBaseUrls, createCaptchaVerifier } from './captcha.verifier.js';
