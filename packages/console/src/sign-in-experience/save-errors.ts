import { ApiError } from '../api/errors';
import { type FieldErrors, fieldErrorsFromApi, fieldErrorsOf } from '../api/form-errors';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import type { Settings } from './settings';

/** The connector a refused setting needs, so the field can link to Connectors. */
export type NeededConnector = 'Email' | 'Sms' | 'Social';

export interface SaveFailure {
  errors: FieldErrors;
  /** Set when the fix is to set up a connector first. */
  needs?: { field: string; connector: NeededConnector };
}

export const tabs = ['branding', 'signUpAndSignIn', 'mfa', 'passwordPolicy', 'content'] as const;
export type TabId = (typeof tabs)[number];

const tabOfField: Record<string, TabId> = {
  color: 'branding',
  branding: 'branding',
  customCss: 'branding',
  hideLogtoBranding: 'branding',
  signInMode: 'signUpAndSignIn',
  signUp: 'signUpAndSignIn',
  signIn: 'signUpAndSignIn',
  socialSignIn: 'signUpAndSignIn',
  socialSignInConnectorTargets: 'signUpAndSignIn',
  forgotPasswordMethods: 'signUpAndSignIn',
  mfa: 'mfa',
  passwordPolicy: 'passwordPolicy',
};

/** The tab that shows a field (by its dotted path); fields of no other tab are on Content. */
export const tabOf = (field: string): TabId => tabOfField[field.split('.')[0] ?? ''] ?? 'content';

/** Zod's `signIn.methods.<index>…` named by the method's identifier, as the form shows it. */
function byIdentifier(errors: FieldErrors, draft: Settings): FieldErrors {
  const named: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const match = /^signIn\.methods\.(\d+)/.exec(field);
    const method = match ? draft.signIn.methods[Number(match[1])] : undefined;
    named[method ? `signIn.methods.${method.identifier}` : field] ??= message;
  }
  return named;
}

/** The draft's own check with the server's schema; empty when it passes. */
export function draftErrors(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>, draft: Settings) {
  return byIdentifier(fieldErrorsOf(issues), draft);
}

/** Which sign-in method (or sign-up) needs the connector a refusal names. */
function connectorField(draft: Settings, connector: NeededConnector): string {
  if (connector === 'Social') return 'socialSignInConnectorTargets';
  const identifier = connector === 'Sms' ? 'phone' : 'email';
  const method = draft.signIn.methods.find((m) => m.identifier === identifier && m.verificationCode);
  return method ? `signIn.methods.${identifier}` : 'signUp';
}

/** Where each `sign_in_experiences.*` refusal belongs in the form, and its words there. */
function fieldOf(code: string, data: Record<string, unknown>): string {
  const identifier = typeof data.identifier === 'string' ? data.identifier : undefined;
  switch (code) {
    case 'invalid_sign_up_identifiers':
    case 'username_requires_password':
    case 'passwordless_requires_verify':
      return 'signUp';
    case 'miss_sign_up_identifier_in_sign_in':
    case 'empty_sign_in_methods':
    case 'duplicated_sign_in_method':
      return 'signIn.methods';
    case 'password_sign_in_must_be_enabled':
    case 'code_sign_in_must_be_enabled':
    case 'sign_in_method_without_factor':
      return identifier ? `signIn.methods.${identifier}` : 'signIn.methods';
    case 'username_cannot_receive_code':
      return 'signIn.methods.username';
    case 'invalid_password_policy':
      return 'passwordPolicy.length.min';
    case 'at_least_one_authentication_factor':
      return 'mfa.factors';
    case 'empty_content_url_of_terms_of_use':
      return 'agreeToTermsPolicy';
    default:
      return '';
  }
}

const translated = new Set([
  'invalid_sign_up_identifiers',
  'username_requires_password',
  'passwordless_requires_verify',
  'miss_sign_up_identifier_in_sign_in',
  'empty_sign_in_methods',
  'duplicated_sign_in_method',
  'password_sign_in_must_be_enabled',
  'code_sign_in_must_be_enabled',
  'sign_in_method_without_factor',
  'username_cannot_receive_code',
  'invalid_password_policy',
  'at_least_one_authentication_factor',
  'empty_content_url_of_terms_of_use',
]);

const neededConnector = (type: unknown): NeededConnector =>
  type === 'SMS' || type === 'Sms' ? 'Sms' : type === 'Email' ? 'Email' : 'Social';

/** A refused save as errors next to the fields that caused it, in the console's language. */
export function saveFailure(error: unknown, draft: Settings, t: Translate): SaveFailure {
  const invalid = fieldErrorsFromApi(error);
  if (invalid) return { errors: byIdentifier(invalid, draft) };
  if (!(error instanceof ApiError) || !error.code.startsWith('sign_in_experiences.'))
    return { errors: { '': error instanceof Error ? error.message : String(error) } };
  const code = error.code.slice('sign_in_experiences.'.length);
  const data = (typeof error.data === 'object' && error.data !== null ? error.data : {}) as Record<string, unknown>;
  if (code === 'enabled_connector_not_found') {
    const connector = neededConnector(data.type);
    const field = connectorField(draft, connector);
    const targets = Array.isArray(data.targets) ? data.targets.join(', ') : '';
    const where = field === 'signUp' ? 'signUp' : 'signIn';
    const message =
      connector === 'Social'
        ? t('signInExperience.error.socialConnectorMissing', { targets })
        : t(`signInExperience.error.${connector === 'Sms' ? 'sms' : 'email'}ConnectorMissing.${where}`);
    return { errors: { [field]: message }, needs: { field, connector } };
  }
  const identifier =
    typeof data.identifier === 'string' ? t(`signInExperience.identifier.${data.identifier}` as MessageKey) : '';
  const message = translated.has(code)
    ? t(`signInExperience.error.${code}` as MessageKey, { identifier })
    : error.message;
  return { errors: { [fieldOf(code, data)]: message } };
}
