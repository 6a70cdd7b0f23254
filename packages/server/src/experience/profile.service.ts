import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { UsersService } from '../users/index.js';
import { hashPassword } from '../users/password-hasher.js';
import { verifiedCodeRecord } from './code-identification.js';
import type { ExperienceState } from './experience.schemas.js';
import { guardNewPasswordHash, type HashingClient, type NewPasswordLimits } from './interaction-limits.js';
import { guardPasswordPolicy } from './password-policy.js';

/**
 * The profile an interaction collects: a username or a password for sign-up (Logto's
 * POST /profile), and the new password of a password reset (PUT /profile/password).
 */
export function createProfileSteps({
  users,
  signInExperience,
  newPasswordLimits,
}: {
  users: UsersService;
  signInExperience: SignInExperienceService;
  newPasswordLimits: NewPasswordLimits;
}) {
  async function guardPolicy(password: string, userInfo: Array<string | null | undefined>): Promise<void> {
    guardPasswordPolicy(password, userInfo, (await signInExperience.settings()).passwordPolicy);
  }

  return {
    guardPolicy,

    async add(
      state: ExperienceState,
      input: { type: 'username' | 'password'; value: string },
      client: HashingClient,
    ): Promise<ExperienceState> {
      if (state.event !== 'Register')
        throw new RequestError('session.not_supported_for_event', 400, {
          message: 'A username or password is added to the profile during sign-up only.',
        });
      const profile = state.profile ?? {};
      if (input.type === 'username') {
        if (!/^[A-Z_a-z]\w*$/.test(input.value))
          throw new RequestError('user.invalid_username', 400, {
            message: 'A username starts with a letter or underscore and holds only letters, digits and underscores.',
          });
        if (await users.findByIdentifier('username', input.value))
          throw new RequestError('user.username_already_in_use', 422);
        return { ...state, profile: { ...profile, username: input.value } };
      }
      await guardPolicy(input.value, [profile.username, verifiedCodeRecord(state)?.identifier.value]);
      await guardNewPasswordHash(newPasswordLimits, client);
      return { ...state, profile: { ...profile, passwordEncrypted: await hashPassword(input.value) } };
    },

    /** Forgot password: the user identified by a code sets a new password meeting the policy. */
    async resetPassword(state: ExperienceState, password: string, client: HashingClient): Promise<ExperienceState> {
      if (state.event !== 'ForgotPassword')
        throw new RequestError('session.not_supported_for_event', 400, {
          message: 'The password is reset in a ForgotPassword interaction only.',
        });
      if (!state.userId) throw new RequestError('session.identifier_not_found', 404);
      const row = await users.findOrThrow(state.userId);
      if (row.is_suspended) throw new RequestError('user.suspended', 401);
      await guardPolicy(password, [row.username, row.primary_email, row.primary_phone, row.name]);
      await guardNewPasswordHash(newPasswordLimits, client); // the check against the old one and the new hash
      if (await users.checkPassword(row, password))
        throw new RequestError('user.same_password', 422, {
          message: 'The new password must differ from the old one.',
        });
      await users.setPassword(row.id, password);
      return { ...state, profile: { ...state.profile, passwordReset: true } };
    },
  };
}
