import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam, text } from '../management/fields.js';
import {
  consentOrganizationsBody,
  consentOrganizationsSchema,
  consentScopesBody,
  consentScopesSchema,
  consentScopeTypes,
} from './consent.schemas.js';
import type { ConsentService } from './consent.service.js';

const tags = ['Applications'];
/** Logto answers these 201s without a body: an empty one, not Koa's "Created" text. */
const emptyBody = (ctx: Context) => {
  ctx.body = null;
  ctx.status = 201;
};

/** Management API: what a third-party app may ask for, and the organizations users granted it (Logto's shapes). */
export function registerConsentRoutes(router: Router, registry: RouteRegistry, consent: ConsentService) {
  const app = z.object({ applicationId: idParam });
  const appUser = z.object({ id: idParam, userId: idParam });

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications/:applicationId/user-consent-scopes',
      summary: 'List the scopes a third-party application may ask its users for',
      tags,
      params: app,
      response: consentScopesSchema,
      status: 200,
      errors: [404, 422],
    },
    ({ params }) => consent.listScopes(params.applicationId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/applications/:applicationId/user-consent-scopes',
      summary: 'Allow a third-party application to ask its users for these scopes',
      tags,
      params: app,
      body: consentScopesBody,
      status: 201,
      errors: [400, 404, 422],
    },
    async ({ params, body, ctx }) => {
      await consent.addScopes(params.applicationId, body);
      emptyBody(ctx);
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/applications/:applicationId/user-consent-scopes/:scopeType/:scopeId',
      summary: 'Stop a third-party application asking for a scope',
      tags,
      params: app.extend({ scopeType: z.enum(consentScopeTypes), scopeId: text(256).min(1) }),
      status: 204,
      errors: [400, 404, 422],
    },
    ({ params }) => consent.removeScope(params.applicationId, params.scopeType, params.scopeId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications/:id/users/:userId/consent-organizations',
      summary: 'List the organizations a user let a third-party application act in',
      tags,
      params: appUser,
      response: consentOrganizationsSchema,
      status: 200,
      errors: [404, 422],
    },
    ({ params }) => consent.listOrganizations(params.id, params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/applications/:id/users/:userId/consent-organizations',
      summary: 'Let a third-party application act in more of the user’s organizations',
      tags,
      params: appUser,
      body: consentOrganizationsBody,
      status: 201,
      errors: [400, 404, 422],
    },
    async ({ params, body, ctx }) => {
      await consent.addOrganizations(params.id, params.userId, body.organizationIds);
      emptyBody(ctx);
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path: '/applications/:id/users/:userId/consent-organizations',
      summary: 'Replace the organizations a user let a third-party application act in',
      tags,
      params: appUser,
      body: consentOrganizationsBody,
      status: 204,
      errors: [400, 404, 422],
    },
    ({ params, body }) => consent.replaceOrganizations(params.id, params.userId, body.organizationIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/applications/:id/users/:userId/consent-organizations/:organizationId',
      summary: 'Take an organization back from a third-party application, for one user',
      tags,
      params: appUser.extend({ organizationId: idParam }),
      status: 204,
      errors: [404, 422],
    },
    ({ params }) => consent.removeOrganization(params.id, params.userId, params.organizationId),
  );
}
