import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { captchaProviderBody, captchaProviderSchema } from './captcha.schemas.js';
import type { CaptchaService } from './captcha.service.js';

const tags = ['Captcha provider'];
const path = '/captcha-provider';

/** Management API: Logto's CAPTCHA provider, one at a time; the secret key is answered as `********`. */
export function registerCaptchaProviderRoutes(router: Router, registry: RouteRegistry, captcha: CaptchaService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path,
      summary: 'Get the CAPTCHA provider (404 when none is set up); the secret key is masked',
      tags,
      auth: 'management:read',
      response: captchaProviderSchema,
      status: 200,
      errors: [404],
    },
    () => captcha.get(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      path,
      summary: 'Set up or replace the CAPTCHA provider (`********` as the secret key keeps the stored one)',
      tags,
      auth: 'management',
      body: captchaProviderBody,
      response: captchaProviderSchema,
      status: 200,
      errors: [400],
    },
    ({ body }) => captcha.put(body.config),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path,
      summary: 'Remove the CAPTCHA provider; the sign-in experience’s captchaPolicy is turned off',
      tags,
      auth: 'management',
      status: 204,
      errors: [404],
    },
    async () => {
      await captcha.delete();
      return undefined;
    },
  );
}
