import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import { type Settings, sameValue } from './settings';

/** One changed setting, in words: what it is, and its value before and after. */
export interface Change {
  field: string;
  label: string;
  before: string;
  after: string;
}

interface Words {
  t: Translate;
  /** A social connector's name by its target, in the console's language. */
  connectorName: (target: string) => string;
}
type Format = (value: unknown, words: Words) => string;

const none = (t: Translate) => t('signInExperience.value.none');
const plain: Format = (value, { t }) =>
  value === null || value === undefined || value === '' ? none(t) : String(value);
const onOff: Format = (value, { t }) => t(value ? 'signInExperience.value.on' : 'signInExperience.value.off');
const joined = (items: string[], t: Translate) => (items.length === 0 ? none(t) : items.join(', '));
/** Words for each item of a list, from keys `${prefix}.${item}`. */
const listOf =
  (prefix: string): Format =>
  (value, { t }) =>
    joined(
      (value as string[]).map((item) => t(`${prefix}.${item}` as MessageKey)),
      t,
    );
const oneOf =
  (prefix: string): Format =>
  (value, { t }) =>
    t(`${prefix}.${String(value)}` as MessageKey);

/** The sign-up identifiers as the form offers them: one choice, "email or phone", or none. */
export function signUpChoiceOf(identifiers: readonly string[]): SignUpChoice {
  const key = [...identifiers].sort().join(',');
  if (key === '') return 'none';
  if (key === 'email,phone') return 'emailOrPhone';
  return key as SignUpChoice;
}
export type SignUpChoice = 'username' | 'email' | 'phone' | 'emailOrPhone' | 'none';

const signUpIdentifiers: Format = (value, { t }) =>
  t(`signInExperience.signUpChoice.${signUpChoiceOf(value as string[])}`);

const signInMethods: Format = (value, { t }) => {
  const methods = value as Settings['signIn']['methods'];
  const described = methods.map((method) => {
    const factors = [
      method.password && t('signInExperience.value.password'),
      method.verificationCode && t('signInExperience.value.verificationCode'),
    ].filter(Boolean);
    if (method.password && method.verificationCode && !method.isPasswordPrimary) factors.reverse();
    return t('signInExperience.value.method', {
      identifier: t(`signInExperience.identifier.${method.identifier}`),
      factors: factors.join(t('signInExperience.value.or')),
    });
  });
  return described.length === 0 ? none(t) : described.join('; ');
};

const characters: Format = (value, { t }) =>
  typeof value === 'string' && value !== '' ? t('signInExperience.value.characters', { count: value.length }) : none(t);

const wordCount: Format = (value, { t }) => t('signInExperience.value.words', { count: (value as string[]).length });

const socialTargets: Format = (value, words) => joined((value as string[]).map(words.connectorName), words.t);

/** Every setting the form edits, in the order of the tabs. */
const described: ReadonlyArray<readonly [string, MessageKey, Format]> = [
  ['color.primaryColor', 'signInExperience.field.primaryColor', plain],
  ['color.isDarkModeEnabled', 'signInExperience.field.darkMode', onOff],
  ['color.darkPrimaryColor', 'signInExperience.field.darkPrimaryColor', plain],
  ['branding.logoUrl', 'signInExperience.field.logoUrl', plain],
  ['branding.darkLogoUrl', 'signInExperience.field.darkLogoUrl', plain],
  ['branding.favicon', 'signInExperience.field.favicon', plain],
  ['branding.darkFavicon', 'signInExperience.field.darkFavicon', plain],
  ['customCss', 'signInExperience.field.customCss', characters],
  ['signInMode', 'signInExperience.field.signInMode', oneOf('signInExperience.signInMode')],
  ['signUp.identifiers', 'signInExperience.field.signUpIdentifier', signUpIdentifiers],
  ['signUp.password', 'signInExperience.field.signUpPassword', onOff],
  ['signUp.verify', 'signInExperience.field.signUpVerify', onOff],
  ['signIn.methods', 'signInExperience.field.signInMethods', signInMethods],
  ['socialSignInConnectorTargets', 'signInExperience.field.socialButtons', socialTargets],
  ['socialSignIn.automaticAccountLinking', 'signInExperience.field.accountLinking', onOff],
  ['forgotPasswordMethods', 'signInExperience.field.forgotPassword', listOf('signInExperience.forgotPassword')],
  ['mfa.factors', 'signInExperience.field.mfaFactors', listOf('signInExperience.mfaFactor')],
  ['mfa.policy', 'signInExperience.field.mfaPolicy', oneOf('signInExperience.mfaPolicy')],
  ['passkeySignIn.enabled', 'signInExperience.field.passkeySignIn', onOff],
  ['passkeySignIn.showPasskeyButton', 'signInExperience.field.passkeyButton', onOff],
  ['passkeySignIn.allowAutofill', 'signInExperience.field.passkeyAutofill', onOff],
  ['passwordPolicy.length.min', 'signInExperience.field.minLength', plain],
  ['passwordPolicy.length.max', 'signInExperience.field.maxLength', plain],
  ['passwordPolicy.characterTypes.min', 'signInExperience.field.characterTypes', plain],
  ['passwordPolicy.rejects.pwned', 'signInExperience.field.rejectPwned', onOff],
  ['passwordPolicy.rejects.repetitionAndSequence', 'signInExperience.field.rejectRepetition', onOff],
  ['passwordPolicy.rejects.userInfo', 'signInExperience.field.rejectUserInfo', onOff],
  ['passwordPolicy.rejects.words', 'signInExperience.field.rejectWords', wordCount],
  ['termsOfUseUrl', 'signInExperience.field.termsOfUseUrl', plain],
  ['privacyPolicyUrl', 'signInExperience.field.privacyPolicyUrl', plain],
  ['agreeToTermsPolicy', 'signInExperience.field.agreeToTerms', oneOf('signInExperience.agreeToTerms')],
  ['languageInfo.autoDetect', 'signInExperience.field.autoDetect', onOff],
  ['languageInfo.fallbackLanguage', 'signInExperience.field.fallbackLanguage', plain],
  ['supportEmail', 'signInExperience.field.supportEmail', plain],
  ['supportWebsiteUrl', 'signInExperience.field.supportWebsiteUrl', plain],
];

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

/** What differs between two versions of the settings, setting by setting, in words. */
export function describeChanges(before: Settings, after: Settings, words: Words): Change[] {
  const changes: Change[] = [];
  for (const [field, label, format] of described) {
    const [old, next] = [at(before, field), at(after, field)];
    if (!sameValue(old, next))
      changes.push({ field, label: words.t(label), before: format(old, words), after: format(next, words) });
  }
  // A field the form does not edit (set through the API) still shows, as JSON.
  const covered = new Set(described.map(([field]) => field.split('.')[0]));
  for (const key of Object.keys(after) as Array<keyof Settings>) {
    if (covered.has(key) || sameValue(before[key], after[key])) continue;
    changes.push({ field: key, label: key, before: JSON.stringify(before[key]), after: JSON.stringify(after[key]) });
  }
  return changes;
}
