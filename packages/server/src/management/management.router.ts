import type Router from '@koa/router';
import { registerAccountCenterRoutes, registerPublicAccountCenterRoute } from '../account/index.js';
import { registerActionRoutes } from '../actions/index.js';
import { registerAdminRoutes } from '../admins/admins.routes.js';
import type { Services } from '../app.js';
import {
  registerAccessControlRoutes,
  registerApplicationRoutes,
  registerApplicationSignInExperienceRoutes,
  registerSignInTestRoutes,
} from '../applications/index.js';
import { registerHasuraRoute } from '../authn/index.js';
import { registerCaptchaProviderRoutes } from '../captcha/index.js';
import { registerConfigRoutes } from '../configs/index.js';
import { registerConnectorRoutes } from '../connectors/index.js';
import { registerCimdConsentRoutes, registerConsentRoutes } from '../consent/index.js';
import { registerCustomPhraseRoutes, registerPublicPhraseRoutes } from '../custom-phrases/index.js';
import { registerCustomProfileFieldRoutes } from '../custom-profile-fields/index.js';
import { registerCustomUiRoutes } from '../custom-ui/index.js';
import { registerDashboardRoutes } from '../dashboard/index.js';
import { registerEmailTemplateRoutes } from '../email-templates/index.js';
import { registerHookRoutes } from '../hooks/index.js';
import { createRouter, defineRoute, type RouteRegistry } from '../http/guard.js';
import { registerJwtCustomizerRoutes } from '../jwt-customizer/index.js';
import { auditManagementWrites, registerLogRoutes } from '../logs/index.js';
import { registerOneTimeTokenRoutes } from '../one-time-tokens/index.js';
import { registerOrganizationManagementRoutes } from '../organizations/index.js';
import { registerResourceRoutes } from '../resources/index.js';
import { registerRoleMemberRoutes, registerRoleRoutes } from '../roles/index.js';
import { registerSentinelRoutes } from '../sentinel/sentinel.routes.js';
import { registerPublicSignInExperienceRoutes, registerSignInExperienceRoutes } from '../sign-in-experience/index.js';
import { registerSsoManagementRoutes } from '../sso/index.js';
import { databaseAnswers } from '../storage/database-health.js';
import { registerSubjectTokenRoutes } from '../subject-tokens/index.js';
import { registerSecretRoutes } from '../token-vault/index.js';
import { registerUserAssetRoutes } from '../user-assets/index.js';
import {
  registerPersonalAccessTokenRoutes,
  registerUserIdentityRoutes,
  registerUserMfaRoutes,
  registerUsernameConflictRoutes,
  registerUserRoutes,
  registerUserSessionRoutes,
} from '../users/index.js';
import { registerVerificationCodeRoutes } from '../verification-codes/index.js';
import { jsonObject } from './fields.js';
import { buildOpenApiDocument } from './openapi.js';
import { registerEndpointsRoute, registerStatusRoute } from './status.routes.js';
import { registerSystemRoutes } from './system.routes.js';

const docsTag = 'OpenAPI';

/**
 * Every Management API route under /api (each declares `auth: 'management'`, whose guard
 * defineRoute puts on the route), plus the anonymous OpenAPI documents and status. Register new
 * domain routes on `api` with the `management` registry so they are documented.
 */
