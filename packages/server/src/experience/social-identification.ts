import type { SocialUserInfo } from '../connectors/index.js';
import { RequestError } from '../http/request-error.js';
import { emailRegex, type SocialProfile, type UsersService } from '../users/index.js';
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

/** Social sign-in and sign-up: the identity `identities[target].userId` decides who the user is. */
export function createSocialIdentification({ users }: { users: UsersService }) {
  /** Refuses an address another account already holds: linking is a separate, explicit step. */
  async function checkAvailable(profile: SocialProfile, target: string): Promise<void> {
    if (profile.primaryEmail && (await users.findByIdentifier('email', profile.primaryEmail)))
      throw new RequestError('user.email_already_in_use', 422, {
        message: `The e-mail address ${profile.primaryEmail} from ${target} belongs to another account. Sign in to that account instead.`,
        data: { target, email: profile.primaryEmail },
      });
    if (profile.primaryPhone && (await users.findByIdentifier('phone', profile.primaryPhone)))
      throw new RequestError('user.phone_already_in_use', 422, {
        message: `The phone number from ${target} belongs to another account. Sign in to that account instead.`,
        data: { target },
      });
  }

  return {
    async identify(state: ExperienceState, record: SocialVerificationRecord): Promise<[ExperienceState, boolean]> {
      if (!record.verified)
        throw new RequestError('session.verification_failed', 400, {
          message: 'Finish the social verification (POST …/verify) before identifying.',
        });
      const { target, userInfo, syncProfile } = record.verified;
      const identity = { userId: userInfo.id, details: { ...userInfo } };
      const existing = await users.findBySocialIdentity(target, userInfo.id);

      if (state.event === 'Register') {
        if (existing)
          throw new RequestError('user.identity_already_in_use', 422, {
            message: `This ${target} account is already linked to a user; sign in instead.`,
            data: { target },
          });
        const profile = accountProfile(userInfo);
        await checkAvailable(profile, target);
        const user = await users.createWithSocialIdentity(profile, target, identity);
        return [{ ...state, userId: user.id }, true];
      }
      if (state.event !== 'SignIn') throw new RequestError('session.verification_failed', 400);
      if (!existing)
        throw new RequestError('user.identity_not_exist', 422, {
          message: `No user has this ${target} account yet. Switch the interaction to Register to create one.`,
          data: { target },
        });
      if (existing.is_suspended) throw new RequestError('user.suspended', 401);
      const { name, avatar } = accountProfile(userInfo);
      await users.linkSocialIdentity(existing.id, target, identity, syncProfile ? { name, avatar } : {});
      return [{ ...state, userId: existing.id }, false];
    },
  };
}
