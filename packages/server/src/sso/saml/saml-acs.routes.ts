import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../../http/guard.js';
import { RequestError } from '../../http/request-error.js';
import { type SsoConnectorForDriver, SsoDriverError } from '../sso-driver.js';
import type { SamlSso } from './saml.service.js';

const formLimitBytes = 768 * 1024;

async function readForm(ctx: Context): Promise<URLSearchParams> {
  const invalid = (message: string) => new RequestError('guard.invalid_input', 400, { message });
  if (!/^application\/x-www-form-urlencoded/i.test(ctx.get('content-type')))
    throw invalid('The IdP must POST the SAMLResponse form-encoded (HTTP-POST binding).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > formLimitBytes) throw new RequestError('guard.payload_too_large', 413);
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** SAML driver failures as answers: the ACS's own mapping (sso-core's mapper may replace it). */
function toRequestError(error: SsoDriverError): RequestError {
  if (error.code === 'invalid_config')
    return new RequestError('connector.invalid_config', 422, { message: error.message });
  if (error.code === 'provider_unreachable')
    return new RequestError('connector.general', 502, { message: error.message });
  return new RequestError('connector.authorization_failed', 401, { message: error.message });
}

/**
 * Logto's SAML assertion consumer service for enterprise SSO. Anonymous: the IdP's cross-site
 * POST carries no SameSite cookie, so the sign-in it answers is found by its AuthnRequest ID
 * (`InResponseTo`, also the RelayState). A valid response stores the verified identity on that
 * request and sends the browser back to the sign-in page with its `state` (303); the Experience
 * API's verify then takes the identity, once.
 */
export function registerSamlAcsRoute(
  router: Router,
  registry: RouteRegistry,
  deps: { saml: SamlSso; findConnector: (id: string) => Promise<SsoConnectorForDriver | undefined>; baseUrl: string },
) {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'public',
      path: '/authn/single-sign-on/saml/:connectorId',
      summary:
        'SAML assertion consumer service of an enterprise SSO connector (the IdP POSTs SAMLResponse, RelayState)',
      tags: ['Authn'],
      params: z.object({ connectorId: z.string().min(1).max(128) }),
      status: 303,
      errors: [400, 401, 404, 413, 422, 502],
    },
    async ({ params, ctx }) => {
      const form = await readForm(ctx);
      const samlResponse = form.get('SAMLResponse');
      if (!samlResponse)
        throw new RequestError('guard.invalid_input', 400, { message: 'The form has no SAMLResponse.' });
      const connector = await deps.findConnector(params.connectorId);
      if (!connector || (connector.providerName !== 'SAML' && connector.providerName !== 'AzureAD'))
        throw new RequestError('entity.not_found', 404, {
          message: `There is no SAML enterprise SSO connector with id ${params.connectorId}.`,
        });
      try {
        const { redirectTo } = await deps.saml.acceptResponse(connector, {
          samlResponse,
          relayState: form.get('RelayState') ?? undefined,
          baseUrl: deps.baseUrl,
        });
        ctx.set('Cache-Control', 'no-store');
        ctx.redirect(redirectTo);
        ctx.status = 303;
      } catch (error) {
        throw error instanceof SsoDriverError ? toRequestError(error) : error;
      }
      return undefined;
    },
  );
}
