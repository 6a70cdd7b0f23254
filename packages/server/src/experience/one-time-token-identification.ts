import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { OneTimeTokensService } from '../one-time-tokens/index.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { UsersService } from '../users/index.js';
import type { ExperienceState, OneTimeTokenVerificationRecord } from './experience.schemas.js';
import { missingProfile, throwMissingProfile } from './sign-up-rules.js';

const isOneTimeToken = (record: ExperienceState['verifications'][string]): record is OneTimeTokenVerificationRecord =>
  record.type === 'OneTimeToken';

/** Whether the interaction holds a used one-time token: it may then register even where sign-up is closed (Logto's rule). */
export const hasOneTimeToken = (state: ExperienceState) => Object.values(state.verifications).some(isOneTimeToken);

/** The organizations the interaction's one-time tokens name, joined at submit. */
export const oneTimeTokenOrganizations = (state: ExperienceState) =>
  Object.values(state.verifications)
    .filter(isOneTimeToken)
    .flatMap((record) => record.jitOrganizationIds);

/**
 * Magic links (Logto's one-time tokens): the token is consumed when verified, which proves the
 * email. Sign-in finds the user holding it; sign-up (the page switches to Register on
 * `user.user_not_exist`) creates the account with that email, once the profile the settings
 * require is complete.
 */
export function createOneTimeTokenIdentification(deps: {
  users: UsersService;
  signInExperience: SignInExperienceService;
  oneTimeTokens?: Pick<OneTimeTokensService, 'consume'>;
}) {
  const { users } = deps;

  return {
    isOneTimeToken,

    async verify(state: ExperienceState, email: string, token: string): Promise<[ExperienceState, string]> {
      if (!deps.oneTimeTokens) throw new RequestError('session.verification_failed', 400);
      const consumed = await deps.oneTimeTokens.consume(token, email);
      const id = generateId();
      const record: OneTimeTokenVerificationRecord = {
        id,
        type: 'OneTimeToken',
        identifier: { type: 'email', value: consumed.email },
        verified: true,
        jitOrganizationIds: consumed.context.jitOrganizationIds ?? [],
      };
      return [{ ...state, verifications: { ...state.verifications, [id]: record } }, id];
    },

    async identify(
      state: ExperienceState,
      record: OneTimeTokenVerificationRecord,
    ): Promise<[ExperienceState, boolean]> {
      const email = record.identifier.value;
      const existing = await users.findByIdentifier('email', email);
      if (state.event !== 'Register') {
        if (!existing) throw new RequestError('user.user_not_exist', 404);
        if (existing.is_suspended) throw new RequestError('user.suspended', 401);
        return [{ ...state, userId: existing.id }, false];
      }
      if (existing) throw new RequestError('user.email_already_in_use', 422);
      const profile = state.profile ?? {};
      const missing = missingProfile(await deps.signInExperience.settings(), { ...profile, primaryEmail: email });
      if (missing.length > 0) throwMissingProfile(missing);
      const user = await users.createWithEncryptedPassword(
        { username: profile.username, primaryEmail: email, primaryPhone: profile.primaryPhone },
        profile.passwordEncrypted ?? null,
      );
      return [{ ...state, userId: user.id }, true];
    },
  };
}
