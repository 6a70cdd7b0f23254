import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import {
  authorizationUriResponse,
  authorizationUriSchema,
  connectorFactorySchema,
  connectorSchema,
  createConnectorSchema,
  listConnectorsQuery,
  testConnectorSchema,
  updateConnectorSchema,
} from './connectors.schemas.js';
import type { ConnectorsService } from './connectors.service.js';

const tags = ['Connectors'];
const params = z.object({ id: idParam });

/** Management API: connector factories (what can be set up) and connector instances, in Logto's shapes. */
export function registerConnectorRoutes(router: Router, registry: RouteRegistry, connectors: ConnectorsService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/connector-factories',
      summary: 'List connector factories, with config schemas and READMEs',
      tags,
      response: z.array(connectorFactorySchema),
      status: 200,
    },
    () => connectors.listFactories(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/connector-factories/:id',
      summary: 'Get a connector factory',
      tags,
      params,
      response: connectorFactorySchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => connectors.getFactory(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/connectors',
      summary: 'List connectors (secrets masked)',
      tags,
      query: listConnectorsQuery,
      response: z.array(connectorSchema),
      status: 200,
      errors: [400],
    },
    ({ query }) => connectors.list(query.target),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/connectors',
      summary: 'Create a connector from a factory; a new Email or SMS connector replaces the active one',
      tags,
      body: createConnectorSchema,
      response: connectorSchema,
      status: 200,
      errors: [400, 422],
    },
    ({ body }) => connectors.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/connectors/:id',
      summary: 'Get a connector (secrets masked)',
      tags,
      params,
      response: connectorSchema,
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
      path: '/connectors/:id',
      summary: 'Update a connector; ******** in a secret field keeps the stored value',
      tags,
      params,
      body: updateConnectorSchema,
      response: connectorSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => connectors.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/connectors/:id',
      summary: 'Delete a connector',
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
      path: '/connectors/:factoryId/test',
      summary: 'Send a Generic test code (000000) with a draft config; nothing is saved',
      tags,
      params: z.object({ factoryId: idParam }),
      body: testConnectorSchema,
      status: 204,
      errors: [400, 404, 429, 502],
    },
    ({ params, body }) => connectors.test(params.factoryId, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/connectors/:id/authorization-uri',
      summary: "Build a social connector's authorization URI (to try the connector out)",
      tags,
      params,
      body: authorizationUriSchema,
      response: authorizationUriResponse,
      status: 200,
      errors: [400, 404, 502],
    },
    ({ params, body }) => connectors.authorizationUri(params.id, body),
  );
}
