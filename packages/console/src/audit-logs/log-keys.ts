import { en, type MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

/** A word from the catalog when it has one (`auditLogs.event.SignIn`), else the key's own part. */
function word(t: Translate, prefix: 'event' | 'method' | 'grant', part: string | undefined): string {
  const key = `auditLogs.${prefix}.${part}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : String(part);
}

/** `Interaction.<event>.<step…>`: what the step did, in the flow's words. */
function describeStep(t: Translate, event: string, step: readonly string[]): string | undefined {
  const values = { event: word(t, 'event', event), method: word(t, 'method', step[1]) };
  switch (step.join('.')) {
    case 'Create':
      return t('auditLogs.key.eventCreate', values);
    case 'Update':
      return t('auditLogs.key.eventUpdate', values);
    case 'Submit':
      return t('auditLogs.key.eventSubmit', values);
    case 'Identifier.Submit':
      return t('auditLogs.key.identifier', values);
    case 'Profile.Update':
      return t('auditLogs.key.profile', values);
  }
  if (step.length !== 3) return undefined;
  if (step[0] === 'Verification' && step[2] === 'Create') return t('auditLogs.key.verificationCreate', values);
  if (step[0] === 'Verification' && step[2] === 'Submit') return t('auditLogs.key.verificationSubmit', values);
  if (step[0] === 'BindMfa') return t('auditLogs.key.bindMfa', values);
  return undefined;
}

/**
 * A log key in words: Logto's `Interaction.SignIn.Verification.Password.Submit` is "Sign-in:
 * password checked". A key the console does not know is shown as it is.
 */
export function describeLogKey(key: string, t: Translate): string {
  const [head, ...rest] = key.split('.');
  if (key === 'Interaction.Create') return t('auditLogs.key.interactionCreate');
  if (key === 'Interaction.End') return t('auditLogs.key.interactionEnd');
  if (key === 'Identifier.Lockout') return t('auditLogs.key.lockout');
  if (key === 'RevokeToken') return t('auditLogs.key.revokeToken');
  const [first, ...step] = rest;
  if (head === 'Interaction' && first) return describeStep(t, first, step) ?? key;
  if (rest.length === 1 && head === 'ExchangeTokenBy')
    return t('auditLogs.key.exchangeToken', { grant: word(t, 'grant', first) });
  if (rest.length === 1 && head === 'ManagementApi') return t('auditLogs.key.managementApi', { method: String(first) });
  if (rest.length === 1 && head === 'TriggerHook') return t('auditLogs.key.triggerHook', { event: String(first) });
  return key;
}

const flow = (event: string, steps: readonly string[]) => steps.map((step) => `Interaction.${event}.${step}`);

/** The keys the event filter offers, in the order a sign-in happens; the server writes each of them. */
export const filterableLogKeys: readonly string[] = [
  'Interaction.Create',
  ...flow('SignIn', [
    'Create',
    'Verification.Password.Submit',
    'Verification.EmailVerificationCode.Create',
    'Verification.EmailVerificationCode.Submit',
    'Verification.PhoneVerificationCode.Submit',
    'Verification.Social.Submit',
    'Verification.Totp.Submit',
    'Verification.WebAuthn.Submit',
    'Identifier.Submit',
    'Submit',
  ]),
  ...flow('Register', ['Create', 'Verification.EmailVerificationCode.Submit', 'Identifier.Submit', 'Submit']),
  ...flow('ForgotPassword', ['Create', 'Verification.EmailVerificationCode.Submit', 'Profile.Update', 'Submit']),
  'Identifier.Lockout',
  'Interaction.End',
  'ExchangeTokenBy.AuthorizationCode',
  'ExchangeTokenBy.RefreshToken',
  'ExchangeTokenBy.ClientCredentials',
  'ExchangeTokenBy.TokenExchange',
  'RevokeToken',
  'ManagementApi.POST',
  'ManagementApi.PUT',
  'ManagementApi.PATCH',
  'ManagementApi.DELETE',
  'TriggerHook.PostRegister',
  'TriggerHook.PostSignIn',
  'TriggerHook.PostResetPassword',
];
