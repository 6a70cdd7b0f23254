import type { ConnectorsService } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import { guardEmailAllowed } from '../sign-in-experience/email-blocklist.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type {
  CodeIdentifier,
  CodeVerificationRecord,
  ExperienceState,
  InteractionEvent,
} from './experience.schemas.js';
import { guardVerificationRoom } from './interaction-limits.js';
import { guardCodeAllowed, profileIdentifierRequired } from './sign-up-rules.js';
import {
  codeMatches,
  generateCode,
  guardCodeUsable,
  hashCode,
  isValidIdentifier,
  newSalt,
  normalizeIdentifier,
} from './verification-code.js';

const sendAction = 'verification_code_send';
const verifyAction = 'verification_code';

export interface CodeSendLimits {
  perIdentifier: Sentinel;
  perIp: Sentinel;
  /** Tries per code (the policy's maxRetryAttempts), with a window outliving any code. */
  perCode: Sentinel;
}

const targetOf = (identifier: CodeIdentifier) => `${identifier.type}:${identifier.value}`;

/**
 * Verification codes by email or SMS inside an interaction: random 6-digit codes sent with the
 * template of the event, kept hashed, single use, expiring, limited in tries and in sends.
 */
export function createVerificationCodes(deps: {
  connectors: ConnectorsService;
  signInExperience: SignInExperienceService;
  sentinel: Sentinel;
  limits: CodeSendLimits;
  clock: () => number;
}) {
  const { connectors, signInExperience, sentinel, limits, clock } = deps;

  return {
    async send(
      state: ExperienceState,
      given: CodeIdentifier,
      event: InteractionEvent,
      ip: string,
      /** The first of the interaction's `ui_locales`: the language of the email template. */
      locale?: string,
    ): Promise<[ExperienceState, string]> {
      guardVerificationRoom(state); // before anything is sent
      const identifier = normalizeIdentifier(given);
      if (!isValidIdentifier(identifier))
        throw new RequestError(`guard.invalid_${identifier.type}`, 400, {
          message:
            identifier.type === 'email' ? 'The email address is invalid.' : 'The phone number must be 6 to 15 digits.',
        });
      const settings = await signInExperience.settings();
      // A code may also prove an email or phone sign-up requires, for POST /profile (Logto's missing
      // profile), or a new one set up as an MFA factor (POST /profile/mfa). Identification checks
      // the sign-in methods again, so such a code never signs in where codes may not.
      const factor = identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
      const forProfile = profileIdentifierRequired(settings, identifier.type) || settings.mfa.factors.includes(factor);
      if (!(event !== 'ForgotPassword' && forProfile)) guardCodeAllowed(settings, identifier, event);
      // A new account's email must pass the blocklist before any code is sent (Logto does the same).
      if (event === 'Register' && identifier.type === 'email')
        guardEmailAllowed(settings.emailBlocklistPolicy, identifier.value);
      return deliver(state, identifier, { event, ip, locale });
    },

    /** A second-factor code to the identified user's own email or phone (the MfaVerification template). */
    async sendMfa(
      state: ExperienceState,
      identifier: CodeIdentifier,
      userId: string,
      ip: string,
    ): Promise<[ExperienceState, string]> {
      guardVerificationRoom(state);
      return deliver(state, identifier, { event: state.event, ip, userId });
    },

    /** Returns the new state even when the code is refused (the failed try counts), with the error to answer. */
    async verify(
      state: ExperienceState,
      given: CodeIdentifier,
      verificationId: string,
      code: string,
    ): Promise<{ state: ExperienceState; error?: RequestError }> {
      const record = state.verifications[verificationId];
      if (!record || (record.type !== 'EmailVerificationCode' && record.type !== 'PhoneVerificationCode'))
        throw new RequestError('session.verification_session_not_found', 404);
      return check(state, record, normalizeIdentifier(given), code);
    },

    /** Checks a second-factor code; the identifier is the one it was sent to (of the type given). */
    async verifyMfa(
      state: ExperienceState,
      identifierType: CodeIdentifier['type'],
      verificationId: string,
      code: string,
    ): Promise<{ state: ExperienceState; error?: RequestError }> {
      const record = state.verifications[verificationId];
      const type = identifierType === 'email' ? 'MfaEmailVerificationCode' : 'MfaPhoneVerificationCode';
      if (record?.type !== type || record.userId !== state.userId)
        throw new RequestError('session.verification_session_not_found', 404);
      return check(state, record, record.identifier, code);
    },
  };

  async function deliver(
    state: ExperienceState,
    identifier: CodeIdentifier,
    { event, ip, userId, locale }: { event: InteractionEvent; ip: string; userId?: string; locale?: string },
  ): Promise<[ExperienceState, string]> {
    const settings = await signInExperience.settings();
    const target = targetOf(identifier);
    // Both counted before sending, each in one statement, so concurrent sends can not overshoot.
    const identifierAllowed = await limits.perIdentifier.attempt(target, sendAction);
    const ipAllowed = await limits.perIp.attempt(`ip:${ip}`, sendAction);
    if (!identifierAllowed || !ipAllowed)
      throw new RequestError('session.verification_blocked_too_many_attempts', 429, {
        message: 'Too many codes were sent. Please try again later.',
      });

    const code = generateCode();
    await connectors.sendMessage(identifier.type === 'email' ? 'Email' : 'Sms', {
      to: identifier.value,
      type: userId ? 'MfaVerification' : event,
      payload: { code, ...(locale && { locale }) },
    });
    const salt = newSalt();
    const kind = identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
    const record: CodeVerificationRecord = {
      id: generateId(),
      type: userId ? `Mfa${kind}` : kind,
      identifier,
      ...(userId && { userId }),
      event,
      salt,
      codeHash: hashCode(code, salt),
      expiresAt: clock() + settings.verificationCodePolicy.expirationDuration * 1000,
      failedAttempts: 0,
      verified: false,
    };
    return [{ ...state, verifications: { ...state.verifications, [record.id]: record } }, record.id];
  }

  async function check(
    state: ExperienceState,
    record: CodeVerificationRecord,
    identifier: CodeIdentifier,
    code: string,
  ): Promise<{ state: ExperienceState; error?: RequestError }> {
    const codeHash = guardCodeUsable(record, identifier, clock());
    // Tries are counted in the database before the code is compared: the count kept in the
    // interaction is read and written by each request, so concurrent tries would all see 0.
    const { maxRetryAttempts } = (await signInExperience.settings()).verificationCodePolicy;
    if (!(await limits.perCode.attempt(`code:${record.id}`, verifyAction, maxRetryAttempts)))
      throw new RequestError('verification_code.exceed_max_try', 400, {
        message: 'The code was entered wrong too many times. Request a new one.',
      });
    const target = targetOf(identifier);
    if (!(await sentinel.attempt(target, verifyAction)))
      throw new RequestError('session.verification_blocked_too_many_attempts', 429);
    const save = (next: CodeVerificationRecord) => ({
      ...state,
      verifications: { ...state.verifications, [next.id]: next },
    });
    if (!codeMatches(code, record.salt, codeHash)) {
      return {
        state: save({ ...record, failedAttempts: record.failedAttempts + 1 }),
        error: new RequestError('verification_code.code_mismatch', 400, { message: 'The code is wrong.' }),
      };
    }
    await sentinel.reset(target, verifyAction);
    return { state: save({ ...record, verified: true, codeHash: undefined }) };
  }
}

export type VerificationCodes = ReturnType<typeof createVerificationCodes>;
