export { registerOneTimeTokenRoutes } from './one-time-tokens.routes.js';
export type { OneTimeToken, OneTimeTokenContext } from './one-time-tokens.schemas.js';
export { createOneTimeTokensService, type OneTimeTokensService } from './one-time-tokens.service.js';
export { createOneTimeTokensStore } from './one-time-tokens.store.js';
