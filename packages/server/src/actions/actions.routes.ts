import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { registerScriptConfigRoutes } from '../sandbox/index.js';
import type { ActionRunner } from './action-runner.js';
import {
  actionConfigSchema,
  actionSchema,
  actionTypeSchema,
  testActionSchema,
  updateActionSchema,
} from './actions.schemas.js';
import type { ActionsService } from './actions.service.js';

/** Management API: Logto's `/api/configs/actions` routes. */
export function registerActionRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { service: ActionsService; test: ActionRunner['test'] },
) {
  const tags = ['Actions'];
  registerScriptConfigRoutes(router, registry, {
    tags,
    path: '/configs/actions',
    param: 'actionType',
    paramSchema: actionTypeSchema,
    noun: 'action',
    schema: actionSchema,
    updateSchema: updateActionSchema,
    listItemSchema: actionConfigSchema,
    service: deps.service,
  });
  defineRoute(
    router,
    registry,
    {
      tags,
      auth: 'management',
      method: 'post',
      path: '/configs/actions/test',
      summary:
        'Run a script on a sample event, in the same sandbox, limits and `fetch` as sign-in: 200 with its result, 204 when it returns nothing, 422 `action.script_failed` when it fails',
      body: testActionSchema,
      response: z.unknown(),
      status: 200,
      errors: [400, 422],
    },
    async ({ body, ctx }) => {
      const result = await deps.test(body);
      if (result === undefined) ctx.status = 204;
      return result;
    },
  );
}
