import Router from '@koa/router';
import type { Services } from '../app.js';
import { registerApplicationRoutes } from '../applications/index.js';
import { registerConnectorRoutes } from '../connectors/index.js';
import { defineRoute, type RouteRegistry, type RouteSpec } from '../http/guard.js';
import { registerOneTimeTokenRoutes } from '../one-time-tokens/index.js';
import { registerOrganizationManagementRoutes } from '../organizations/index.js';
import { registerResourceRoutes } from '../resources/index.js';
import { registerRoleMemberRoutes, registerRoleRoutes } from '../roles/index.js';
import { registerPublicSignInExperienceRoutes, registerSignInExperienceRoutes } from '../sign-in-experience/index.js';
import { registerUserMfaRoutes, registerUserRoutes } from '../users/index.js';
import { createManagementAuth } from './auth.js';
import { jsonObject } from './fields.js';
import { buildOpenApiDocument } from './openapi.js';

const docsTag = 'OpenAPI';

/**
 * Every Management API route under /api, behind the Management API token check, plus the
 * anonymous OpenAPI documents. Register new domain routes on `api` with the `management`
 * registry so they are documented.
 */
export function createManagementRouter(services: Services, registry: RouteRegistry): Router {
  const management: RouteRegistry = { routes: [] };
  const api = new Router({ prefix: '/api' });
  api.use(
    createManagementAuth({
      issuer: services.config.issuer,
      audience: services.config.managementApiIndicator,
      getJwks: services.publicJwks,
    }),
  );
  registerApplicationRoutes(api, management, services.applications);
  registerUserRoutes(api, management, services.users);
  registerUserMfaRoutes(api, management, services.userMfa);
  registerResourceRoutes(api, management, services.resources);
  registerRoleRoutes(api, management, services.roles);
  registerRoleMemberRoutes(api, management, services.roleMembers);
  registerConnectorRoutes(api, management, services.connectors);
  registerOrganizationManagementRoutes(api, management, services.organizations);
  registerSignInExperienceRoutes(api, management, services.signInExperience);
  registerOneTimeTokenRoutes(api, management, services.oneTimeTokens);

  const docs = new Router({ prefix: '/api' });
  const isPublic = (spec: RouteSpec) =>
    spec.tags.includes(docsTag) || spec.path.startsWith('/api/experience') || spec.path.startsWith('/api/.well-known/');
  // Built on first request: by then every router, the Experience API's too, has registered its routes.
  const cached: Record<string, unknown> = {};
  const documents = {
    management: () =>
      buildOpenApiDocument({
        title: 'Tessera Management API',
        description: 'Logto-compatible Management API. Bearer: a token for the Management API resource with `all`.',
        serverUrl: services.config.endpoint,
        routes: management.routes,
        isPublic,
      }),
    experience: () =>
      buildOpenApiDocument({
        title: 'Tessera Experience API',
        description: 'The sign-in interaction API, bound to the interaction cookie.',
        serverUrl: services.config.endpoint,
        routes: registry.routes.filter((spec) => spec.path.startsWith('/api/experience')),
        isPublic,
      }),
  };
  const served: Array<[string, keyof typeof documents]> = [
    ['/swagger.json', 'management'],
    ['/.well-known/management.openapi.json', 'management'],
    ['/.well-known/experience.openapi.json', 'experience'],
  ];
  for (const [path, name] of served) {
    defineRoute(
      docs,
      management,
      {
        method: 'get',
        path,
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
  registerPublicSignInExperienceRoutes(docs, management, services.signInExperience);

  registry.routes.push(...management.routes);
  const router = new Router();
  // Documents first: they are public, and the token check must not run before them.
  router.use(docs.routes(), api.routes());
  return router;
}
