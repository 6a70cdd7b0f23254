import type { ConnectorsService } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import { burnVerification, type UsersService } from '../users/index.js';
import { hashPassword } from '../users/password-hasher.js';
import type { ExperienceState, Identifier, InteractionEvent, VerificationRecord } from './experience.schemas.js';
import { checkPassword } from './password-policy.js';
import { createSocialIdentification } from './social-identification.js';
import { createSocialVerification } from './social-verification.service.js';

const passwordAction = 'password';

function describePasswordIssues(issues: ReturnType<typeof checkPassword>): string {
  return issues
    .map((issue) => {
      if (issue.code === 'password_rejected.too_short')
        return `The password must be at least ${issue.interpolation?.min} characters long.`;
      if (issue.code === 'password_rejected.too_long')
        return `The password must be at most ${issue.interpolation?.max} characters long.`;
      return 'The password must not contain your username, email or phone number.';
    })
    .join(' ');
}

/**
 * The rules of sign-in and sign-up, on an interaction's state. It never sees HTTP: the routes
 * load the state from the interaction bound to the browser's cookie and save what comes back.
 */
export function createExperienceService({
  users,
  sentinel,
  connectors,
  jit,
}: {
  users: UsersService;
  sentinel: Sentinel;
  connectors: ConnectorsService;
  /** Organizations' just-in-time provisioning by verified email domain, once the user is known. */
  jit?: { provisionUser(userId: string): Promise<unknown> };
}) {
  const social = createSocialVerification({ connectors });
  const socialIdentification = createSocialIdentification({ users });

  function record(state: ExperienceState, verificationId: string | undefined): VerificationRecord {
    const found = verificationId ? state.verifications[verificationId] : undefined;
    if (!found) throw new RequestError('session.verification_session_not_found', 404);
    return found;
  }

  return {
    socialAuthorization: social.createAuthorization,
    verifySocial: social.verify,

    start(event: InteractionEvent): ExperienceState {
      return { event, verifications: {} };
    },

    switchEvent(state: ExperienceState, event: InteractionEvent): ExperienceState {
      return { ...state, event, userId: undefined };
    },

    /** Verifies identifier + password, with a lockout per identifier after repeated failures. */
    async verifyPassword(
      state: ExperienceState,
      identifier: Identifier,
      password: string,
    ): Promise<[ExperienceState, string]> {
      const target = `${identifier.type}:${identifier.value.toLowerCase()}`;
      if (await sentinel.isBlocked(target, passwordAction)) {
        throw new RequestError('session.verification_blocked_too_many_attempts', 429);
      }
      const user = await users.findByIdentifier(identifier.type, identifier.value);
      let ok = false;
      if (user) ok = await users.checkPassword(user, password);
      else await burnVerification(password);
      if (!user || !ok) {
        await sentinel.recordFailure(target, passwordAction);
        throw new RequestError('session.invalid_credentials', 422);
      }
      await sentinel.reset(target, passwordAction);
      const id = generateId();
      const verification: VerificationRecord = { id, type: 'Password', identifier, verified: true, userId: user.id };
      return [{ ...state, verifications: { ...state.verifications, [id]: verification } }, id];
    },

    /** Sign-up with a username and a new password: checks availability and the policy now. */
    async newPasswordIdentity(
      state: ExperienceState,
      identifier: Identifier,
      password: string,
    ): Promise<[ExperienceState, string]> {
      if (identifier.type !== 'username') {
        throw new RequestError('guard.invalid_input', 400, {
          message: 'Only a username can be registered with a password here.',
        });
      }
      if (!/^[A-Z_a-z]\w*$/.test(identifier.value)) {
        throw new RequestError('user.invalid_username', 400, {
          message: 'A username starts with a letter or underscore and holds only letters, digits and underscores.',
        });
      }
      if (await users.findByIdentifier('username', identifier.value))
        throw new RequestError('user.username_already_in_use', 422);
      const issues = checkPassword(password, [identifier.value]);
      if (issues.length > 0) {
        throw new RequestError('password.rejected', 422, {
          message: describePasswordIssues(issues),
          data: { result: false, issues },
        });
      }
      const id = generateId();
      const verification: VerificationRecord = {
        id,
        type: 'NewPasswordIdentity',
        identifier,
        passwordEncrypted: await hashPassword(password),
      };
      return [{ ...state, verifications: { ...state.verifications, [id]: verification } }, id];
    },

    /** Binds the interaction to a user: the verified one (sign-in) or a new one (sign-up). */
    async identify(state: ExperienceState, verificationId: string | undefined): Promise<[ExperienceState, boolean]> {
      const verification = record(state, verificationId);
      if (verification.type === 'Social') return socialIdentification.identify(state, verification);
      if (state.event === 'Register') {
        if (verification.type !== 'NewPasswordIdentity') throw new RequestError('session.verification_failed', 400);
        const user = await users.createWithEncryptedPassword(
          verification.identifier.value,
          verification.passwordEncrypted,
        );
        return [{ ...state, userId: user.id }, true];
      }
      if (verification.type !== 'Password' || !verification.verified || !verification.userId) {
        throw new RequestError('session.verification_failed', 400);
      }
      const user = await users.findOrThrow(verification.userId).catch(() => {
        throw new RequestError('user.user_not_exist', 404);
      });
      if (user.is_suspended) throw new RequestError('user.suspended', 401);
      return [{ ...state, userId: user.id }, false];
    },

    /** The account the provider should log in, once everything required is done. */
    async accountToSubmit(state: ExperienceState): Promise<string> {
      if (!state.userId) throw new RequestError('session.identifier_not_found', 404);
      const user = await users.findOrThrow(state.userId);
      if (user.is_suspended) throw new RequestError('user.suspended', 401);
      await users.recordSignIn(user.id);
      await jit?.provisionUser(user.id);
      return user.id;
    },
  };
}

export type ExperienceService = ReturnType<typeof createExperienceService>;
