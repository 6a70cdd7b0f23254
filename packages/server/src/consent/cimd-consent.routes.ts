import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { text } from '../management/fields.js';
import { consentScopesBody, consentScopesSchema, consentScopeTypes } from './consent.schemas.js';
import type { ConsentService } from './consent.service.js';

const tags = ['Client ID metadata documents'];

/**
 * Management API: the realm-wide ceiling of what Client ID Metadata Document clients may ask
 * their users for (Logto's `/api/cimd/user-consent-scopes`). Such clients are never registered,
 * so the ceiling is one for all of them; the shapes are those of a third-party application's.
 */
export function registerCimdConsentRoutes(router: Router, registry: RouteRegistry, consent: ConsentService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/cimd/user-consent-scopes',
      summary: 'List the scopes any Client ID Metadata Document client may ask users for',
      tags,
      response: consentScopesSchema,
      status: 200,
    },
    () => consent.listCimdScopes(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/cimd/user-consent-scopes',
      summary: 'Let Client ID Metadata Document clients ask users for these scopes too',
      tags,
      body: consentScopesBody,
      status: 201,
      errors: [400, 422],
    },
    async ({ body, ctx }) => {
      await consent.addCimdScopes(body);
      // Logto answers 201 without a body.
      ctx.body = null;
      ctx.status = 201;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/cimd/user-consent-scopes/:scopeType/:scopeId',
      summary: 'Take a scope out of the ceiling of Client ID Metadata Document clients',
      tags,
      params: z.object({ scopeType: z.enum(consentScopeTypes), scopeId: text(256).min(1) }),
      status: 204,
      errors: [400, 404],
    },
    ({ params }) => consent.removeCimdScope(params.scopeType, params.scopeId),
  );
}
