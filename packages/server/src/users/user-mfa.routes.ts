import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import {
  createdUserMfaSchema,
  createUserMfaBodySchema,
  userMfaParams,
  userMfaVerificationParams,
  userMfaVerificationSchema,
} from './user-mfa.schemas.js';
import type { UserMfaService } from './user-mfa.service.js';

const tags = ['Users'];

/** Management API: a user's MFA factors in Logto's shape (admin-user/mfa-verifications). */
export function registerUserMfaRoutes(router: Router, registry: RouteRegistry, userMfa: UserMfaService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/mfa-verifications',
      summary: "List a user's MFA factors (never their secrets)",
      tags,
      params: userMfaParams,
      response: z.array(userMfaVerificationSchema),
      status: 200,
      errors: [404],
    },
    ({ params }) => userMfa.list(params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/users/:userId/mfa-verifications',
      summary: 'Add a TOTP factor or backup codes to a user',
      tags,
      params: userMfaParams,
      body: createUserMfaBodySchema,
      response: createdUserMfaSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => userMfa.create(params.userId, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/users/:userId/mfa-verifications/:verificationId',
      summary: "Remove one of a user's MFA factors",
      tags,
      params: userMfaVerificationParams,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await userMfa.remove(params.userId, params.verificationId);
      return undefined;
    },
  );
}
