import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginateOptional } from '../http/pagination.js';
import { idParam, jsonObject, text } from '../management/fields.js';
import {
  applicationSchema,
  applicationSecretSchema,
  createApplicationSchema,
  createdApplicationSchema,
  createSecretSchema,
  listApplicationsQuery,
  updateApplicationSchema,
} from './applications.schemas.js';
import type { ApplicationsService } from './applications.service.js';

const tags = ['Applications'];
const params = z.object({ id: idParam });
const secretParams = z.object({ id: idParam, name: text(256).min(1) });

/** Management API: applications and their client secrets, in Logto's shapes. */
export function registerApplicationRoutes(router: Router, registry: RouteRegistry, applications: ApplicationsService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications',
      summary: 'List applications',
      tags,
      query: listApplicationsQuery,
      response: z.array(applicationSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) => paginateOptional(ctx, (page) => applications.list(query, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/applications',
      summary: 'Create an application',
      tags,
      body: createApplicationSchema,
      response: createdApplicationSchema,
      status: 200,
      errors: [400, 422],
    },
    ({ body }) => applications.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications/:id',
      summary: 'Get an application',
      tags,
      params,
      response: applicationSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => applications.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/applications/:id',
      summary: 'Update an application (redirect URIs, CORS origins, custom data…)',
      tags,
      params,
      body: updateApplicationSchema,
      response: applicationSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => applications.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/applications/:id',
      summary: 'Delete an application',
      tags,
      params,
      status: 204,
      errors: [404],
    },
    ({ params }) => applications.remove(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management',
      path: '/applications/:id/secrets',
      summary: 'List the client secrets of an application',
      tags,
      params,
      response: z.array(applicationSecretSchema),
      status: 200,
      errors: [404],
    },
    ({ params }) => applications.listSecrets(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/applications/:id/secrets',
      summary: 'Add a client secret (rotate: add a new one, then delete the old one)',
      tags,
      params,
      body: createSecretSchema,
      response: applicationSecretSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => applications.addSecret(params.id, body.name, body.expiresAt ?? null),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/applications/:id/secrets/:name',
      summary: 'Rename a client secret',
      tags,
      params: secretParams,
      body: z.object({ name: text(256).min(1) }).strict(),
      response: applicationSecretSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => applications.renameSecret(params.id, params.name, body.name),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/applications/:id/legacy-secret',
      summary: "Retire the application's legacy secret (Tessera apps have none: always 400 for an existing app)",
      tags,
      params,
      response: applicationSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params }) => applications.removeLegacySecret(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/applications/:applicationId/custom-data',
      summary: "Merge keys into an application's custom data (top level) and answer with the result",
      tags,
      params: z.object({ applicationId: idParam }),
      body: jsonObject,
      response: z.record(z.string(), z.unknown()),
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => applications.patchCustomData(params.applicationId, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/applications/:id/secrets/:name',
      summary: 'Delete a client secret',
      tags,
      params: secretParams,
      status: 204,
      errors: [404],
    },
    ({ params }) => applications.removeSecret(params.id, params.name),
  );
}
