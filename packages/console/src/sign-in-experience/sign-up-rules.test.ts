import { defaultSignInExperience } from '@tessera/server/schemas';
import { describe, expect, it } from 'vitest';
import { withSignUpChoice, withSignUpPassword } from './sign-up-rules';

describe('sign-up choices in the form', () => {
  it('add the sign-in method a new sign-up identifier needs, and verify email and phone', () => {
    const phone = withSignUpChoice(defaultSignInExperience, 'phone');
    expect(phone.signUp).toEqual({ identifiers: ['phone'], password: true, verify: true });
    expect(phone.signIn.methods).toEqual([
      { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
      { identifier: 'phone', password: true, verificationCode: false, isPasswordPrimary: true },
    ]);
    // No password at sign-up: the phone must accept a code; nothing is taken away.
    const passwordless = withSignUpPassword(phone, false);
    expect(passwordless.signIn.methods[1]).toEqual({
      identifier: 'phone',
      password: true,
      verificationCode: true,
      isPasswordPrimary: true,
    });
    expect(passwordless.signIn.methods[0]).toEqual(phone.signIn.methods[0]);
  });

  it('give a username sign-up a password, and "email or phone" both methods', () => {
    const noPassword = { ...defaultSignInExperience, signUp: { identifiers: [], password: false, verify: false } };
    expect(withSignUpChoice(noPassword, 'username').signUp).toEqual({
      identifiers: ['username'],
      password: true,
      verify: false,
    });
    const either = withSignUpChoice(noPassword, 'emailOrPhone');
    expect(either.signUp.identifiers).toEqual(['email', 'phone']);
    expect(either.signIn.methods.map((m) => [m.identifier, m.password, m.verificationCode])).toEqual([
      ['username', true, false],
      ['email', false, true],
      ['phone', false, true],
    ]);
  });
});
