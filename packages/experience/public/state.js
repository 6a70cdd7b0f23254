import { pagePath } from './base.js';

// The page's shared state: the settings and where the visitor is. One object, changed in place
// by the modules that move between steps (steps.js, navigation.js) and read by the others.

const mode = pagePath().startsWith('/register') ? 'Register' : 'SignIn';
// first_screen=reset_password opens /forgot-password: the sign-in page, in its reset flow.
const resetting = pagePath().startsWith('/forgot-password');

export const state = {
  /** What the settings allow; until they load, username and password (the defaults). */
  settings: {
    signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
    signUp: { identifiers: ['username'], password: true, verify: false },
    signInMode: 'SignInAndRegister',
    socialConnectors: [],
    forgotPassword: { email: false, phone: false },
  },
  /** The page's mode (its address): SignIn or Register. */
  mode,
  /** The current step: identify, code, contact (a required email or phone), profile (what sign-up still needs), extra (the custom profile fields), mfa or done. */
  step: 'identify',
  /** The flow of the current step: SignIn, Register or ForgotPassword. */
  flow: resetting ? 'ForgotPassword' : mode,
  /** The identifier a code was sent to, and its verification. */
  pending: undefined,
  /** What sign-up still asks for (user.missing_profile), in order. */
  missing: [],
  /** The email or phone being added (user.missing_profile): its kind, then its identifier and verification. */
  adding: undefined,
  /** After the added email or phone: identification again (sign-up) or submit again (sign-in). */
  contactThen: 'identify',
  /** Sign-up has sent the custom profile fields. */
  extraDone: false,
  /** A step's action is running (one at a time). */
  busy: false,
};
