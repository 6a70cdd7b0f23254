import type { SocialUserInfo } from '../connectors/index.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import { emailRegex, type SocialProfile, type UserRow, type UsersService } from '../users/index.js';
import type { ExperienceState, SocialVerificationRecord } from './experience.schemas.js';

/**
 * What a provider's profile gives a new account, within the users table's limits: a name, an
 * http(s) avatar, and the e-mail address and phone number (digits only, as Logto keeps them)
 * only when the provider said it verified them: an account's own address or number is one its
 * holder proved, so an unverified one stays in the identity's details only. Values that do not
 * fit are left out rather than refused: the identity is what signs in.
 */
export function accountProfile(info: SocialUserInfo): SocialProfile {
  const profile: SocialProfile = {};
  if (info.name) profile.name = info.name.slice(0, 128);
  if (info.avatar && info.avatar.length <= 2048 && /^https?:\/\//i.test(info.avatar)) profile.avatar = info.avatar;
  const email = info.emailVerified === true ? info.email?.toLowerCase() : undefined;
  if (email && email.length <= 128 && emailRegex.test(email)) profile.primaryEmail = email;
  const phone = info.phoneVerified === true ? info.phone?.replace(/[\s+().-]/g, '') : undefined;
  if (phone && /^\d{4,20}$/.test(phone)) profile.primaryPhone = phone;
  return profile;
}

/** Whether the account holds the e-mail address or phone number the provider verified. */
function holdsVerifiedIdentifier(user: UserRow, info: SocialUserInfo): boolean {
  const { primaryEmail, primaryPhone } = accountProfile(info);
  return (
    (primaryEmail !== undefined && user.primary_email === primaryEmail) ||
    (primaryPhone !== undefined && user.primary_phone === primaryPhone)
  );
}

/**
 * Social sign-in and sign-up: the identity (`user_social_identities`, mirrored in
 * `identities[target]`) decides who the user is. An unknown identity is linked to an existing
 * account only once this interaction proved control of that account (Keycloak's first broker
 * login): the user signed in to it here first, by its password, a code sent to it, or another
 * identity it holds. The provider's e-mail or phone alone never picks or signs in an account,
 * and the answer before that proof never tells whether an account holds them.
 */
export function createSocialIdentification({
  users,
  signInExperience,
}: {
  users: UsersService;
  signInExperience: SignInExperienceService;
}) {
  /**
   * Leaves out an address or number another account already holds (as Logto does): the new
   * account signs in by its social identity, and an identifier is never shared or taken over.
   * Linking to the holder is the other, explicit choice.
   */
  async function withoutTakenIdentifiers(profile: SocialProfile): Promise<SocialProfile> {
    const { primaryEmail, primaryPhone, ...rest } = profile;
    const free: SocialProfile = { ...rest };
    if (primaryEmail && !(await users.findByIdentifier('email', primaryEmail))) free.primaryEmail = primaryEmail;
    if (primaryPhone && !(await users.findByIdentifier('phone', primaryPhone))) free.primaryPhone = primaryPhone;
    return free;
  }

  async function register(record: SocialVerificationRecord, existing: UserRow | undefined): Promise<string> {
    const { target, userInfo } = record.verified ?? { target: '', userInfo: { id: '' } };
    if (existing)
      throw new RequestError('user.identity_already_in_use', 422, {
        message: `This ${target} account is already linked to a user; sign in instead.`,
        data: { target },
      });
    const profile = await withoutTakenIdentifiers(accountProfile(userInfo));
    const identity = { userId: userInfo.id, details: { ...userInfo } };
    const user = await users.createWithSocialIdentity(profile, target, identity);
    return user.id;
  }

  /**
   * The identity is new: link it to the account this interaction already signed in to, when the
   * client asks (`linkSocialIdentity`, the user agreed) or the settings link automatically and
   * that account holds the provider's verified e-mail or phone. Without that proof the answer
   * is the same whether or not some account holds them.
   */
  async function linkOrRefuse(
    state: ExperienceState,
    record: SocialVerificationRecord,
    linkSocialIdentity: boolean,
  ): Promise<UserRow> {
    const { target, userInfo } = record.verified ?? { target: '', userInfo: { id: '' } };
    const proven = state.userId ? await users.findOrThrow(state.userId) : undefined;
    if (proven) {
      const { socialSignIn } = await signInExperience.settings();
      if (linkSocialIdentity || (socialSignIn.automaticAccountLinking && holdsVerifiedIdentifier(proven, userInfo))) {
        // An account keeps the identity of this target it has: nothing is replaced.
        if ((JSON.parse(proven.identities) as Record<string, unknown>)[target])
          throw new RequestError('user.social_account_exists_in_profile', 422, {
            message: `This account is already linked to another ${target} account.`,
            data: { target },
          });
        return proven;
      }
    }
    if (linkSocialIdentity)
      throw new RequestError('session.verification_required', 422, {
        message: `Sign in to the account to link first: verify its password or a code sent to it in this interaction and identify with that verification, then identify again with linkSocialIdentity: true.`,
        data: { target },
      });
    throw new RequestError('user.identity_not_exist', 422, {
      message: `No user has this ${target} account yet. Switch the interaction to Register to create one, or sign in to an existing account (password or verification code) and identify again with linkSocialIdentity: true to link it.`,
      data: { target },
    });
  }

  return {
    async identify(
      state: ExperienceState,
      record: SocialVerificationRecord,
      linkSocialIdentity = false,
    ): Promise<[ExperienceState, boolean]> {
      if (!record.verified)
        throw new RequestError('session.verification_failed', 400, {
          message: 'Finish the social verification (POST …/verify) before identifying.',
        });
      const { target, userInfo, syncProfile } = record.verified;
      const existing = await users.findBySocialIdentity(target, userInfo.id);
      if (state.event === 'Register') return [{ ...state, userId: await register(record, existing) }, true];
      if (state.event !== 'SignIn') throw new RequestError('session.verification_failed', 400);

      const user = existing ?? (await linkOrRefuse(state, record, linkSocialIdentity));
      if (user.is_suspended) throw new RequestError('user.suspended', 401);
      const { name, avatar } = accountProfile(userInfo);
      const identity = { userId: userInfo.id, details: { ...userInfo } };
      const profile = syncProfile ? { name, avatar } : {};
      // A new link waits for submit: MFA of the account comes first.
      if (!existing)
        return [{ ...state, userId: user.id, socialLink: { userId: user.id, target, identity, profile } }, false];
      await users.linkSocialIdentity(user.id, target, identity, profile);
      return [{ ...state, userId: user.id }, false];
    },
  };
}
