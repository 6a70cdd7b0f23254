export {
  createExperienceUserAssetsRouter,
  registerUserAssetRoutes,
  serveUserAssets,
} from './user-assets.routes.js';
export * from './user-assets.schemas.js';
export { createUserAssets, sniffImageType, type UserAssets } from './user-assets.service.js';
export { createUserAssetsStore } from './user-assets.store.js';
