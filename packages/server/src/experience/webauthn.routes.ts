import type Router from '@koa/router';
import type Provider from 'oidc-provider';
import { createRouter, defineRoute, type RouteRegistry } from '../http/guard.js';
import type { LogPayload } from '../logs/index.js';
import { verificationIdResponse } from './experience.schemas.js';
import { auditExperienceSteps } from './experience-audit.js';
import { interactionState } from './interaction-state.js';
import type { SignInPasskeyService } from './sign-in-passkey.service.js';
import {
  authenticationResponse,
  authenticationVerifyBodySchema,
  preflightResponse,
  registrationResponse,
  registrationVerifyBodySchema,
  signInPasskeyOptionsBodySchema,
  signInPasskeyVerifyBodySchema,
} from './webauthn.schemas.js';
import type { WebAuthnOutcome, WebAuthnService } from './webauthn.service.js';

/** A refused response still consumed its challenge: raise the refusal only after the state is saved. */
function settle(outcome: WebAuthnOutcome): { verificationId: string } {
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

/**
 * Logto's WebAuthn (MFA) routes of the Experience API, under /api/experience like the rest of
 * it and bound to the same interaction cookie. The options go to @simplewebauthn/browser's
 * startRegistration/startAuthentication; what those return comes back as `payload`.
 */
export function createWebAuthnRouter(deps: {
  getProvider: () => Provider;
  webAuthn: WebAuthnService;
  signInPasskey: SignInPasskeyService;
  registry: RouteRegistry;
  /** The realm's base path: `/admin` serves `/admin/api/experience`. */
  basePath?: string;
  /** Where each step's audit entry goes (the realm's log writer). */
  audit: (payload: LogPayload) => void;
}): Router {
  const { webAuthn, registry } = deps;
  const router = createRouter(`${deps.basePath ?? ''}/api/experience`);
  router.use(auditExperienceSteps(`${deps.basePath ?? ''}/api/experience`, deps.audit));
  const access = interactionState(deps.getProvider);
  const tags = ['Experience'];

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/web-authn/registration',
      summary: 'Create passkey registration options (WebAuthn as an MFA factor)',
      tags,
      response: registrationResponse,
      status: 200,
      errors: [400],
    },
    async ({ ctx }) => access.update(ctx, (state) => webAuthn.createRegistration(state)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/web-authn/registration/verify',
      summary: 'Verify the new passkey (bound with POST /profile/mfa, stored at submit)',
      tags,
      body: registrationVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 422],
    },
    async ({ body, ctx }) => {
      const agent = ctx.get('user-agent') || undefined;
      return settle(
        await access.update(ctx, (state) =>
          webAuthn.verifyRegistration(state, body.verificationId, body.payload, agent),
        ),
      );
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/web-authn/authentication',
      summary: "Create passkey authentication options for the identified user's passkeys",
      tags,
      response: authenticationResponse,
      status: 200,
      errors: [400, 404, 422],
    },
    async ({ ctx }) => access.update(ctx, (state) => webAuthn.createAuthentication(state)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/web-authn/authentication/verify',
      summary: "Verify a passkey assertion as the identified user's second factor",
      tags,
      body: authenticationVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 429],
    },
    async ({ body, ctx }) =>
      settle(
        await access.update(ctx, (state) => webAuthn.verifyAuthentication(state, body.verificationId, body.payload)),
      ),
  );

  registerSignInPasskeyRoutes(router, registry, { access, signInPasskey: deps.signInPasskey });
  return router;
}

/** Passkey as the first factor: options before identification, identifier-first options, and the check. */
function registerSignInPasskeyRoutes(
  router: Router,
  registry: RouteRegistry,
  { access, signInPasskey }: { access: ReturnType<typeof interactionState>; signInPasskey: SignInPasskeyService },
): void {
  const tags = ['Experience'];
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/preflight/sign-in-passkey/authentication',
      summary: 'Create passkey sign-in options before identification (discoverable passkeys, autofill)',
      tags,
      response: preflightResponse,
      status: 200,
      errors: [400, 422],
    },
    async ({ ctx }) => signInPasskey.preflight(await access.load(ctx)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/sign-in-passkey/authentication',
      summary: "Create passkey sign-in options for the passkeys of an identifier's account",
      tags,
      body: signInPasskeyOptionsBodySchema,
      response: authenticationResponse,
      status: 200,
      errors: [400, 422],
    },
    async ({ body, ctx }) => access.update(ctx, (state) => signInPasskey.createAuthentication(state, body.identifier)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/sign-in-passkey/authentication/verify',
      summary: 'Verify a passkey assertion; the passkey names the user to identify',
      tags,
      body: signInPasskeyVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 422, 429],
    },
    async ({ body, ctx }) =>
      settle(
        await access.update(ctx, (state, interaction) =>
          signInPasskey.verify(state, interaction, body.verificationId, body.payload),
        ),
      ),
  );
}
