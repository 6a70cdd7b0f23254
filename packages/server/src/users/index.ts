export { burnVerification } from './password-hasher.js';
export {
  createPersonalAccessTokens,
  createPersonalAccessTokensStore,
  type PersonalAccessTokens,
} from './personal-access-tokens.js';
export { registerPersonalAccessTokenRoutes } from './personal-access-tokens.routes.js';
export { registerUserIdentityRoutes, type SocialUserInfoLookup } from './user-identities.routes.js';
export { registerUserMfaRoutes } from './user-mfa.routes.js';
export { createUserMfa, type UserMfaService } from './user-mfa.service.js';
export {
  createUserSessions,
  type GrantAppType,
  grantSchema,
  grantsQuery,
  type RevokeGrantsTarget,
  registerUserSessionRoutes,
  revokeGrantsTargetQuery,
  sessionSchema,
  type UserSessions,
} from './user-sessions.js';
export {
  createUserTransfer,
  type ExportedUser,
  type ImportEntry,
  type ImportOutcome,
  type UserTransfer,
} from './user-transfer.service.js';
export { findUsernameCaseConflicts, registerUsernameConflictRoutes } from './username-case-conflicts.js';
export { registerUserRoutes } from './users.routes.js';
export * from './users.schemas.js';
export {
  createUsersService,
  type IdentifierType,
  type LogtoConfig,
  type SocialIdentity,
  type SocialProfile,
  toUser,
  type UserCreatedListener,
  type UsersService,
} from './users.service.js';
export { createUsersStore, type UserRow, type UsersStore } from './users.store.js';