export function createManagementRouter(
  services: Services,
  registry: RouteRegistry,
  userRegistry: RouteRegistry = { routes: [], guards: registry.guards },
): Router {
  const management: RouteRegistry = {
    routes: [],
    guards: registry.guards,
    // Routes with a webhook data event: the change and its outbox rows in one transaction.
    scopeFor: services.hooks.dataEventScope,
  };
  const api = createRouter('/api');
  // First on the router, so it wraps every route's guard and handler.
  api.use(auditManagementWrites(services.auditLog.write));
  registerApplicationRoutes(api, management, services.applications);
  registerAccessControlRoutes(api, management, services.accessControl);
  registerHasuraRoute(api, management, {
    issuer: services.config.issuer,
    jwks: services.publicJwks,
    roleNames: (userId) => services.stores.roles.userRoleNames(userId),
  });
  registerSignInTestRoutes(api, management, services.signInTests);
  registerApplicationSignInExperienceRoutes(api, management, services.applicationSignInExperience);
  registerConsentRoutes(api, management, services.consent);
  registerCimdConsentRoutes(api, management, services.consent);
  registerUserRoutes(api, management, services.users);
  registerUserIdentityRoutes(api, management, {
    users: services.users,
    socialUserInfo: (id, data) => services.connectors.socialUserInfo(id, data),
    tokenSecrets: services.tokenVault,
    ssoIdentities: (userId) => services.sso.identities.ofUser(userId),
  });
  registerSecretRoutes(api, management, services.tokenVault);
  registerUserMfaRoutes(api, management, services.userMfa);
  registerUserAssetRoutes(api, management, services.userAssets);
  registerPersonalAccessTokenRoutes(api, management, services.personalAccessTokens);
  registerSubjectTokenRoutes(api, management, services.subjectTokens);
  registerUserSessionRoutes(api, management, services.userSessions);
  registerResourceRoutes(api, management, services.resources);
  registerRoleRoutes(api, management, services.roles);
  registerRoleMemberRoutes(api, management, services.roleMembers);
  registerConnectorRoutes(api, management, services.connectors);
  registerOrganizationManagementRoutes(api, management, services.organizations);
  registerSsoManagementRoutes(api, management, services.sso, (id) =>
    services.organizations.organizations.findOrThrow(id),
  );
  registerSignInExperienceRoutes(api, management, services.signInExperience);
  registerCustomUiRoutes(api, management, services.customUi);
  registerCaptchaProviderRoutes(api, management, services.captcha);
  registerOneTimeTokenRoutes(api, management, services.oneTimeTokens);
  registerCustomPhraseRoutes(api, management, services.customPhrases);
  registerEmailTemplateRoutes(api, management, services.emailTemplates);
  registerCustomProfileFieldRoutes(api, management, services.customProfileFields);
  registerAccountCenterRoutes(api, management, services.account.accountCenter);
  registerLogRoutes(api, management, { logs: services.logs, assertUserExists: (id) => services.users.get(id) });
  registerDashboardRoutes(api, management, services.dashboard);
  registerHookRoutes(api, management, services.hooks.service);
  registerJwtCustomizerRoutes(api, management, {
    service: services.jwtCustomizers,
    test: services.customClaims.test,
  });
  registerActionRoutes(api, management, { service: services.actions, test: services.actionRunner.test });
  registerConfigRoutes(api, management, { configs: services.configs, keys: services.oidcKeys });
  registerSentinelRoutes(api, management, services.sentinel);
  registerUsernameConflictRoutes(api, management, services.db);
  registerSystemRoutes(api, management);
  registerVerificationCodeRoutes(api, management, services.verificationCodes);
  registerAdminRoutes(api, management, { admins: services.admins, linkAttempts: services.consoleLinkAttempts });

  // Built on first request: by then every router, the Experience API's too, has registered its routes.
  const cached: Record<string, unknown> = {};
  const documents = {
    management: () =>
      buildOpenApiDocument({
        title: 'Tessera Management API',
        description:
          'Logto-compatible Management API. Bearer: a token for the Management API resource; each operation lists the permissions it accepts (`all` everywhere, `read` on reads that reveal no secret).',
        serverUrl: services.config.endpoint,
        tokenUrl: `${services.config.issuer}/token`,
        adminIssuer: services.adminPlace.issuer,
        routes: management.routes,
      }),
    experience: () =>
      buildOpenApiDocument({
        title: 'Tessera Experience API',
        description: 'The sign-in interaction API, bound to the interaction cookie.',
        serverUrl: services.config.endpoint,
        tokenUrl: `${services.config.issuer}/token`,
        adminIssuer: services.adminPlace.issuer,
        routes: registry.routes.filter((spec) => spec.path.startsWith('/api/experience')),
      }),
    user: () =>
      buildOpenApiDocument({
        title: 'Tessera User API',
        description:
          'The routes a signed-in end user calls with their own access token: the Account API, verifications and their organizations.',
        serverUrl: services.config.endpoint,
        tokenUrl: `${services.config.issuer}/token`,
        adminIssuer: services.adminPlace.issuer,
        routes: userRegistry.routes,
      }),
  };
  const served: Array<[string, keyof typeof documents]> = [
    ['/swagger.json', 'management'],
    ['/.well-known/management.openapi.json', 'management'],
    ['/.well-known/experience.openapi.json', 'experience'],
    ['/.well-known/user.openapi.json', 'user'],
  ];
  for (const [path, name] of served) {
    defineRoute(
      api,
      management,
      {
        method: 'get',
        path,
        auth: 'public',
        summary: `OpenAPI document of the ${name} API`,
        tags: [docsTag],
        response: jsonObject,
        status: 200,
      },
      () => {
        cached[name] ??= documents[name]();
        return cached[name] as Record<string, unknown>;
      },
    );
  }

  // Anonymous, like the documents: what the sign-in pages read.
  registerPublicSignInExperienceRoutes(api, management, services.fullSignInExperience, services.brandingLayers);
  registerPublicAccountCenterRoute(api, management, services.account.accountCenter);
  registerPublicPhraseRoutes(api, management, services.customPhrases);
  registerStatusRoute(api, management, () => databaseAnswers(services.db));
  registerEndpointsRoute(api, management, services.config.endpoint);

  registry.routes.push(...management.routes);
  return api;
}
