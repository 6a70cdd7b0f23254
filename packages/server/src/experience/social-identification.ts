import type { SocialUserInfo } from '../connectors/index.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import { emailRegex, type SocialProfile, type UserRow, type UsersService } from '../users/index.js';
import type { ExperienceState, SocialVerificationRecord } from './experience.schemas.js';

/**
 * What a provider's profile gives a new account, within the users table's limits: a name, an
 * http(s) avatar, an e-mail address and a phone number (digits only, as Logto keeps them).
 * Values that do not fit are left out rather than refused: the identity is what signs in.
 */
export function accountProfile(info: SocialUserInfo): SocialProfile {
  const profile: SocialProfile = {};
  if (info.name) profile.name = info.name.slice(0, 128);
  if (info.avatar && info.avatar.length <= 2048 && /^https?:\/\//i.test(info.avatar)) profile.avatar = info.avatar;
  const email = info.email?.toLowerCase();
  if (email && email.length <= 128 && emailRegex.test(email)) profile.primaryEmail = email;
  const phone = info.phone?.replace(/[\s+().-]/g, '');
  if (phone && /^\d{4,20}$/.test(phone)) profile.primaryPhone = phone;
  return profile;
}

/** Logto's `relatedUser`: which of the provider's identifiers an existing account holds. */
export interface RelatedUser {
  type: 'email' | 'phone';
  value: string;
}

const emailFlags = ['email_verified', 'verified_email', 'emailVerified', 'is_email_verified'];
const phoneFlags = ['phone_number_verified', 'phone_verified', 'phoneVerified', 'is_phone_verified'];

/** Whether the provider's answer says, up to a few levels deep, that the value is not verified. */
function flaggedUnverified(raw: unknown, flags: string[], depth = 0): boolean {
  if (typeof raw !== 'object' || raw === null || depth > 4) return false;
  return Object.entries(raw as Record<string, unknown>).some(
    ([key, value]) =>
      (flags.includes(key) && (value === false || value === 'false')) || flaggedUnverified(value, flags, depth + 1),
  );
}

/**
 * The account an unknown social identity may be linked to: the one holding the provider's phone
 * number, else its e-mail address (Logto's order). A value the provider flags as not verified
 * (`email_verified: false` and the like) is never used: linking on it would hand the account to
 * whoever typed that address at the provider.
 */
async function findRelatedUser(
  users: UsersService,
  target: string,
  info: SocialUserInfo,
): Promise<{ relatedUser: RelatedUser; user: UserRow } | undefined> {
  const { primaryEmail, primaryPhone } = accountProfile(info);
  // An account already linked to another account of this provider keeps it: nothing is replaced.
  const linkable = (user: UserRow | undefined) =>
    user && !(JSON.parse(user.identities) as Record<string, unknown>)[target] ? user : undefined;
  if (primaryPhone && info.phone && !flaggedUnverified(info.rawData, phoneFlags)) {
    const user = linkable(await users.findByIdentifier('phone', primaryPhone));
    if (user) return { relatedUser: { type: 'phone', value: info.phone }, user };
  }
  if (primaryEmail && !flaggedUnverified(info.rawData, emailFlags)) {
    const user = linkable(await users.findByIdentifier('email', primaryEmail));
    if (user) return { relatedUser: { type: 'email', value: primaryEmail }, user };
  }
  return undefined;
}

/**
 * Social sign-in and sign-up: the identity (`user_social_identities`, mirrored in
 * `identities[target]`) decides who the user is. An unknown identity whose verified e-mail or
 * phone an account holds is linked to that account when the client asks (`linkSocialIdentity`,
 * after the user agreed) or the settings link automatically (`socialSignIn.automaticAccountLinking`).
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

  /** The identity is new: link it to the related account when agreed, else tell the client who that is. */
  async function linkOrRefuse(record: SocialVerificationRecord, linkSocialIdentity: boolean): Promise<UserRow> {
    const { target, userInfo } = record.verified ?? { target: '', userInfo: { id: '' } };
    const related = await findRelatedUser(users, target, userInfo);
    const { socialSignIn } = await signInExperience.settings();
    if (related && (linkSocialIdentity || socialSignIn.automaticAccountLinking)) return related.user;
    if (linkSocialIdentity)
      throw new RequestError('user.identity_not_exist', 422, {
        message: `No account holds a verified e-mail address or phone number of this ${target} account to link it to.`,
        data: { target },
      });
    throw new RequestError('user.identity_not_exist', 422, {
      message: related
        ? `No user has this ${target} account yet, but an account has its ${related.relatedUser.type}. Identify again with linkSocialIdentity: true to link it, or switch the interaction to Register to create a new account.`
        : `No user has this ${target} account yet. Switch the interaction to Register to create one.`,
      data: related ? { target, relatedUser: related.relatedUser } : { target },
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

      const user = existing ?? (await linkOrRefuse(record, linkSocialIdentity));
      if (user.is_suspended) throw new RequestError('user.suspended', 401);
      const { name, avatar } = accountProfile(userInfo);
      const identity = { userId: userInfo.id, details: { ...userInfo } };
      await users.linkSocialIdentity(user.id, target, identity, syncProfile ? { name, avatar } : {});
      return [{ ...state, userId: user.id }, false];
    },
  };
}
