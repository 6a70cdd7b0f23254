import type { SignInActions } from '../actions/index.js';
import type { CaptchaService } from '../captcha/index.js';
import type { ConnectorsService } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import type { OneTimeTokensService } from '../one-time-tokens/index.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { SsoExperience } from '../sso/index.js';
import type { TokenVault } from '../token-vault/index.js';
import { burnVerification, type UsersService } from '../users/index.js';
import { hashPassword } from '../users/password-hasher.js';
import { createCaptchaGuard } from './captcha-guard.js';
import { createCodeIdentification, verifiedCodeRecord } from './code-identification.js';
import type {
  CodeIdentifier,
  ExperienceState,
  Identifier,
  InteractionEvent,
  VerificationRecord,
} from './experience.schemas.js';
import {
  guardNewPasswordHash,
  guardVerificationRoom,
  type HashingClient,
  type NewPasswordLimits,
} from './interaction-limits.js';
import type { MfaFactor } from './mfa.schemas.js';
import { createMfa } from './mfa.service.js';
import type { MfaStore } from './mfa.store.js';
import { createMfaSkipMemory } from './mfa-skip.js';
import {
  createOneTimeTokenIdentification,
  hasOneTimeToken,
  oneTimeTokenOrganizations,
} from './one-time-token-identification.js';
import { createProfileSteps, type ProfileFields } from './profile.service.js';
import {
  guardEvent,
  guardPasswordSignIn,
  guardSignUpIdentifier,
  missingProfile,
  throwMissingProfile,
} from './sign-up-rules.js';
import { createSocialIdentification } from './social-identification.js';
import { createSocialVerification, socialTokensOf } from './social-verification.service.js';
import { createSsoSteps, hasVerifiedSso } from './sso-identification.js';
import { type CodeSendLimits, createVerificationCodes } from './verification-code.service.js';
import type { WebAuthnVerificationRecord } from './webauthn.schemas.js';

const passwordAction = 'password';

/**
 * The rules of sign-in and sign-up, on an interaction's state. It never sees HTTP: the routes
 * load the state from the interaction bound to the browser's cookie and save what comes back.
 */
