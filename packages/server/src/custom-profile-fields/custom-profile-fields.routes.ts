import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import {
  batchBody,
  createFieldBody,
  customProfileFieldSchema,
  nameParams,
  sieOrderBody,
  updateFieldBody,
} from './custom-profile-fields.schemas.js';
import type { CustomProfileFieldsService } from './custom-profile-fields.service.js';

const tags = ['Custom profile fields'];
const base = '/custom-profile-fields';
const list = z.array(customProfileFieldSchema);

/** Management API: Logto's custom profile fields, collected at sign-up. */
export function registerCustomProfileFieldRoutes(
  router: Router,
  registry: RouteRegistry,
  fields: CustomProfileFieldsService,
) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: base,
      summary: 'List the custom profile fields in sign-in experience order',
      tags,
      auth: 'management:read',
      response: list,
      status: 200,
    },
    () => fields.list(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: base,
      summary: 'Create a custom profile field',
      tags,
      auth: 'management',
      body: createFieldBody,
      response: customProfileFieldSchema,
      status: 201,
      errors: [400],
    },
    ({ body }) => fields.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: `${base}/batch`,
      summary: 'Create up to 20 custom profile fields at once (all or none)',
      tags,
      auth: 'management',
      body: batchBody,
      response: list,
      status: 201,
      errors: [400],
    },
    ({ body }) => fields.createMany(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: `${base}/properties/sie-order`,
      summary: 'Set the order of custom profile fields in the sign-in experience',
      tags,
      auth: 'management',
      body: sieOrderBody,
      response: list,
      status: 200,
      errors: [400, 404],
    },
    ({ body }) => fields.reorder(body.order),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: `${base}/:name`,
      summary: 'Get a custom profile field by name',
      tags,
      auth: 'management:read',
      params: nameParams,
      response: customProfileFieldSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => fields.get(params.name),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      path: `${base}/:name`,
      summary: 'Replace the settings of a custom profile field',
      tags,
      auth: 'management',
      params: nameParams,
      body: updateFieldBody,
      response: customProfileFieldSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => fields.update(params.name, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: `${base}/:name`,
      summary: 'Delete a custom profile field (values already collected stay on the users)',
      tags,
      auth: 'management',
      params: nameParams,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await fields.remove(params.name);
      return undefined;
    },
  );
}
