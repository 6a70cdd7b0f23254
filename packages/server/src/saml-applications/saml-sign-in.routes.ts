import { randomBytes } from 'node:crypto';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { loopbackProviderUrl } from '../applications/index.js';
import { readFormBody } from '../http/form-body.js';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { escapeHtml, page } from '../http/html.js';
import { RequestError } from '../http/request-error.js';
import { idParam, text } from '../management/fields.js';
import { samlCallbackPath } from './saml-applications.schemas.js';
import { decodePostRequest, decodeRedirectRequest, parseAuthnRequest } from './saml-authn-request.js';
import type { SamlSignInService } from './saml-sign-in.service.js';

const tags = ['SAML applications auth flow'];
const params = z.object({ id: idParam });
/** The browser's sign-in in flight, read only by the app's callback. */
const sessionCookie = 'tessera_saml_session';
const formLimitBytes = 128 * 1024;
const relayState = text(1024).optional().describe('Opaque value the service provider gets back with the response');

const invalidRequest = (message: string) => new RequestError('application.saml.invalid_saml_request', 400, { message });

function rememberSession(
  ctx: Context,
  id: string,
  started: { sessionId: string; sessionExpiresAt: number; authorizationUrl: string },
  secure: boolean,
) {
  ctx.cookies.set(sessionCookie, started.sessionId, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: samlCallbackPath(id),
    expires: new Date(started.sessionExpiresAt),
    overwrite: true,
  });
  ctx.set('Cache-Control', 'no-store');
  ctx.status = 303;
  ctx.redirect(started.authorizationUrl);
}

/** The page that carries the SAMLResponse to the ACS URL: a form posted by a script its nonce allows. */
function autoSubmitPage(ctx: Context, answer: { acsUrl: string; samlResponse: string; relayState?: string }) {
  const nonce = randomBytes(16).toString('base64');
  ctx.set(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; form-action ${new URL(answer.acsUrl).origin}; base-uri 'none'; frame-ancestors 'none'`,
  );
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  const fields = [
    `<input type="hidden" name="SAMLResponse" value="${escapeHtml(Buffer.from(answer.samlResponse).toString('base64'))}">`,
    ...(answer.relayState === undefined
      ? []
      : [`<input type="hidden" name="RelayState" value="${escapeHtml(answer.relayState)}">`]),
  ].join('\n');
  ctx.body = page(
    'Signing you in',
    `<h1>Signing you in</h1>
<form id="saml-response" method="post" action="${escapeHtml(answer.acsUrl)}">
${fields}
<p>If nothing happens, continue to the application.</p>
<button type="submit">Continue</button>
</form>`,
    { nonce, script: "document.getElementById('saml-response').submit();" },
  );
}

/**
 * The SAML endpoints a browser reaches without a token, at Logto's paths: IdP metadata, the
 * SSO service (HTTP-Redirect and HTTP-POST bindings), an IdP-initiated start, and the OIDC
 * callback that answers the service provider with the signed SAMLResponse.
 */
export function registerSamlSignInRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { signIn: SamlSignInService; host: string; secureCookies: boolean },
) {
  const { signIn } = deps;

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/saml-applications/:id/metadata',
      summary: 'IdP metadata of a SAML application (XML): entity ID, SSO service, signing certificate',
      tags,
      params,
      status: 200,
      errors: [400, 404, 422],
    },
    async ({ params, ctx }) => {
      ctx.type = 'text/xml; charset=utf-8';
      ctx.body = await signIn.metadata(params.id);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/saml/:id/authn',
      summary: 'SAML SSO service, HTTP-Redirect binding: checks the AuthnRequest and starts sign-in',
      tags,
      params,
      query: z.object({
        SAMLRequest: text(65_536).min(1),
        RelayState: relayState,
        SigAlg: text(256).optional(),
        Signature: text(4096).optional(),
      }),
      status: 303,
      errors: [400, 404, 422],
    },
    async ({ params, query, ctx }) => {
      const request = parseAuthnRequest(decodeRedirectRequest(query.SAMLRequest));
      const started = await signIn.startSpInitiated(
        params.id,
        request,
        { type: 'redirect', querystring: ctx.querystring },
        query.RelayState,
      );
      rememberSession(ctx, params.id, started, deps.secureCookies);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'public',
      path: '/saml/:id/authn',
      summary: 'SAML SSO service, HTTP-POST binding (form fields SAMLRequest, RelayState)',
      tags,
      params,
      status: 303,
      errors: [400, 404, 422],
    },
    async ({ params, ctx }) => {
      const form = await readFormBody(ctx, formLimitBytes, () =>
        invalidRequest('Expected a form-encoded SAMLRequest of at most 128 KiB.'),
      );
      const samlRequest = form.get('SAMLRequest');
      if (!samlRequest) throw invalidRequest('The form carries no SAMLRequest.');
      const relay = relayState.safeParse(form.get('RelayState') ?? undefined);
      if (!relay.success) throw invalidRequest('RelayState is too long.');
      const request = parseAuthnRequest(decodePostRequest(samlRequest));
      const started = await signIn.startSpInitiated(params.id, request, { type: 'post' }, relay.data);
      rememberSession(ctx, params.id, started, deps.secureCookies);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/saml/:id/idp-initiated',
      summary: 'Tessera: IdP-initiated sign-in to a SAML application (the response answers no AuthnRequest)',
      tags,
      params,
      query: z.object({ RelayState: relayState }),
      status: 303,
      errors: [400, 404, 422],
    },
    async ({ params, query, ctx }) => {
      rememberSession(ctx, params.id, await signIn.startIdpInitiated(params.id, query.RelayState), deps.secureCookies);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/saml-applications/:id/callback',
      summary: 'OIDC callback of a SAML application: answers a page that posts the SAMLResponse to the ACS URL',
      tags,
      params,
      query: z.object({
        code: text(2048).optional(),
        state: text(256).optional(),
        error: text(256).optional(),
        error_description: text(2048).optional(),
        iss: text(2048).optional(),
      }),
      status: 200,
      errors: [400, 404, 422],
    },
    async ({ params, query, ctx }) => {
      const answer = await signIn.complete(
        params.id,
        ctx.cookies.get(sessionCookie),
        { code: query.code, state: query.state, error: query.error, errorDescription: query.error_description },
        loopbackProviderUrl(ctx, deps.host),
      );
      ctx.cookies.set(sessionCookie, '', { path: samlCallbackPath(params.id), expires: new Date(0), httpOnly: true });
      autoSubmitPage(ctx, answer);
      return undefined;
    },
  );
}
