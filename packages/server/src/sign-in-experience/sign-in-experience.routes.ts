import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { type BrandingLayers, withBrandingLayers } from './branding-layers.js';
import {
  checkPasswordBodySchema,
  checkPasswordResponse,
  type FullSignInExperience,
  fullSignInExperienceQuery,
  fullSignInExperienceSchema,
  signInExperiencePatchSchema,
  signInExperienceSchema,
} from './sign-in-experience.schemas.js';
import type { SignInExperienceService } from './sign-in-experience.service.js';

const tags = ['Sign-in experience'];

/** Management API: GET/PATCH /api/sign-in-exp and the password check. */
export function registerSignInExperienceRoutes(
  router: Router,
  registry: RouteRegistry,
  service: SignInExperienceService,
): void {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/sign-in-exp',
      summary: 'Get the sign-in experience settings',
      tags,
      response: signInExperienceSchema,
      status: 200,
    },
    () => service.get(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/sign-in-exp',
      summary:
        'Update the sign-in experience settings (each given field replaced whole, the result checked as a whole)',
      tags,
      body: signInExperiencePatchSchema,
      response: signInExperienceSchema,
      status: 200,
      errors: [400],
    },
    ({ body }) => service.update(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/sign-in-exp/default/check-password',
      summary: 'Check a password against the password policy',
      tags,
      body: checkPasswordBodySchema,
      response: checkPasswordResponse,
      status: 200,
      errors: [400, 404],
    },
    ({ body }) => service.checkPassword(body.password, body.userId),
  );
}

/**
 * Anonymous: what the sign-in pages need, no secrets: `GET /api/.well-known/sign-in-exp`, and the
 * same answer at `GET /api/.well-known/experience` (Logto's newer name for it). With Logto's
 * `appId` and `organizationId`, the application's and the organization's look (and the app's
 * terms links) replace the realm's where set (see branding-layers.ts).
 */
export function registerPublicSignInExperienceRoutes(
  router: Router,
  registry: RouteRegistry,
  view: () => Promise<FullSignInExperience>,
  layers?: BrandingLayers,
): void {
  for (const path of ['/.well-known/sign-in-exp', '/.well-known/experience'])
    defineRoute(
      router,
      registry,
      {
        method: 'get',
        auth: 'public',
        path,
        summary:
          'The sign-in experience for the sign-in pages, with the enabled social connectors and the custom profile fields',
        tags: ['Well-known'],
        query: fullSignInExperienceQuery,
        response: fullSignInExperienceSchema,
        status: 200,
        errors: [400],
      },
      async ({ query }) => withBrandingLayers(await view(), layers ? await layers(query) : []),
    );
}
