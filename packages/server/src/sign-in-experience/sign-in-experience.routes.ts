import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { text } from '../management/fields.js';
import {
  checkPasswordBodySchema,
  checkPasswordResponse,
  type PublicSignInExperience,
  publicSignInExperienceSchema,
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

/** What an application sets for its own pages (see applications/application-sign-in-experience.ts). */
export interface AppBrandingOverlay {
  color: Partial<PublicSignInExperience['color']>;
  branding: PublicSignInExperience['branding'];
  termsOfUseUrl: string | null;
  privacyPolicyUrl: string | null;
}

/**
 * Anonymous: what the sign-in pages need, no secrets (GET /api/.well-known/sign-in-exp). With
 * Logto's `appId`, an application's own branding and terms links replace the realm's where set.
 */
export function registerPublicSignInExperienceRoutes(
  router: Router,
  registry: RouteRegistry,
  service: SignInExperienceService,
  appOverlay?: (appId: string) => Promise<AppBrandingOverlay | undefined>,
): void {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/.well-known/sign-in-exp',
      summary: 'The sign-in experience for the sign-in pages, with the enabled social connectors',
      tags: ['Well-known'],
      query: z.object({ appId: text(64).optional() }),
      response: publicSignInExperienceSchema,
      status: 200,
    },
    async ({ query }) => {
      const view = await service.publicView();
      const app = query.appId && appOverlay ? await appOverlay(query.appId) : undefined;
      if (!app) return view;
      return {
        ...view,
        color: { ...view.color, ...app.color },
        branding: { ...view.branding, ...app.branding },
        termsOfUseUrl: app.termsOfUseUrl ?? view.termsOfUseUrl,
        privacyPolicyUrl: app.privacyPolicyUrl ?? view.privacyPolicyUrl,
      };
    },
  );
}
