export { registerVerificationCodeRoutes } from './verification-codes.routes.js';
export { createManagementVerificationCodes, type ManagementVerificationCodes } from './verification-codes.service.js';
export { createVerificationCodesStore } from './verification-codes.store.js';
