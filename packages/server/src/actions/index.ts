export { type ActionRunner, createActionRunner } from './action-runner.js';
export { registerActionRoutes } from './actions.routes.js';
export * from './actions.schemas.js';
export { type ActionsService, createActionsService } from './actions.service.js';
export { createSignInActions, type SignInActions } from './sign-in-actions.js';
