import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../../http/guard.js';
import { idParam } from '../../management/fields.js';
import { samlApplicationSecretSchema } from '../../saml-applications/saml-applications.schemas.js';
import type { SsoSigningKeys } from './saml-signing-keys.service.js';

const tags = ['SSO connectors'];
const params = z.object({ id: idParam });
const keyParams = z.object({ id: idParam, keyId: idParam });
/** An SP signing key as answered: its certificate and state, never its private key. */
const signingKeySchema = samlApplicationSecretSchema;

/** Management API: SP signing keys of SAML connectors (Logto's `sso-connector/signing-key` routes). */
export function registerSsoSigningKeyRoutes(router: Router, registry: RouteRegistry, keys: SsoSigningKeys) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/sso-connectors/:id/signing-keys',
      summary: 'List the SP signing keys of a SAML connector (never their private keys)',
      tags,
      params,
      response: z.array(signingKeySchema),
      status: 200,
      errors: [404],
    },
    ({ params }) => keys.list(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/sso-connectors/:id/signing-keys',
      summary:
        'Generate an SP signing key; inactive by default (register its certificate at the IdP, then activate it), an active one replaces the active key',
      tags,
      params,
      body: z.strictObject({
        active: z.boolean().default(false).describe('Make the new key the active signing key right away'),
      }),
      response: signingKeySchema,
      status: 201,
      errors: [400, 404],
    },
    ({ params, body }) => keys.create(params.id, body.active),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/sso-connectors/:id/signing-keys/:keyId',
      summary: 'Activate an SP signing key (the active one is deactivated in the same transaction) or deactivate it',
      tags,
      params: keyParams,
      body: z.strictObject({ active: z.boolean().describe('Whether the key is the active signing key') }),
      response: signingKeySchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => keys.setActive(params.id, params.keyId, body.active),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/sso-connectors/:id/signing-keys/:keyId',
      summary: 'Delete an inactive SP signing key',
      tags,
      params: keyParams,
      status: 204,
      errors: [400, 404],
    },
    ({ params }) => keys.remove(params.id, params.keyId),
  );
}