export function createExperienceService({
  users,
  sentinel,
  passwordFailuresPerIp,
  connectors,
  jit,
  signInExperience,
  codeSendLimits,
  newPasswordLimits,
  mfaStore,
  box,
  clock,
  oneTimeTokens,
  profileFields,
  tokenVault,
  captcha,
  actions,
  sso,
}: {
  users: UsersService;
  sentinel: Sentinel;
  /** Failed password checks per client address. */
  passwordFailuresPerIp: Sentinel;
  connectors: ConnectorsService;
  /** Organizations' just-in-time provisioning by verified email domain, once the user is known. */
  jit?: {
    provisionUser(userId: string): Promise<unknown>;
    provisionInto(userId: string, organizationIds: string[]): Promise<unknown>;
  };
  signInExperience: SignInExperienceService;
  codeSendLimits: CodeSendLimits;
  /** New passwords hashed per interaction and per client address. */
  newPasswordLimits: NewPasswordLimits;
  /** Users' MFA factors; TOTP secrets are sealed with the box. */
  mfaStore: MfaStore;
  box: SecretBox;
  clock: () => number;
  /** Magic links: consumes the one-time tokens the Management API created. */
  oneTimeTokens?: Pick<OneTimeTokensService, 'consume'>;
  /** The custom profile fields sign-up collects. */
  profileFields?: ProfileFields;
  /** Keeps the provider tokens of the interaction's social verifications once the user signs in. */
  tokenVault?: Pick<TokenVault, 'keep'>;
  /** The realm's CAPTCHA provider and policy; without it no CAPTCHA is asked for. */
  captcha?: Pick<CaptchaService, 'required' | 'verify'>;
  /** Actions: post first-factor verification (legacy password migration) and post sign-in. */
  actions?: Pick<SignInActions, 'afterPasswordFailure' | 'afterSignIn'>;
  /** Enterprise SSO (the main realm only). */
  sso?: SsoExperience;
}) {
  const guardCaptcha = createCaptchaGuard(captcha ?? { required: async () => false });
  const social = createSocialVerification({ connectors, signInExperience, box, clock });
  const socialIdentification = createSocialIdentification({ users, signInExperience });
  const codes = createVerificationCodes({ connectors, signInExperience, sentinel, limits: codeSendLimits, clock });
  const codeIdentification = createCodeIdentification({ users, signInExperience });
  const profileSteps = createProfileSteps({ users, signInExperience, newPasswordLimits, profileFields });
  const mfa = createMfa({ store: mfaStore, box, sentinel, signInExperience, users, clock });
  const mfaSkip = createMfaSkipMemory({ users });
  const oneTimeTokenIdentification = createOneTimeTokenIdentification({ users, signInExperience, oneTimeTokens });
  const ssoSteps = sso && createSsoSteps({ sso, signInExperience });
  const noSso = () =>
    new RequestError('session.invalid_connector_id', 422, { message: 'Enterprise SSO is not offered here.' });

  function record(state: ExperienceState, verificationId: string | undefined): VerificationRecord {
    const found = verificationId ? state.verifications[verificationId] : undefined;
    if (!found) throw new RequestError('session.verification_session_not_found', 404);
    return found;
  }

  /** A verified sign-in passkey names its user: sign-in only, never for a suspended account. */
  async function identifyByPasskey(
    state: ExperienceState,
    passkey: WebAuthnVerificationRecord,
  ): Promise<[ExperienceState, boolean]> {
    if (state.event !== 'SignIn' || !passkey.verified || !passkey.userId)
      throw new RequestError('session.verification_failed', 400);
    const user = await users.findOrThrow(passkey.userId).catch(() => {
      throw new RequestError('user.user_not_exist', 404);
    });
    if (user.is_suspended) throw new RequestError('user.suspended', 401);
    return [{ ...state, userId: user.id }, false];
  }

  /** The identified user's own email or phone, for a second-factor code (the factor must be enabled). */
  async function mfaCodeTarget(state: ExperienceState, type: CodeIdentifier['type']) {
    if (!state.userId) throw new RequestError('session.identifier_not_found', 404);
    await mfa.guardEnabled(type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode');
    const user = await users.findOrThrow(state.userId);
    const value = type === 'email' ? user.primary_email : user.primary_phone;
    if (!value)
      throw new RequestError('session.mfa.mfa_factor_not_found', 422, {
        message: `The user has no ${type === 'email' ? 'email address' : 'phone number'} to send a code to.`,
      });
    return { userId: user.id, identifier: { type, value } };
  }

  return {
    socialAuthorization: social.createAuthorization,

    /**
     * POST /profile/mfa. An email or phone factor is set up as Logto does: the verified code sent
     * to the new address (an identifier verification of this interaction) adds it to the profile,
     * and the factor counts as bound; the address is set on the account at submit.
     */
    async bindMfa(state: ExperienceState, type: MfaFactor, verificationId: string): Promise<ExperienceState> {
      if (type !== 'EmailVerificationCode' && type !== 'PhoneVerificationCode')
        return mfa.bind(state, type, verificationId);
      await mfa.guardEnabled(type);
      const kind = type === 'EmailVerificationCode' ? 'email' : 'phone';
      return mfa.bindCode(await profileSteps.addIdentifier(state, kind, verificationId, true), type, verificationId);
    },

    /** Sends a second-factor code to the identified user's own email or phone. */
    async sendMfaCode(
      state: ExperienceState,
      type: CodeIdentifier['type'],
      ip: string,
    ): Promise<[ExperienceState, string]> {
      const { userId, identifier } = await mfaCodeTarget(state, type);
      return codes.sendMfa(state, identifier, userId, ip);
    },

    /** Checks a second-factor code; wrong codes count toward the code's tries and the MFA lockout. */
    async verifyMfaCode(state: ExperienceState, type: CodeIdentifier['type'], verificationId: string, code: string) {
      const { userId } = await mfaCodeTarget(state, type);
      await mfa.attempts.guard(userId);
      const outcome = await codes.verifyMfa(state, type, verificationId, code);
      if (!outcome.error) await mfa.attempts.reset(userId);
      return outcome;
    },
    verifySocial: social.verify,
    ssoAuthorization: (...args: Parameters<NonNullable<typeof ssoSteps>['authorize']>) => {
      if (!ssoSteps) throw noSso();
      return ssoSteps.authorize(...args);
    },
    /** Logto's `GET /experience/sso-connectors`: none while single sign-on is off. */
    async ssoConnectorIds(email: string): Promise<string[]> {
      if (!sso || !(await signInExperience.settings()).singleSignOnEnabled) return [];
      return sso.connectorIdsForEmail(email);
    },
    verifySso: (...args: Parameters<NonNullable<typeof ssoSteps>['verify']>) => {
      if (!ssoSteps) throw noSso();
      return ssoSteps.verify(...args);
    },
    /** Sends a sign-in, sign-up or reset code; to an address no identified user holds only past the CAPTCHA. */
    async sendCode(...args: Parameters<typeof codes.send>): Promise<[ExperienceState, string]> {
      if (!args[0].userId) await guardCaptcha(args[0]);
      return codes.send(...args);
    },
    verifyCode: codes.verify,
    verifyOneTimeToken: oneTimeTokenIdentification.verify,
    addProfile: profileSteps.add,
    resetPassword: profileSteps.resetPassword,
    mfa,

    /** Logto's `mfa-suggestion-skipped`: the user declines adding another factor (remembered at submit). */
    async skipMfaSuggestion(state: ExperienceState): Promise<ExperienceState> {
      if (!state.userId) throw new RequestError('session.identifier_not_found', 404);
      return { ...state, mfaSuggestionSkipped: true };
    },

    /** A new interaction; its CAPTCHA token, when given, is checked with the provider now. */
    async start(event: InteractionEvent, captchaToken?: string, ip = ''): Promise<ExperienceState> {
      guardEvent(await signInExperience.settings(), event);
      const captchaVerified = captchaToken !== undefined && captcha ? await captcha.verify(captchaToken, ip) : false;
      return { event, verifications: {}, ...(captchaVerified && { captchaVerified }) };
    },

    async switchEvent(state: ExperienceState, event: InteractionEvent): Promise<ExperienceState> {
      // A magic link may create the account even where sign-up is closed, as in Logto.
      // An enterprise SSO identity may too: the connector's administrator vouches for its users.
      if (!(event === 'Register' && (hasOneTimeToken(state) || hasVerifiedSso(state))))
        guardEvent(await signInExperience.settings(), event);
      return { ...state, event, userId: undefined };
    },

    /**
     * Verifies identifier + password, with a lockout per identifier after repeated failures, and a
     * cap on failed checks per client address: every check costs an argon2 hash (a made-up one for
     * unknown accounts), so spraying many identifiers from one address must not burn the CPU.
     */
    async verifyPassword(
      state: ExperienceState,
      identifier: Identifier,
      password: string,
      ip: string,
    ): Promise<[ExperienceState, string]> {
      guardPasswordSignIn(await signInExperience.settings(), identifier);
      const target = `${identifier.type}:${identifier.value.toLowerCase()}`;
      const address = `ip:${ip}`;
      // Counted before the password is checked: concurrent tries can not all pass a stale count.
      // The address keeps only failures: a success or a refusal before hashing gives its slot back.
      if (!(await passwordFailuresPerIp.attempt(address, passwordAction))) {
        throw new RequestError('session.verification_blocked_too_many_attempts', 429, {
          message: 'Too many failed sign-in attempts from this network. Please try again later.',
        });
      }
      if (!(await sentinel.attempt(target, passwordAction))) {
        await passwordFailuresPerIp.release(address, passwordAction);
        throw new RequestError('session.verification_blocked_too_many_attempts', 429);
      }
      const found = await users.findByIdentifier(identifier.type, identifier.value);
      let ok = false;
      if (found) ok = await users.checkPassword(found, password);
      else await burnVerification(password);
      // Post first-factor verification: only when the local check failed, never for a suspended account.
      const migratedId =
        !ok && actions && state.event === 'SignIn' && !found?.is_suspended
          ? await actions.afterPasswordFailure({ identifier, password, userId: found?.id })
          : undefined;
      const user = migratedId ? await users.findOrThrow(migratedId) : found;
      if (!user || !(ok || migratedId)) throw new RequestError('session.invalid_credentials', 422);
      await Promise.all([
        sentinel.reset(target, passwordAction),
        passwordFailuresPerIp.release(address, passwordAction),
      ]);
      // Only after the right password, so the answer tells nothing to someone guessing.
      if (user.is_password_expired === 1)
        throw new RequestError('user.password_expired', 422, {
          message: 'The password has expired. Reset it with "Forgot password" to sign in.',
        });
      const id = generateId();
      const verification: VerificationRecord = { id, type: 'Password', identifier, verified: true, userId: user.id };
      return [{ ...state, verifications: { ...state.verifications, [id]: verification } }, id];
    },

    /** Sign-up with a username and a new password: checks availability and the policy now. */
    async newPasswordIdentity(
      state: ExperienceState,
      identifier: Identifier,
      password: string,
      client: HashingClient,
    ): Promise<[ExperienceState, string]> {
      guardVerificationRoom(state);
      const settings = await signInExperience.settings();
      guardSignUpIdentifier(settings, identifier.type);
      if (!settings.signUp.password)
        throw new RequestError('user.sign_up_method_not_enabled', 422, {
          message: 'Sign-up does not create a password here.',
        });
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
      await profileSteps.guardPolicy(password, [identifier.value]);
      await guardNewPasswordHash(newPasswordLimits, client);
      const id = generateId();
      const verification: VerificationRecord = {
        id,
        type: 'NewPasswordIdentity',
        identifier,
        passwordEncrypted: await hashPassword(password),
      };
      return [{ ...state, verifications: { ...state.verifications, [id]: verification } }, id];
    },

    /**
     * Binds the interaction to a user: the verified one (sign-in) or a new one (sign-up).
     * `linkSocialIdentity` links a new social identity to the account holding its e-mail or phone.
     */
    async identify(
      state: ExperienceState,
      verificationId: string | undefined,
      linkSocialIdentity = false,
    ): Promise<[ExperienceState, boolean]> {
      const passkey = verificationId ? state.mfa?.webAuthn?.[verificationId] : undefined;
      if (passkey?.type === 'SignInPasskey') return identifyByPasskey(state, passkey);
      const verification = record(state, verificationId);
      if (oneTimeTokenIdentification.isOneTimeToken(verification))
        return oneTimeTokenIdentification.identify(state, verification);
      if (verification.type === 'EnterpriseSso') {
        if (!ssoSteps) throw noSso();
        if (state.event === 'Register') await guardCaptcha(state);
        return ssoSteps.identify(state, verification);
      }
      // Only a magic link or an SSO identity may register where sign-up is closed (switchEvent lets them through).
      if (state.event === 'Register') guardEvent(await signInExperience.settings(), 'Register');
      if (state.event === 'Register') await guardCaptcha(state);
      if (verification.type === 'Social') return socialIdentification.identify(state, verification, linkSocialIdentity);
      if (codeIdentification.isCode(verification)) return codeIdentification.identify(state, verification);
      if (state.event === 'Register') {
        if (verification.type !== 'NewPasswordIdentity') throw new RequestError('session.verification_failed', 400);
        const { primaryEmail, primaryPhone } = state.profile ?? {};
        const profile = { username: verification.identifier.value, primaryEmail, primaryPhone };
        // As Logto: the account is created only once the required profile is complete.
        const missing = missingProfile(await signInExperience.settings(), {
          ...profile,
          passwordEncrypted: verification.passwordEncrypted,
        });
        if (missing.length > 0) throwMissingProfile(missing);
        const user = await users.createWithEncryptedPassword(profile, verification.passwordEncrypted);
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
      await guardCaptcha(state);
      const pending = state.event === 'Register' && !state.userId ? verifiedCodeRecord(state, 'Register') : undefined;
      // The profile and MFA are checked before the account is created, so a refusal leaves nothing behind.
      await profileSteps.guardExtraProfile(state);
      if (pending) await mfa.guardSubmit(state, undefined);
      if (pending) await mfa.guardPasskeyPreferred(state, undefined);
      if (pending) [state] = await codeIdentification.register(state, pending);
      if (!state.userId) throw new RequestError('session.identifier_not_found', 404);
      const user = await users.findOrThrow(state.userId);
      if (user.is_suspended) throw new RequestError('user.suspended', 401);
      if (!pending) await mfa.guardSubmit(await mfaSkip.withRememberedSkip(state, user.id), user.id);
      if (!pending) await mfa.guardPasskeyPreferred(state, user.id, await mfaSkip.passkeySkipped(user.id));
      await profileSteps.guardSignInProfile(state, user.id);
      await mfa.persistBindings(state, user.id);
      // The identity's name and avatar first: the profile fields the user typed win over them.
      const link = state.socialLink;
      const newAccount = state.event === 'Register' && link?.userId === undefined;
      if (link && (link.userId === user.id || newAccount))
        await users.linkSocialIdentity(user.id, link.target, link.identity, link.profile);
      await profileSteps.applyExtraProfile(state, user.id);
      await profileSteps.applyIdentifiers(state, user.id);
      await profileSteps.applySocialIdentifiers(state, user.id);
      // Only now, past MFA: an abandoned sign-in leaves no provider tokens behind.
      for (const tokens of socialTokensOf(state)) await tokenVault?.keep(user.id, tokens);
      await mfaSkip.remember(state, user.id);
      if (state.event === 'SignIn') await actions?.afterSignIn(user.id);
      await users.recordSignIn(user.id);
      await jit?.provisionInto(user.id, oneTimeTokenOrganizations(state));
      await jit?.provisionInto(user.id, (await ssoSteps?.finish(state, user.id)) ?? []);
      await jit?.provisionUser(user.id);
      return user.id;
    },
  };
}

/** A finished password reset ends with no sign-in: the user signs in again with the new password. */
export function passwordResetDone(state: ExperienceState): boolean {
  if (state.event !== 'ForgotPassword') return false;
  if (!state.profile?.passwordReset)
    throw new RequestError('user.new_password_required_in_profile', 422, {
      message: 'Set the new password with PUT /api/experience/profile/password first.',
    });
  return true;
}

export type ExperienceService = ReturnType<typeof createExperienceService>;
