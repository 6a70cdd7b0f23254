import { RequestError } from '../http/request-error.js';
import type { SignInExperienceSettings } from '../sign-in-experience/index.js';
import type { CodeIdentifier, Identifier, InteractionEvent } from './experience.schemas.js';

/** The sign-in experience settings as the Experience API enforces them. */

export function guardEvent(settings: SignInExperienceSettings, event: InteractionEvent): void {
  if (event === 'Register' && settings.signInMode === 'SignIn') throw new RequestError('user.sign_up_not_allowed', 403);
  if (event === 'SignIn' && settings.signInMode === 'Register')
    throw new RequestError('user.sign_in_not_allowed', 403, { message: 'Sign-in is not allowed: only sign-up is.' });
}

export function guardPasswordSignIn(settings: SignInExperienceSettings, identifier: Identifier): void {
  const method = settings.signIn.methods.find((m) => m.identifier === identifier.type);
  if (!method?.password)
    throw new RequestError('user.sign_in_method_not_enabled', 422, {
      message: `Signing in with ${identifier.type} and password is not enabled.`,
    });
}

/** Whether the settings let a code for this identifier serve this event (when sent, and again when used). */
export function guardCodeAllowed(
  settings: SignInExperienceSettings,
  identifier: CodeIdentifier,
  event: InteractionEvent,
): void {
  if (event === 'SignIn') {
    const method = settings.signIn.methods.find((m) => m.identifier === identifier.type);
    if (!method?.verificationCode)
      throw new RequestError('user.sign_in_method_not_enabled', 422, {
        message: `Signing in with an ${identifier.type} verification code is not enabled.`,
      });
  } else if (event === 'Register') {
    if (settings.signInMode === 'SignIn') throw new RequestError('user.sign_up_not_allowed', 403);
    if (!settings.signUp.identifiers.includes(identifier.type))
      throw new RequestError('user.sign_up_method_not_enabled', 422, {
        message: `Signing up with ${identifier.type} is not enabled.`,
      });
  } else {
    const method = identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
    if (!settings.forgotPasswordMethods.includes(method))
      throw new RequestError('user.forgot_password_method_not_enabled', 422, {
        message: `Resetting a password by ${identifier.type} is not enabled.`,
      });
  }
}

export function guardSignUpIdentifier(settings: SignInExperienceSettings, type: Identifier['type']): void {
  guardEvent(settings, 'Register');
  if (!settings.signUp.identifiers.includes(type))
    throw new RequestError('user.sign_up_method_not_enabled', 422, {
      message: `Signing up with ${type} is not enabled.`,
    });
}

type MissingProfile = 'username' | 'password' | 'email' | 'phone' | 'emailOrPhone';

/** The secondary identifiers sign-up requires (signUp.secondaryIdentifiers), as missing-profile names. */
export function requiredSecondaryIdentifiers(settings: SignInExperienceSettings): MissingProfile[] {
  return (settings.signUp.secondaryIdentifiers ?? []).map((entry) => entry.identifier);
}

/** Whether sign-up asks for this email or phone (as its identifier or a secondary one): a code may prove it for the profile. */
export function profileIdentifierRequired(settings: SignInExperienceSettings, type: CodeIdentifier['type']): boolean {
  const secondary = requiredSecondaryIdentifiers(settings);
  return settings.signUp.identifiers.includes(type) || secondary.includes(type) || secondary.includes('emailOrPhone');
}

/** Logto's `user.missing_profile`: what sign-up still needs before the account can be created. */
export function missingProfile(
  settings: SignInExperienceSettings,
  profile: { username?: string; passwordEncrypted?: string; primaryEmail?: string; primaryPhone?: string },
): MissingProfile[] {
  const missing: MissingProfile[] = [];
  if (settings.signUp.identifiers.includes('username') && !profile.username) missing.push('username');
  if (settings.signUp.password && !profile.passwordEncrypted) missing.push('password');
  const has: Record<MissingProfile, boolean> = {
    username: Boolean(profile.username),
    password: Boolean(profile.passwordEncrypted),
    email: Boolean(profile.primaryEmail),
    phone: Boolean(profile.primaryPhone),
    emailOrPhone: Boolean(profile.primaryEmail || profile.primaryPhone),
  };
  for (const name of requiredSecondaryIdentifiers(settings))
    if (!has[name] && !missing.includes(name)) missing.push(name);
  return missing;
}

export function throwMissingProfile(missing: string[]): never {
  throw new RequestError('user.missing_profile', 422, {
    message: `You need to provide additional info before continuing: ${missing.join(', ')}.`,
    data: { missingProfile: missing },
  });
}
