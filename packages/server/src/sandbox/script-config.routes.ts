import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import type { ManagementCaller } from '../management/auth.js';
import { managementScopes } from '../management/scopes.js';
import { maskEnvironment } from './script-environment.js';

type WithEnvironment = { environmentVariables?: Record<string, string> | undefined };

/** Environment values are secrets: in clear for `all`, masked for a read-only token. */
const mayReadSecrets = (ctx: Context) =>
  (ctx.state.auth as ManagementCaller | undefined)?.scopes.includes(managementScopes.all.name) === true;

/**
 * The Management API's CRUD of one kind of script config (`/configs/jwt-customizer`,
 * `/configs/actions`): list, get, create-or-replace, merge, delete; environment values masked
 * for read-only tokens. Saving never runs the script.
 */
export function registerScriptConfigRoutes<K extends string, T extends WithEnvironment>(
  router: Router,
  registry: RouteRegistry,
  spec: {
    tags: string[];
    /** e.g. `/configs/actions`. */
    path: string;
    /** The path parameter naming one config, and its values. */
    param: string;
    paramSchema: z.ZodType<K>;
    /** Names one config in the summaries, e.g. `action`. */
    noun: string;
    schema: z.ZodType<T>;
    updateSchema: z.ZodType<Partial<T>>;
    listItemSchema: z.ZodType;
    service: {
      list(): Promise<Array<{ key: string; value: T }>>;
      get(key: K): Promise<T>;
      put(key: K, value: T): Promise<{ value: T; created: boolean }>;
      patch(key: K, changes: Partial<T>): Promise<T>;
      remove(key: K): Promise<void>;
    };
  },
) {
  const { service, noun } = spec;
  const write = { tags: spec.tags, auth: 'management' as const };
  const read = { tags: spec.tags, auth: 'management:read' as const };
  const params = z.object({ [spec.param]: spec.paramSchema });
  const one = `${spec.path}/:${spec.param}`;
  const keyOf = (values: Record<string, unknown>) => values[spec.param] as K;
  defineRoute(
    router,
    registry,
    {
      ...read,
      method: 'get',
      path: spec.path,
      summary: `List the ${noun}s that are set (environment values masked for read-only tokens)`,
      response: z.array(spec.listItemSchema),
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
      path: one,
      summary: `Get the ${noun} of a type (environment values masked for read-only tokens)`,
      params,
      response: spec.schema,
      status: 200,
      errors: [400, 404],
    },
    async ({ params, ctx }) => {
      const value = await service.get(keyOf(params));
      return mayReadSecrets(ctx) ? value : maskEnvironment(value);
    },
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'put',
      path: one,
      summary: `Create (201) or replace (200) the ${noun} of a type; saving does not run it`,
      params,
      body: spec.schema,
      response: spec.schema,
      status: 200,
      errors: [400],
    },
    async ({ params, body, ctx }) => {
      const { value, created } = await service.put(keyOf(params), body);
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
      path: one,
      summary: `Update fields of the ${noun} of a type`,
      params,
      body: spec.updateSchema,
      response: spec.schema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => service.patch(keyOf(params), body),
  );
  defineRoute(
    router,
    registry,
    {
      ...write,
      method: 'delete',
      path: one,
      summary: `Delete the ${noun} of a type`,
      params,
      status: 204,
      errors: [400, 404],
    },
    async ({ params }) => {
      await service.remove(keyOf(params));
      return undefined;
    },
  );
}
