import type { CustomProfileFieldsService } from '../custom-profile-fields/index.js';
import { RequestError } from '../http/request-error.js';
import { guardEmailAllowed } from '../sign-in-experience/email-blocklist.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { UsersService } from '../users/index.js';
import { hashPassword } from '../users/password-hasher.js';
import { verifiedCodeRecord } from './code-identification.js';
import type { ExperienceState, ProfileBody } from './experience.schemas.js';
import { guardNewPasswordHash, type HashingClient, type NewPasswordLimits } from './interaction-limits.js';
import { guardPasswordPolicy } from './password-policy.js';
import {
  missingProfile,
  profileIdentifierRequired,
  requiredSecondaryIdentifiers,
  throwMissingProfile,
} from './sign-up-rules.js';
import { accountProfile } from './social-identification.js';

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

  async function guardAvailable(type: 'email' | 'phone', value: string, userId?: string): Promise<void> {
    const holder = await users.findByIdentifier(type, value);
    if (holder && holder.id !== userId)
      throw new RequestError(type === 'email' ? 'user.email_already_in_use' : 'user.phone_already_in_use', 422);
  }

  /**
   * Logto's missing-profile fulfilment: a verified email or phone code of this interaction proves the
   * identifier, kept in the profile: sign-up creates the account with it, sign-in adds it at submit.
   * `asMfaFactor`: the email or phone is set up as an MFA factor, which sign-up need not ask for.
   */
  async function addIdentifier(
    state: ExperienceState,
    type: 'email' | 'phone',
    verificationId: string,
    asMfaFactor = false,
  ): Promise<ExperienceState> {
    if (state.event === 'ForgotPassword')
      throw new RequestError('session.not_supported_for_forgot_password', 400, {
        message: 'The profile can not be changed in a ForgotPassword interaction.',
      });
    if (state.event === 'SignIn' && !state.userId) throw new RequestError('session.identifier_not_found', 404);
    const record = state.verifications[verificationId];
    if (!record) throw new RequestError('session.verification_session_not_found', 404);
    const expected = type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
    if (record.type !== expected || !record.verified)
      throw new RequestError('session.verification_failed', 400, {
        message: `The verification is not a verified ${type} code of this interaction.`,
      });
    const settings = await signInExperience.settings();
    const { value } = record.identifier;
    if (type === 'email') guardEmailAllowed(settings.emailBlocklistPolicy, value);
    if (state.event === 'SignIn' && state.userId) {
      const user = await users.findOrThrow(state.userId);
      if (type === 'email' ? user.primary_email : user.primary_phone)
        throw new RequestError(type === 'email' ? 'user.email_exists_in_profile' : 'user.phone_exists_in_profile', 400);
      if (!asMfaFactor && !profileIdentifierRequired(settings, type))
        throw new RequestError('session.not_supported_for_event', 400, {
          message: `The sign-in experience does not ask for ${type === 'email' ? 'an email address' : 'a phone number'}.`,
        });
    }
    await guardAvailable(type, value, state.userId);
    const key = type === 'email' ? 'primaryEmail' : 'primaryPhone';
    return { ...state, profile: { ...state.profile, [key]: value } };
  }

  /**
   * Adds a verified social identity of this interaction to the profile (Logto's `social` profile):
   * at sign-in it is linked to the signed-in user, at sign-up to the new account (with the
   * provider's name and avatar, as a social sign-up has them); written at submit, once the
   * account's MFA has passed.
   */
  async function addSocialIdentity(state: ExperienceState, verificationId: string): Promise<ExperienceState> {
    if (state.event === 'ForgotPassword')
      throw new RequestError('session.not_supported_for_forgot_password', 400, {
        message: 'The profile can not be changed in a ForgotPassword interaction.',
      });
    if (state.event === 'SignIn' && !state.userId) throw new RequestError('session.identifier_not_found', 404);
    const record = state.verifications[verificationId];
    if (!record) throw new RequestError('session.verification_session_not_found', 404);
    if (record.type !== 'Social' || !record.verified)
      throw new RequestError('session.verification_failed', 400, {
        message: 'The verification is not a verified social sign-in of this interaction.',
      });
    const { target, userInfo, syncProfile } = record.verified;
    const holder = await users.findBySocialIdentity(target, userInfo.id);
    if (holder && holder.id !== state.userId)
      throw new RequestError('user.identity_already_in_use', 422, { data: { target } });
    const user = state.userId ? await users.findOrThrow(state.userId) : undefined;
    if (user && (JSON.parse(user.identities) as Record<string, unknown>)[target])
      throw new RequestError('user.social_account_exists_in_profile', 422, {
        message: `This account is already linked to a ${target} account.`,
        data: { target },
      });
    const { name, avatar, primaryEmail, primaryPhone } = accountProfile(userInfo);
    const identity = { userId: userInfo.id, details: { ...userInfo } };
    // Sign-up takes the provider's e-mail and phone too, when it verified them (applySocialIdentifiers).
    const profile =
      state.event === 'Register' ? { name, avatar, primaryEmail, primaryPhone } : syncProfile ? { name, avatar } : {};
    return { ...state, socialLink: { userId: state.userId, target, identity, profile } };
  }

  return {
    guardPolicy,
    addIdentifier,

    /**
     * Sign-in, as Logto: an account lacking an identifier sign-up now requires (its secondary
     * identifiers) is refused at submit until POST /profile adds it.
     */
    async guardSignInProfile(state: ExperienceState, userId: string): Promise<void> {
      if (state.event !== 'SignIn') return;
      const settings = await signInExperience.settings();
      if (requiredSecondaryIdentifiers(settings).length === 0) return;
      const user = await users.findOrThrow(userId);
      const missing = missingProfile(
        { ...settings, signUp: { ...settings.signUp, identifiers: [], password: false } },
        {
          username: user.username ?? undefined,
          primaryEmail: state.profile?.primaryEmail ?? user.primary_email ?? undefined,
          primaryPhone: state.profile?.primaryPhone ?? user.primary_phone ?? undefined,
        },
      );
      // A username is added at sign-up only here, so a missing one does not hold sign-in up.
      const addable = missing.filter((name) => name !== 'username');
      if (addable.length > 0) throwMissingProfile(addable);
    },

    /** Sets the email or phone the profile proved on the signed-in (or already created) user, still free. */
    async applyIdentifiers(state: ExperienceState, userId: string): Promise<void> {
      if (state.event === 'ForgotPassword') return;
      const { primaryEmail, primaryPhone } = state.profile ?? {};
      const user = await users.findOrThrow(userId);
      const changes: { primaryEmail?: string; primaryPhone?: string } = {};
      if (primaryEmail && user.primary_email !== primaryEmail.toLowerCase()) {
        await guardAvailable('email', primaryEmail, userId);
        changes.primaryEmail = primaryEmail;
      }
      if (primaryPhone && user.primary_phone !== primaryPhone) {
        await guardAvailable('phone', primaryPhone, userId);
        changes.primaryPhone = primaryPhone;
      }
      if (changes.primaryEmail || changes.primaryPhone) await users.update(userId, changes);
    },

    /**
     * Sign-up with a social identity added to the profile: the provider's verified e-mail address
     * and phone number become the new account's, as a social sign-up has them, unless the account
     * already has its own (one this interaction verified wins) or another account holds them: then
     * they are left off, without an error. Run after applyIdentifiers.
     */
    async applySocialIdentifiers(state: ExperienceState, userId: string): Promise<void> {
      const link = state.socialLink;
      if (state.event !== 'Register' || !link) return;
      const { primaryEmail, primaryPhone } = link.profile;
      const user = await users.findOrThrow(userId);
      const changes: { primaryEmail?: string; primaryPhone?: string } = {};
      if (primaryEmail && !user.primary_email && !(await users.findByIdentifier('email', primaryEmail)))
        changes.primaryEmail = primaryEmail;
      if (primaryPhone && !user.primary_phone && !(await users.findByIdentifier('phone', primaryPhone)))
        changes.primaryPhone = primaryPhone;
      if (changes.primaryEmail || changes.primaryPhone) await users.update(userId, changes);
    },

    async add(state: ExperienceState, input: ProfileBody, client: HashingClient): Promise<ExperienceState> {
      if ('verificationId' in input)
        return input.type === 'social'
          ? addSocialIdentity(state, input.verificationId)
          : addIdentifier(state, input.type, input.verificationId);
      if (state.event !== 'Register')
        throw new RequestError('session.not_supported_for_event', 400, {
          message: 'A username, password or profile field is added to the profile during sign-up only.',
        });
      const profile = state.profile ?? {};
      if (input.type === 'extraProfile') {
        const extra = { ...profile.extra, ...input.values };
        const { signUpProfileFields } = await signInExperience.settings();
        await profileFields?.place(extra, signUpProfileFields); // every field's problem, in words
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

    /**
     * Sign-up, social sign-up too (as Logto): refused while a required custom profile field that
     * sign-up collects has no value (the pages then ask for them).
     */
    async guardExtraProfile(state: ExperienceState): Promise<void> {
      if (state.event !== 'Register' || !profileFields) return;
      const { signUpProfileFields } = await signInExperience.settings();
      const missing = await profileFields.missingRequired(state.profile?.extra, signUpProfileFields);
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
      const changes = await profileFields.place(extra, (await signInExperience.settings()).signUpProfileFields);
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
