import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import {
  createSamlApplicationSchema,
  createSamlSecretSchema,
  samlApplicationSchema,
  samlApplicationSecretSchema,
  updateSamlApplicationSchema,
  updateSamlSecretSchema,
} from './saml-applications.schemas.js';
import type { SamlApplicationsService } from './saml-applications.service.js';

const tags = ['SAML applications'];
const params = z.object({ id: idParam });
const secretParams = z.object({ id: idParam, secretId: idParam });

/** Management API: SAML applications and their signing certificates, in Logto's shapes. */
export function registerSamlApplicationRoutes(router: Router, registry: RouteRegistry, saml: SamlApplicationsService) {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/saml-applications',
      summary: 'Create a SAML application (with a signing certificate valid for 3 years)',
      tags,
      body: createSamlApplicationSchema,
      response: samlApplicationSchema,
      status: 201,
      errors: [400, 422],
    },
    ({ body }) => saml.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/saml-applications/:id',
      summary: 'Get a SAML application',
      tags,
      params,
      response: samlApplicationSchema,
      status: 200,
      errors: [404, 422],
    },
    ({ params }) => saml.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/saml-applications/:id',
      summary: 'Update a SAML application',
      tags,
      params,
      body: updateSamlApplicationSchema,
      response: samlApplicationSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => saml.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/saml-applications/:id',
      summary: 'Delete a SAML application',
      tags,
      params,
      status: 204,
      errors: [404, 422],
    },
    ({ params }) => saml.remove(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/saml-applications/:id/secrets',
      summary: 'List the signing certificates of a SAML application (never their private keys)',
      tags,
      params,
      response: z.array(samlApplicationSecretSchema),
      status: 200,
      errors: [404, 422],
    },
    ({ params }) => saml.listSecrets(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/saml-applications/:id/secrets',
      summary: 'Add a signing certificate (inactive until activated)',
      tags,
      params,
      body: createSamlSecretSchema,
      response: samlApplicationSecretSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => saml.addSecret(params.id, body.lifeSpanInYears),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/saml-applications/:id/secrets/:secretId',
      summary: 'Activate a signing certificate (the active one is deactivated) or deactivate it',
      tags,
      params: secretParams,
      body: updateSamlSecretSchema,
      response: samlApplicationSecretSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => saml.setSecretActive(params.id, params.secretId, body.active),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/saml-applications/:id/secrets/:secretId',
      summary: 'Delete an inactive signing certificate',
      tags,
      params: secretParams,
      status: 204,
      errors: [400, 404, 422],
    },
    ({ params }) => saml.removeSecret(params.id, params.secretId),
  );
}
