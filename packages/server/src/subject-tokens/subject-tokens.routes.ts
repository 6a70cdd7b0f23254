import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import type { ManagementCaller } from '../management/auth.js';
import { createdSubjectTokenSchema, createSubjectTokenSchema } from './subject-tokens.schemas.js';
import type { SubjectTokens } from './subject-tokens.service.js';

/** Management API: Logto's `POST /api/subject-tokens` (impersonation). */
export function registerSubjectTokenRoutes(router: Router, registry: RouteRegistry, tokens: SubjectTokens) {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/subject-tokens',
      summary:
        'Create a subject token to impersonate a user: usable once, within 10 minutes, by an app allowed to exchange tokens at /oidc/token',
      tags: ['Subject tokens'],
      body: createSubjectTokenSchema,
      response: createdSubjectTokenSchema,
      status: 201,
      errors: [400, 404],
    },
    ({ body, ctx }) => {
      const caller = ctx.state.auth as ManagementCaller;
      return tokens.create(body, `${caller.realm}:${caller.type}:${caller.id}`);
    },
  );
}
