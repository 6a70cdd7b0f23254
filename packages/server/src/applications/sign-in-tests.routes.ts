import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import { createdSignInTestSchema, createSignInTestSchema, signInTestSchema } from './sign-in-tests.schemas.js';
import type { SignInTestsService } from './sign-in-tests.service.js';

const tags = ['Applications'];

/** Management API: the console's "test sign-in" of an application (sign-in-tests.service.ts). */
export function registerSignInTestRoutes(router: Router, registry: RouteRegistry, signInTests: SignInTestsService) {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/applications/:id/sign-in-tests',
      summary: 'Start a test sign-in: open the authorization URL it answers in a browser and sign in as a test user',
      tags,
      params: z.object({ id: idParam }),
      body: createSignInTestSchema,
      response: createdSignInTestSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => signInTests.create(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications/:id/sign-in-tests/:testId',
      summary: 'Get a test sign-in: its status and the claims it returned (never the tokens)',
      tags,
      params: z.object({ id: idParam, testId: idParam }),
      response: signInTestSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => signInTests.get(params.id, params.testId),
  );
}
