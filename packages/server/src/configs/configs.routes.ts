import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import {
  adminConsoleConfigSchema,
  cimdConfigSchema,
  idTokenConfigSchema,
  oidcKeyIdParams,
  oidcKeyParams,
  oidcKeySchema,
  rotateOidcKeysSchema,
  sessionConfigSchema,
  updateCimdConfigSchema,
  updateSessionConfigSchema,
} from './configs.schemas.js';
import type { ConfigsService } from './configs.service.js';
import type { OidcKeysService } from './oidc-keys.service.js';

const tags = ['Configs'];
const read = { tags, auth: 'management:read' as const };
const write = { tags, auth: 'management' as const };

/** Management API: Logto's `/api/configs` routes for keys, session, ID token and admin console settings. */
export function registerConfigRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { configs: ConfigsService; keys: OidcKeysService },
) {
  const { configs, keys } = deps;
  // The session routes first: `/configs/oidc/session` is no key type.
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'post',
      path: '/configs/oidc/:keyType/rotate',
      summary:
        'Add a new key first. A signing key is published in the JWKS at once and signs from its activatesAt; a cookie key signs at once',
      params: oidcKeyParams,
      body: rotateOidcKeysSchema,
      response: z.array(oidcKeySchema),
      status: 200,
      errors: [400],
    },
    ({ params, body }) => keys.rotate(params.keyType, body.signingKeyAlgorithm),
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'delete',
      path: '/configs/oidc/:keyType/:keyId',
      summary: 'Delete a previous key: tokens (or cookies) it signed stop verifying; the key in use cannot go',
      params: oidcKeyIdParams,
      status: 204,
      errors: [400, 404, 422],
    },
    async ({ params }) => {
      await keys.remove(params.keyType, params.keyId);
    },
  );
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: '/configs/oidc/session',
      summary: 'Get the sign-in session settings (ttl in seconds)',
      response: sessionConfigSchema,
      status: 200,
    },
    () => configs.getSession(),
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'patch',
      path: '/configs/oidc/session',
      summary: 'Update the sign-in session settings; new sessions get the new lifetime',
      body: updateSessionConfigSchema,
      response: sessionConfigSchema,
      status: 200,
      errors: [400],
    },
    ({ body }) => configs.updateSession(body),
  );
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: '/configs/oidc/:keyType',
      summary: 'List the signing keys (private-keys) or cookie keys: ids, dates and status, never key material',
      params: oidcKeyParams,
      response: z.array(oidcKeySchema),
      status: 200,
      errors: [400],
    },
    ({ params }) => keys.list(params.keyType),
  );
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: '/configs/id-token',
      summary: 'Get the extended claims the ID token carries (user info always serves them for their scopes)',
      response: idTokenConfigSchema,
      status: 200,
    },
    () => configs.getIdToken(),
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'put',
      path: '/configs/id-token',
      summary: 'Replace the extended claims the ID token carries',
      body: idTokenConfigSchema,
      response: idTokenConfigSchema,
      status: 200,
      errors: [400],
    },
    ({ body }) => configs.putIdToken(body),
  );
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: '/configs/admin-console',
      summary: "Get the Admin Console's stored settings",
      response: adminConsoleConfigSchema,
      status: 200,
    },
    () => configs.getAdminConsole(),
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'patch',
      path: '/configs/admin-console',
      summary: "Merge keys into the Admin Console's stored settings",
      body: adminConsoleConfigSchema,
      response: adminConsoleConfigSchema,
      status: 200,
      errors: [400],
    },
    ({ body }) => configs.updateAdminConsole(body),
  );
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: '/configs/cimd',
      summary: 'Whether an https URL client_id is read as a Client ID Metadata Document (off until enabled)',
      response: cimdConfigSchema,
      status: 200,
    },
    () => configs.getCimd(),
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'patch',
      path: '/configs/cimd',
      summary: 'Turn Client ID Metadata Document clients on or off for the realm',
      body: updateCimdConfigSchema,
      response: cimdConfigSchema,
      status: 200,
      errors: [400],
    },
    ({ body }) => configs.updateCimd(body),
  );
}
