import type { CustomProfileFieldsService } from '../custom-profile-fields/index.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { UsersService } from '../users/index.js';
import { hashPassword } from '../users/password-hasher.js';
import { verifiedCodeRecord } from './code-identification.js';
import type { ExperienceState, ProfileBody } from './experience.schemas.js';
import { guardNewPasswordHash, type HashingClient, type NewPasswordLimits } from './interaction-limits.js';
import { guardPasswordPolicy } from './password-policy.js';

export type ProfileFields = Pick<CustomProfileFieldsService, 'place' | 'missingRequired'>;

/**
 * The profile an interaction collects: a username or a password for sign-up (Logto's
 * POST /profile), and the new password of a password reset (PUT /profile/password).
 */
export function createProfileSteps({
  users,
  signInExperience,
  newPasswordLimits,
  profileFields,
}: {
  users: UsersService;
  signInExperience: SignInExperienceService;
  newPasswordLimits: NewPasswordLimits;
  profileFields?: ProfileFields;
}) {
  async function guardPolicy(password: string, userInfo: Array<string | null | undefined>): Promise<void> {
    guardPasswordPolicy(password, userInfo, (await signInExperience.settings()).passwordPolicy);
  }

  return {
    guardPolicy,

    async add(state: ExperienceState, input: ProfileBody, client: HashingClient): Promise<ExperienceState> {
      if (state.event !== 'Register')
        throw new RequestError('session.not_supported_for_event', 400, {
          message: 'A username, password or profile field is added to the profile during sign-up only.',
        });
      const profile = state.profile ?? {};
      if (input.type === 'extraProfile') {
        const extra = { ...profile.extra, ...input.values };
        await profileFields?.place(extra); // every field's problem, in words
        return { ...state, profile: { ...profile, extra } };
      }
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

    /** Sign-up: refused while a required custom profile field has no value (the page then asks for them); social sign-up is not. */
    async guardExtraProfile(state: ExperienceState): Promise<void> {
      if (state.event !== 'Register' || !profileFields) return;
      // Social sign-up finishes on the callback page, which does not ask for the fields (yet).
      if (Object.values(state.verifications).some((record) => record.type === 'Social' && record.verified)) return;
      const missing = await profileFields.missingRequired(state.profile?.extra);
      if (missing.length > 0)
        throw new RequestError('user.missing_profile', 422, {
          message: 'Fill in the required profile fields first.',
          data: { missingProfile: ['extraProfile'], fields: missing },
        });
    },

    /** Stores the custom profile fields' values on the new user: its name, profile claims and custom data. */
    async applyExtraProfile(state: ExperienceState, userId: string): Promise<void> {
      const extra = state.profile?.extra;
      if (state.event !== 'Register' || !profileFields || !extra) return;
      const changes = await profileFields.place(extra);
      const user = await users.get(userId);
      await users.update(userId, {
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.avatar !== undefined && { avatar: changes.avatar }),
        profile: { ...user.profile, ...changes.profile },
        customData: { ...user.customData, ...changes.customData },
      });
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
