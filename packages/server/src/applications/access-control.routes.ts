import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import { accessControlBody, accessControlSchema } from './access-control.schemas.js';
import type { AccessControlService } from './access-control.service.js';

const tags = ['Applications'];
const params = z.object({ applicationId: idParam });

/** Logto's app-level access control rules of an application (turned on with `appLevelAccessControlEnabled`). */
export function registerAccessControlRoutes(router: Router, registry: RouteRegistry, service: AccessControlService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications/:applicationId/access-control',
      summary: 'Get the app-level access control rules of an application',
      tags,
      params,
      response: accessControlSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => service.get(params.applicationId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path: '/applications/:applicationId/access-control',
      summary:
        'Replace the app-level access control rules: users, user roles, organizations and organization roles allowed to sign in',
      tags,
      params,
      body: accessControlBody,
      response: accessControlSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => service.replace(params.applicationId, body),
  );
}
