import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginateOptional } from '../http/pagination.js';
import { idParam, paginationParams } from '../management/fields.js';
import {
  createSsoConnectorBody,
  ssoConnectorProviderSchema,
  ssoConnectorSchema,
  updateSsoConnectorBody,
  userSsoIdentitySchema,
} from './sso-connectors.schemas.js';
import type { SsoConnectorsService } from './sso-connectors.service.js';
import type { SsoIdentitiesService } from './sso-identities.service.js';
import type { SsoTestSignIn } from './sso-test-sign-in.js';

const tags = ['SSO connectors'];
const params = z.object({ id: idParam });

/** Management API: enterprise SSO providers and connectors (Logto's shapes), and users' SSO identities. */
export function registerSsoConnectorRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { connectors: SsoConnectorsService; identities: SsoIdentitiesService; testSignIn: SsoTestSignIn },
) {
  const { connectors } = deps;

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/sso-connector-providers',
      summary: 'List the enterprise SSO providers a connector can be created for',
      tags: ['SSO connector providers'],
      response: z.array(ssoConnectorProviderSchema),
      status: 200,
    },
    () => connectors.listProviders(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/sso-connectors',
      summary: 'List enterprise SSO connectors (secrets masked)',
      tags,
      query: z.object(paginationParams),
      response: z.array(ssoConnectorSchema),
      status: 200,
      errors: [400],
    },
    ({ ctx }) => paginateOptional(ctx, (page) => connectors.list(page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/sso-connectors',
      summary:
        'Create an enterprise SSO connector; a given config is checked with the provider (its discovery or metadata)',
      tags,
      body: createSsoConnectorBody,
      response: ssoConnectorSchema,
      status: 200,
      errors: [400, 409, 422, 502],
    },
    ({ body }) => connectors.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/sso-connectors/:id',
      summary: 'Get an enterprise SSO connector with what its config resolves to (`providerConfig`)',
      tags,
      params,
      response: ssoConnectorSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => connectors.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/sso-connectors/:id',
      summary: 'Update an enterprise SSO connector; `config` merges into the stored one',
      tags,
      params,
      body: updateSsoConnectorBody,
      response: ssoConnectorSchema,
      status: 200,
      errors: [400, 404, 409, 422, 502],
    },
    ({ params, body }) => connectors.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/sso-connectors/:id',
      summary: "Delete an enterprise SSO connector with its users' identities and JIT links",
      tags,
      params,
      status: 204,
      errors: [404],
    },
    ({ params }) => connectors.remove(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/sso-connectors/:id/test-sign-in',
      summary:
        "Start a test sign-in at the connector's provider (Tessera addition): its URL, and the sealed session to finish it with",
      tags,
      params,
      body: z.object({}).strict(),
      response: z.object({ authorizationUri: z.string(), state: z.string(), testSession: z.string() }),
      status: 200,
      errors: [404, 422, 502],
    },
    ({ params }) => deps.testSignIn.start(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/sso-connectors/:id/test-sign-in/verify',
      summary:
        'Finish a test sign-in: who the provider signed in and its claims; nobody is signed in (Tessera addition)',
      tags,
      params,
      body: z
        .object({ testSession: z.string().min(1).max(16_384), connectorData: z.record(z.string(), z.unknown()) })
        .strict(),
      response: z.object({
        issuer: z.string(),
        identityId: z.string(),
        email: z.string().optional(),
        emailVerified: z.boolean(),
        name: z.string().optional(),
        picture: z.string().optional(),
        detail: z.record(z.string(), z.unknown()),
      }),
      status: 200,
      errors: [400, 401, 404, 422, 502],
    },
    ({ params, body }) => deps.testSignIn.verify(params.id, body.testSession, body.connectorData),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/sso-identities/:ssoConnectorId',
      summary: "Get a user's identity at an enterprise SSO connector",
      tags: ['Users'],
      params: z.object({ userId: idParam, ssoConnectorId: idParam }),
      response: userSsoIdentitySchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => deps.identities.get(params.userId, params.ssoConnectorId),
  );
}
