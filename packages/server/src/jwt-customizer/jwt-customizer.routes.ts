import type Router from '@koa/router';
import type { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { jsonObject } from '../management/fields.js';
import { registerScriptConfigRoutes } from '../sandbox/index.js';
import {
  jwtCustomizerConfigSchema,
  jwtCustomizerSchema,
  jwtTokenTypePathSchema,
  testJwtCustomizerSchema,
  updateJwtCustomizerSchema,
} from './jwt-customizer.schemas.js';
import type { JwtCustomizerService } from './jwt-customizer.service.js';

const tags = ['Custom token claims'];

export interface JwtCustomizerRouteDeps {
  service: JwtCustomizerService;
  /** Runs a script as token issuance would (same pool and limits): the claims, or a RequestError. */
  test?: (body: z.output<typeof testJwtCustomizerSchema>) => Promise<Record<string, unknown>>;
}

/** Management API: Logto's `/api/configs/jwt-customizer` routes (custom token claims). */
export function registerJwtCustomizerRoutes(router: Router, registry: RouteRegistry, deps: JwtCustomizerRouteDeps) {
  registerScriptConfigRoutes(router, registry, {
    tags,
    path: '/configs/jwt-customizer',
    param: 'tokenTypePath',
    paramSchema: jwtTokenTypePathSchema,
    noun: 'custom token claims script',
    schema: jwtCustomizerSchema,
    updateSchema: updateJwtCustomizerSchema,
    listItemSchema: jwtCustomizerConfigSchema,
    service: deps.service,
  });
  const { test } = deps;
  if (!test) return;
  defineRoute(
    router,
    registry,
    {
      tags,
      auth: 'management:read',
      method: 'post',
      path: '/configs/jwt-customizer/test',
      summary:
        'Run a script on a sample token and context, in the same sandbox and limits as token issuance; a script failure answers 422 `jwt_customizer.general`',
      body: testJwtCustomizerSchema,
      response: jsonObject,
      status: 200,
      errors: [400, 422],
    },
    ({ body }) => test(body),
  );
}
