import { defaultSignInExperience } from '@tessera/server/schemas';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { en } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import { saveFailure, tabOf } from './save-errors';

const t: Translate = (key, values) =>
  en[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
const refusal = (code: string, data?: unknown) =>
  ApiError.of(new Response(null, { status: 400 }), {
    code: `sign_in_experiences.${code}`,
    message: 'server words',
    data,
  });

const phoneCode = {
  ...defaultSignInExperience,
  signIn: {
    methods: [{ identifier: 'phone' as const, password: false, verificationCode: true, isPasswordPrimary: true }],
  },
};

describe('refused saves', () => {
  it('put a missing SMS connector on the phone method that needs it, with the connector to set up', () => {
    const failure = saveFailure(refusal('enabled_connector_not_found', { type: 'SMS' }), phoneCode, t);
    expect(failure.needs).toEqual({ field: 'signIn.methods.phone', connector: 'Sms' });
    expect(failure.errors['signIn.methods.phone']).toMatch(/needs an SMS connector/);
    expect(tabOf('signIn.methods.phone')).toBe('signUpAndSignIn');
    // The same refusal about sign-up (no phone code sign-in) goes on the sign-up identifier.
    const signUp = saveFailure(refusal('enabled_connector_not_found', { type: 'SMS' }), defaultSignInExperience, t);
    expect(signUp.needs).toEqual({ field: 'signUp', connector: 'Sms' });
  });

  it('name the method a rule is about, and keep unknown codes in the server words', () => {
    const failure = saveFailure(refusal('code_sign_in_must_be_enabled', { identifier: 'email' }), phoneCode, t);
    expect(failure.errors).toEqual({
      'signIn.methods.email':
        'Sign-up creates no password, so Email address must accept a verification code at sign-in.',
    });
    expect(saveFailure(refusal('something_new'), phoneCode, t).errors).toEqual({ '': 'server words' });
    expect(saveFailure(refusal('at_least_one_authentication_factor'), phoneCode, t).errors).toHaveProperty(
      'mfa.factors',
    );
    expect(tabOf('mfa.factors')).toBe('mfa');
    expect(tabOf('termsOfUseUrl')).toBe('content');
  });

  it("read the schema's issues by the method's identifier", () => {
    const body = {
      code: 'guard.invalid_input',
      message: 'The request body is invalid.',
      data: { issues: [{ path: ['signIn', 'methods', 0, 'identifier'], message: 'Invalid option' }] },
    };
    const failure = saveFailure(ApiError.of(new Response(null, { status: 400 }), body), phoneCode, t);
    expect(failure.errors).toEqual({ 'signIn.methods.phone': 'Invalid option' });
  });
});
