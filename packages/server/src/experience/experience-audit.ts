import type { Context, Next } from 'koa';
import { compact, errorOf, type LogPayload, recordAfter, requestOrigin } from '../logs/index.js';
import { experienceOf, loadedInteraction } from './interaction-state.js';

type Body = Record<string, unknown> & { identifier?: { type?: unknown; value?: unknown } };

/** The part of Logto's key after `Interaction.<event>.`, from the request body. */
type Step = (body: Body) => string;

const verification =
  (type: string, action: 'Create' | 'Submit'): Step =>
  () =>
    `Verification.${type}.${action}`;
const codeType = (body: Body) =>
  body.identifier?.type === 'phone' ? 'PhoneVerificationCode' : 'EmailVerificationCode';

/**
 * Logto's Experience API log keys (`Interaction.<event>.<step>`), one row per route: the audit
 * pipeline as data. Routes not listed (reading the interaction) write no entry.
 */
const steps: Record<string, Step> = {
  'PUT /': () => 'Create',
  'PUT /interaction-event': () => 'Update',
  'POST /verification/password': verification('Password', 'Submit'),
  'POST /verification/new-password-identity': verification('NewPasswordIdentity', 'Submit'),
  'POST /verification/verification-code': (body) => `Verification.${codeType(body)}.Create`,
  'POST /verification/verification-code/verify': (body) => `Verification.${codeType(body)}.Submit`,
  'POST /verification/social/:connectorId/authorization-uri': verification('Social', 'Create'),
  'POST /verification/social/:connectorId/verify': verification('Social', 'Submit'),
  'POST /verification/one-time-token/verify': verification('OneTimeToken', 'Submit'),
  'POST /verification/totp/secret': verification('Totp', 'Create'),
  'POST /verification/totp/verify': verification('Totp', 'Submit'),
  'POST /verification/backup-code/generate': verification('BackupCode', 'Create'),
  'POST /verification/backup-code/verify': verification('BackupCode', 'Submit'),
  'POST /verification/web-authn/registration': verification('WebAuthn', 'Create'),
  'POST /verification/web-authn/registration/verify': verification('WebAuthn', 'Submit'),
  'POST /verification/web-authn/authentication': verification('WebAuthn', 'Create'),
  'POST /verification/web-authn/authentication/verify': verification('WebAuthn', 'Submit'),
  'POST /verification/sign-in-passkey/authentication': verification('SignInPasskey', 'Create'),
  'POST /verification/sign-in-passkey/authentication/verify': verification('SignInPasskey', 'Submit'),
  'POST /verification/mfa-verification-code': (body) =>
    `Verification.Mfa${body.identifierType === 'phone' ? 'Phone' : 'Email'}VerificationCode.Create`,
  'POST /verification/mfa-verification-code/verify': (body) =>
    `Verification.Mfa${body.identifierType === 'phone' ? 'Phone' : 'Email'}VerificationCode.Submit`,
  'POST /identification': () => 'Identifier.Submit',
  'POST /profile': () => 'Profile.Update',
  'PUT /profile/password': () => 'Profile.Update',
  'POST /profile/mfa': (body) => `BindMfa.${String(body.type)}.Submit`,
  'POST /profile/mfa/mfa-skipped': () => 'Profile.Update',
  'POST /profile/mfa/mfa-suggestion-skipped': () => 'Profile.Update',
  'POST /profile/mfa/passkey': () => 'BindMfa.WebAuthn.Submit',
  'POST /profile/mfa/passkey-skipped': () => 'Profile.Update',
  'POST /profile/mfa/mfa-enabled': () => 'Profile.Update',
  'POST /submit': () => 'Submit',
};

const lockedOut = 'session.verification_blocked_too_many_attempts';

/** What of the body the entry keeps: identifiers and ids, never passwords or codes. */
function detailsOf(body: Body) {
  const identifier = body.identifier as { type?: unknown; value?: unknown } | undefined;
  return compact({
    identifier:
      identifier && typeof identifier.type === 'string'
        ? { type: identifier.type, value: identifier.value }
        : undefined,
  });
}

/**
 * Records each Experience API step under Logto's key, with the result (and the error code of a
 * failed step), the client, the app, the interaction and, once known, the user. A refused
 * attempt because of a lockout also writes `Identifier.Lockout`. Entries are queued, never awaited.
 */
export function auditExperienceSteps(prefix: string, write: (payload: LogPayload) => void) {
  return (ctx: Context, next: Next) =>
    recordAfter(next, (failure) => {
      const route = (ctx as { _matchedRoute?: string })._matchedRoute?.slice(prefix.length) || '/';
      const step = steps[`${ctx.method} ${route}`];
      const loaded = loadedInteraction(ctx);
      if (!step || !loaded) return;
      const body = ((ctx.state as { jsonBody?: unknown }).jsonBody ?? {}) as Body;
      const state = experienceOf(loaded.interaction);
      const event = route === '/' ? (body.interactionEvent ?? state?.event) : (loaded.eventAtLoad ?? state?.event);
      const answered = (ctx.body as { verificationId?: unknown } | undefined)?.verificationId;
      const verificationId = stringOr(body.verificationId) ?? stringOr(answered);
      const verified = state && verificationId ? state.verifications[verificationId] : undefined;
      const entry: LogPayload = compact({
        key: `Interaction.${String(event)}.${step(body)}`,
        result: failure === undefined ? 'Success' : 'Error',
        ...requestOrigin(ctx),
        applicationId: stringOr(loaded.interaction.params.client_id),
        interactionId: loaded.interaction.uid,
        sessionId: stringOr(loaded.interaction.session?.uid),
        userId: state?.userId ?? stringOr((verified as { userId?: unknown } | undefined)?.userId),
        ...detailsOf(body),
        verificationId,
        connectorId: stringOr((ctx.params as Record<string, unknown> | undefined)?.connectorId),
        ...(route === '/interaction-event' && { interactionEvent: body.interactionEvent }),
        error: failure === undefined ? undefined : errorOf(failure),
      });
      write(entry);
      if ((entry.error as { code?: unknown } | undefined)?.code === lockedOut)
        write({ ...entry, key: 'Identifier.Lockout' });
    });
}

const stringOr = (value: unknown) => (typeof value === 'string' ? value : undefined);
