import type Router from '@koa/router';
import { z } from 'zod';
import type { RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { idParam } from '../management/fields.js';
import { defineRelationRoutes } from '../organizations/index.js';
import { ssoConnectorIdsBody, ssoConnectorIdsReplaceBody, ssoConnectorSchema } from './sso-connectors.schemas.js';
import type { SsoConnectorsService } from './sso-connectors.service.js';
import type { SsoStore } from './sso-connectors.store.js';

/**
 * Logto's `/api/organizations/:id/jit/sso-connectors`: a connector's users join the organization
 * (with its JIT roles) on their first sign-in through it.
 */
export function registerSsoJitRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: {
    store: SsoStore;
    connectors: SsoConnectorsService;
    organizationExists: (id: string) => Promise<unknown>;
  },
) {
  const { store, connectors } = deps;
  async function knownConnectors(ids: string[]) {
    const known = new Set((await connectors.all()).map((entry) => entry.row.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0)
      throw new RequestError('entity.relation_foreign_key_not_found', 422, {
        message: `No enterprise SSO connector has the id ${missing.join(', ')}.`,
        data: { ssoConnectorIds: missing },
      });
    return [...new Set(ids)];
  }
  const organizationId = (params: Record<string, string>) => params.id as string;

  defineRelationRoutes(router, registry, {
    path: '/organizations/:id/jit/sso-connectors',
    params: z.object({ id: idParam }),
    memberParam: 'ssoConnectorId',
    key: 'ssoConnectorIds',
    noun: 'enterprise SSO connectors whose users join just in time',
    owner: 'an organization',
    tags: ['Organizations'],
    item: ssoConnectorSchema,
    addBody: ssoConnectorIdsBody,
    replaceBody: ssoConnectorIdsReplaceBody,
    optionalPagination: true,
    async list(params, page) {
      await deps.organizationExists(organizationId(params));
      const [ids, total] = await store.listJit(organizationId(params), page);
      return { items: await Promise.all(ids.map((id) => connectors.get(id))), total };
    },
    async add(params, ids) {
      await deps.organizationExists(organizationId(params));
      await store.addJit(organizationId(params), await knownConnectors(ids));
    },
    async replace(params, ids) {
      await deps.organizationExists(organizationId(params));
      await store.replaceJit(organizationId(params), await knownConnectors(ids));
    },
    async remove(params, connectorId) {
      await deps.organizationExists(organizationId(params));
      if (!(await store.removeJit(organizationId(params), connectorId)))
        throw new RequestError('entity.not_found', 404);
    },
  });
}
