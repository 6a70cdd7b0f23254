import { RequestError } from '../http/request-error.js';
import { guardEmailAllowed } from '../sign-in-experience/email-blocklist.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { UsersService } from '../users/index.js';
import type { CodeVerificationRecord, ExperienceState, InteractionEvent } from './experience.schemas.js';
import { guardCodeAllowed, guardSignUpIdentifier, missingProfile, throwMissingProfile } from './sign-up-rules.js';

const isCode = (record: ExperienceState['verifications'][string]): record is CodeVerificationRecord =>
  record.type === 'EmailVerificationCode' || record.type === 'PhoneVerificationCode';

/** The verified email or phone of this interaction, if any (the latest one; only one sent for `event` if given). */
export function verifiedCodeRecord(
  state: ExperienceState,
  event?: InteractionEvent,
): CodeVerificationRecord | undefined {
  return Object.values(state.verifications)
    .filter(isCode)
    .filter((record) => record.verified && (!event || record.event === event))
    .at(-1);
}

/**
 * Identification by a verified email or phone: sign-in and password reset find the user
 * holding it; sign-up creates the account once the profile the settings require is complete.
 */
export function createCodeIdentification({
  users,
  signInExperience,
}: {
  users: UsersService;
  signInExperience: SignInExperienceService;
}) {
  async function register(state: ExperienceState, record: CodeVerificationRecord): Promise<[ExperienceState, boolean]> {
    const settings = await signInExperience.settings();
    const { type, value } = record.identifier;
    guardSignUpIdentifier(settings, type);
    if (type === 'email') guardEmailAllowed(settings.emailBlocklistPolicy, value);
    if (await users.findByIdentifier(type, value))
      throw new RequestError(type === 'email' ? 'user.email_already_in_use' : 'user.phone_already_in_use', 422);
    const proven = type === 'email' ? { primaryEmail: value } : { primaryPhone: value };
    const profile = { ...state.profile, ...proven };
    const missing = missingProfile(settings, profile);
    if (missing.length > 0) throwMissingProfile(missing);
    const user = await users.createWithEncryptedPassword(
      { username: profile.username, primaryEmail: profile.primaryEmail, primaryPhone: profile.primaryPhone },
      profile.passwordEncrypted ?? null,
    );
    return [{ ...state, userId: user.id }, true];
  }

  return {
    isCode,
    register,

    async identify(state: ExperienceState, record: CodeVerificationRecord): Promise<[ExperienceState, boolean]> {
      if (!record.verified) throw new RequestError('session.verification_failed', 400);
      // A code proves the identifier for the event it was sent for only (a password-reset code
      // must not sign in), and only while the settings still allow that event by code.
      if (record.event !== state.event)
        throw new RequestError('session.verification_failed', 400, {
          message: `This code was sent for ${record.event}, not for ${state.event}.`,
        });
      guardCodeAllowed(await signInExperience.settings(), record.identifier, state.event);
      if (state.event === 'Register') return register(state, record);
      const user = await users.findByIdentifier(record.identifier.type, record.identifier.value);
      if (!user) throw new RequestError('user.user_not_exist', 404);
      if (user.is_suspended) throw new RequestError('user.suspended', 401);
      return [{ ...state, userId: user.id }, false];
    },
  };
}
