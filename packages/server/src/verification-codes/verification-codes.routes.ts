import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { requestVerificationCodeSchema, verifyVerificationCodeSchema } from './verification-codes.schemas.js';
import type { ManagementVerificationCodes } from './verification-codes.service.js';

const tags = ['Verification codes'];

/** Management API: Logto's `POST /api/verification-codes` and `/verify`. */
export function registerVerificationCodeRoutes(
  router: Router,
  registry: RouteRegistry,
  codes: ManagementVerificationCodes,
) {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/verification-codes',
      summary: 'Send a verification code to an email address or phone number (the connector’s Generic template)',
      tags,
      body: requestVerificationCodeSchema,
      status: 204,
      errors: [400, 422],
    },
    async ({ body }) => {
      await codes.send(body);
    },
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/verification-codes/verify',
      summary: 'Check a code sent to an email address or phone number; the right code is used up',
      tags,
      body: verifyVerificationCodeSchema,
      status: 204,
      errors: [400],
    },
    async ({ body }) => {
      await codes.verify(body);
    },
  );
}
