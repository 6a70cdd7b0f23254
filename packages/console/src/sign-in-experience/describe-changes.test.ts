import { defaultSignInExperience } from '@tessera/server/schemas';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import { describeChanges } from './describe-changes';

const t: Translate = (key, values) =>
  en[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
const words = { t, connectorName: (target: string) => ({ acme: 'Acme ID' })[target] ?? target };

describe('change summary', () => {
  it('names each changed setting with its value before and after, in words', () => {
    const after = {
      ...defaultSignInExperience,
      color: { ...defaultSignInExperience.color, primaryColor: '#C2185B', isDarkModeEnabled: true },
      signUp: { identifiers: ['email', 'phone'] as Array<'email' | 'phone'>, password: false, verify: true },
      signIn: {
        methods: [{ identifier: 'phone' as const, password: true, verificationCode: true, isPasswordPrimary: false }],
      },
      socialSignInConnectorTargets: ['acme'],
      customCss: 'h1 { color: red }',
    };
    expect(describeChanges(defaultSignInExperience, after, words)).toEqual([
      { field: 'color.primaryColor', label: 'Brand colour', before: '#5D34F2', after: '#C2185B' },
      { field: 'color.isDarkModeEnabled', label: 'Dark mode', before: 'Off', after: 'On' },
      { field: 'customCss', label: 'Custom CSS', before: '(none)', after: '17 characters' },
      {
        field: 'signUp.identifiers',
        label: 'Sign-up identifier',
        before: 'Username',
        after: 'Email address or phone number',
      },
      { field: 'signUp.password', label: 'Create a password at sign-up', before: 'On', after: 'Off' },
      { field: 'signUp.verify', label: 'Verify the identifier at sign-up', before: 'Off', after: 'On' },
      {
        field: 'signIn.methods',
        label: 'Sign-in methods',
        before: 'Username with password',
        after: 'Phone number with verification code or password',
      },
      { field: 'socialSignInConnectorTargets', label: 'Social sign-in buttons', before: '(none)', after: 'Acme ID' },
    ]);
  });

  it('shows a field the form does not edit as JSON, and nothing when nothing changed', () => {
    expect(describeChanges(defaultSignInExperience, { ...defaultSignInExperience }, words)).toEqual([]);
    const after = {
      ...defaultSignInExperience,
      verificationCodePolicy: { expirationDuration: 300, maxRetryAttempts: 5 },
    };
    expect(describeChanges(defaultSignInExperience, after, words)).toEqual([
      {
        field: 'verificationCodePolicy',
        label: 'verificationCodePolicy',
        before: '{"expirationDuration":600,"maxRetryAttempts":5}',
        after: '{"expirationDuration":300,"maxRetryAttempts":5}',
      },
    ]);
  });
});
