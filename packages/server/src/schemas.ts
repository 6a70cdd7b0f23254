/**
 * `@tessera/server/schemas`: the Management API's zod schemas (bodies, queries, responses) for
 * the console's forms. Zod only: every module here imports nothing but zod and other schema
 * modules, so a browser bundle gets no server code (schemas-purity.test.ts checks the graph).
 */
export * from './account/account-center.schemas.js';
export * from './actions/actions.schemas.js';
export * from './admins/admins.schemas.js';
export * from './applications/application-sign-in-experience.schemas.js';
export * from './applications/applications.schemas.js';
export * from './applications/sign-in-tests.schemas.js';
export * from './captcha/captcha.schemas.js';
export * from './configs/configs.schemas.js';
export * from './connectors/connectors.schemas.js';
export * from './connectors/kit/kinds.js';
export * from './consent/consent.schemas.js';
export * from './custom-phrases/custom-phrases.schemas.js';
export * from './custom-profile-fields/custom-profile-fields.schemas.js';
export * from './dashboard/dashboard.schemas.js';
export * from './email-templates/email-templates.schemas.js';
export * from './hooks/hooks.schemas.js';
export * from './jwt-customizer/jwt-customizer.schemas.js';
export * from './logs/logs.schemas.js';
export * from './management/fields.js';
export * from './one-time-tokens/one-time-tokens.schemas.js';
export * from './organizations/organization-invitations.schemas.js';
export * from './organizations/organization-jit.schemas.js';
export * from './organizations/organization-template.schemas.js';
export * from './organizations/organizations.schemas.js';
export * from './resources/resources.schemas.js';
export * from './roles/roles.schemas.js';
export * from './sign-in-experience/sign-in-experience.schemas.js';
export * from './sso/sso-connectors.schemas.js';
export * from './users/password-digest.schemas.js';
export * from './users/user-mfa.schemas.js';
export * from './users/users.schemas.js';
