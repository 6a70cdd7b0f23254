export { accessTokenAnswer, type SealedTokenSet, sealTokenResponse } from './token-set.js';
export { registerSecretRoutes } from './token-vault.routes.js';
export * from './token-vault.schemas.js';
export { createTokenVault, type TokenVault, type VerifiedIdentityTokens } from './token-vault.service.js';
export { createTokenVaultStore } from './token-vault.store.js';
