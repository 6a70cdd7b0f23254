import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import type { ManagementCaller } from '../management/auth.js';
import { jsonObject } from '../management/fields.js';
import { managementScopes } from '../management/scopes.js';
import {
  jwtCustomizerConfigSchema,
  jwtCustomizerSchema,
  jwtTokenTypePathSchema,
  testJwtCustomizerSchema,
  updateJwtCustomizerSchema,
} from './jwt-customizer.schemas.js';
import { type JwtCustomizerService, maskEnvironment } from './jwt-customizer.service.js';

const tags = ['Custom token claims'];
const params = z.object({ tokenTypePath: jwtTokenTypePathSchema });

/** Environment values are secrets: in clear for `all`, masked for a read-only token. */
const mayReadSecrets = (ctx: Context) =>
  (ctx.state.auth as ManagementCaller | undefined)?.scopes.includes(managementScopes.all.name) === true;

export interface JwtCustomizerRouteDeps {
  service: JwtCustomizerService;
  /** Runs a script as token issuance would (same pool and limits): the claims, or a RequestError. */
  test?: (body: z.output<typeof testJwtCustomizerSchema>) => Promise<Record<string, unknown>>;
}

/** Management API: Logto's `/api/configs/jwt-customizer` routes (custom token claims). */
export function registerJwtCustomizerRoutes(router: Router, registry: RouteRegistry, deps: JwtCustomizerRouteDeps) {
  const { service } = deps;
  const write = { tags, auth: 'management' as const };
  const read = { tags, auth: 'management:read' as const };
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: '/configs/jwt-customizer',
      summary: 'List the custom token claims scripts that are set (environment values masked for read-only tokens)',
      response: z.array(jwtCustomizerConfigSchema),
      status: 200,
    },
    async ({ ctx }) => {
      const list = await service.list();
      return mayReadSecrets(ctx) ? list : list.map(({ key, value }) => ({ key, value: maskEnvironment(value) }));
    },
  );
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: '/configs/jwt-customizer/:tokenTypePath',
      summary: 'Get the custom token claims script of a token type (environment values masked for read-only tokens)',
      params,
      response: jwtCustomizerSchema,
      status: 200,
      errors: [400, 404],
    },
    async ({ params, ctx }) => {
      const value = await service.get(params.tokenTypePath);
      return mayReadSecrets(ctx) ? value : maskEnvironment(value);
    },
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'put',
      path: '/configs/jwt-customizer/:tokenTypePath',
      summary: 'Create (201) or replace (200) the custom token claims script of a token type; saving does not run it',
      params,
      body: jwtCustomizerSchema,
      response: jwtCustomizerSchema,
      status: 200,
      errors: [400],
    },
    async ({ params, body, ctx }) => {
      const { value, created } = await service.put(params.tokenTypePath, body);
      if (created) ctx.status = 201;
      return value;
    },
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'patch',
      path: '/configs/jwt-customizer/:tokenTypePath',
      summary: 'Update fields of the custom token claims script of a token type',
      params,
      body: updateJwtCustomizerSchema,
      response: jwtCustomizerSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => service.patch(params.tokenTypePath, body),
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'delete',
      path: '/configs/jwt-customizer/:tokenTypePath',
      summary: 'Delete the custom token claims script of a token type',
      params,
      status: 204,
      errors: [400, 404],
    },
    async ({ params }) => {
      await service.remove(params.tokenTypePath);
      return undefined;
    },
  );
  const { test } = deps;
  if (!test) return;
  defineRoute(
    router,
    registry,
    {
      ...read,
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
