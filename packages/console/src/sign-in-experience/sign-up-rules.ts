import type { SignUpChoice } from './describe-changes';
import type { Settings } from './settings';

type Method = Settings['signIn']['methods'][number];
type Identifier = Method['identifier'];

const identifiersOf: Record<SignUpChoice, Identifier[]> = {
  username: ['username'],
  email: ['email'],
  phone: ['phone'],
  emailOrPhone: ['email', 'phone'],
  none: [],
};

/**
 * Every sign-up identifier must be a sign-in method that accepts what sign-up creates (a
 * password, else a code): the form adds what is missing, and never takes anything away.
 */
export function withSignUpMethods(draft: Settings): Settings {
  const { signUp } = draft;
  const methods = draft.signIn.methods.map((method) => {
    if (!signUp.identifiers.includes(method.identifier)) return method;
    if (signUp.password) return { ...method, password: true };
    return method.identifier === 'username' ? method : { ...method, verificationCode: true };
  });
  for (const identifier of signUp.identifiers)
    if (!methods.some((method) => method.identifier === identifier))
      methods.push({
        identifier,
        password: signUp.password,
        verificationCode: !signUp.password,
        isPasswordPrimary: true,
      });
  return { ...draft, signIn: { methods } };
}

/** A new sign-up identifier: email and phone are always verified, a username always has a password. */
export function withSignUpChoice(draft: Settings, choice: SignUpChoice): Settings {
  const identifiers = identifiersOf[choice];
  const byCode = identifiers.some((identifier) => identifier !== 'username');
  const signUp = {
    identifiers,
    password: choice === 'username' ? true : draft.signUp.password,
    verify: byCode ? true : draft.signUp.verify,
  };
  return withSignUpMethods({ ...draft, signUp });
}

export function withSignUpPassword(draft: Settings, password: boolean): Settings {
  return withSignUpMethods({ ...draft, signUp: { ...draft.signUp, password } });
}

/** A sign-in method to add: a username signs in with a password, email and phone with a code. */
export const newMethod = (identifier: Identifier): Method => ({
  identifier,
  password: identifier === 'username',
  verificationCode: identifier !== 'username',
  isPasswordPrimary: true,
});
