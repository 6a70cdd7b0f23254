import { RequestError } from '../http/request-error.js';
import type { SignInExperienceSettings } from './sign-in-experience.schemas.js';

/** What the rules need to know about the connectors that are set up. */
export interface ConnectorAvailability {
  email: boolean;
  sms: boolean;
  socialTargets: Set<string>;
}

function refuse(code: string, message: string, data?: unknown): never {
  throw new RequestError(`sign_in_experiences.${code}`, 400, { message, data });
}

const connectorFor = { email: 'Email', phone: 'SMS' } as const;

function checkSignUp(settings: SignInExperienceSettings, connectors: ConnectorAvailability): void {
  const { signUp, signIn } = settings;
  const ids = [...signUp.identifiers].sort().join(',');
  if (!['', 'username', 'email', 'phone', 'email,phone'].includes(ids))
    refuse(
      'invalid_sign_up_identifiers',
      'The sign-up identifier must be one of: username, email, phone, email or phone, or none (social only).',
      { identifiers: signUp.identifiers },
    );
  if (signUp.identifiers.includes('username') && !signUp.password)
    refuse('username_requires_password', 'Sign-up with a username needs "create a password" turned on.');
  for (const identifier of signUp.identifiers) {
    if (identifier === 'username') continue;
    if (!signUp.verify)
      refuse(
        'passwordless_requires_verify',
        `Sign-up with ${identifier} must verify it ("verify at sign-up" is forced on).`,
      );
    const enabled = identifier === 'email' ? connectors.email : connectors.sms;
    if (!enabled)
      refuse(
        'enabled_connector_not_found',
        `Sign-up with ${identifier} needs an ${connectorFor[identifier]} connector; set one up first.`,
        { type: connectorFor[identifier] },
      );
  }
  for (const identifier of signUp.identifiers) {
    const method = signIn.methods.find((m) => m.identifier === identifier);
    if (!method)
      refuse(
        'miss_sign_up_identifier_in_sign_in',
        `The sign-up identifier ${identifier} must also be a sign-in method, or new users could not sign in again.`,
        { identifier },
      );
    if (signUp.password && !method.password)
      refuse(
        'password_sign_in_must_be_enabled',
        `Sign-up creates a password, so sign-in with ${identifier} must accept a password.`,
        { identifier },
      );
    if (!signUp.password && !method.verificationCode)
      refuse(
        'code_sign_in_must_be_enabled',
        `Sign-up creates no password, so sign-in with ${identifier} must accept a verification code.`,
        { identifier },
      );
  }
}

function checkSignIn(settings: SignInExperienceSettings, connectors: ConnectorAvailability): void {
  const { methods } = settings.signIn;
  const seen = new Set<string>();
  for (const method of methods) {
    if (seen.has(method.identifier))
      refuse('duplicated_sign_in_method', `The sign-in method ${method.identifier} is listed twice.`);
    seen.add(method.identifier);
    if (!method.password && !method.verificationCode)
      refuse(
        'sign_in_method_without_factor',
        `The sign-in method ${method.identifier} needs a password, a verification code or both.`,
        { identifier: method.identifier },
      );
    if (method.identifier === 'username' && method.verificationCode)
      refuse(
        'username_cannot_receive_code',
        'A username cannot receive a verification code: sign in by username needs a password.',
      );
    if (method.identifier !== 'username' && method.verificationCode) {
      const enabled = method.identifier === 'email' ? connectors.email : connectors.sms;
      if (!enabled)
        refuse(
          'enabled_connector_not_found',
          `Sign-in with an ${method.identifier} code needs an ${connectorFor[method.identifier]} connector; set one up first.`,
          { type: connectorFor[method.identifier] },
        );
    }
  }
  const missing = settings.socialSignInConnectorTargets.filter((target) => !connectors.socialTargets.has(target));
  if (missing.length > 0)
    refuse('enabled_connector_not_found', `No social connector is set up for: ${missing.join(', ')}.`, {
      type: 'Social',
      targets: missing,
    });
  if (methods.length === 0 && settings.socialSignInConnectorTargets.length === 0 && !settings.singleSignOnEnabled)
    refuse('empty_sign_in_methods', 'Users would have no way to sign in: add a sign-in method or a social connector.');
}

function checkOther(settings: SignInExperienceSettings): void {
  const { length } = settings.passwordPolicy;
  if (length.min > length.max)
    refuse(
      'invalid_password_policy',
      `The password length minimum (${length.min}) is above the maximum (${length.max}).`,
    );
  if (settings.mfa.policy.includes('Mandatory') && settings.mfa.factors.length === 0)
    refuse('at_least_one_authentication_factor', 'Mandatory multi-factor authentication needs at least one factor.');
  if (settings.agreeToTermsPolicy === 'Manual' && !settings.termsOfUseUrl && !settings.privacyPolicyUrl)
    refuse('empty_content_url_of_terms_of_use', 'An agreement checkbox needs a terms of use or a privacy policy link.');
}

/** The settings as a whole: throws a 400 `sign_in_experiences.*` naming the first impossible combination. */
export function checkSettings(settings: SignInExperienceSettings, connectors: ConnectorAvailability): void {
  checkSignIn(settings, connectors);
  checkSignUp(settings, connectors);
  checkOther(settings);
}
