// What the settings allow: the identifier types of each flow, their label, and which type a
// typed value is. Reads the settings and the current flow from state.js; no DOM.
import { t } from './i18n.js';
import { state } from './state.js';

const identifierKinds = ['username', 'email', 'phone'];

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** "Username", "Email", "Phone number", "Email or phone", "Username, email or phone number". */
export function labelFor(types) {
  if (types.length === 0) return '';
  if (types.length === 1) return t(`field.${types[0]}`);
  if (types.length === 2 && types.includes('email') && types.includes('phone')) return t('field.email_or_phone');
  const words = types.map((type) => t(`noun.${type}`));
  return capitalize(`${words.slice(0, -1).join(t('list.separator'))}${t('list.or')}${words.at(-1)}`);
}

export const list = (value) => (Array.isArray(value) ? value : []);
export const signInMethods = () =>
  list(state.settings.signIn?.methods).filter((method) => identifierKinds.includes(method?.identifier));
const signUpIdentifiers = () =>
  list(state.settings.signUp?.identifiers).filter((type) => identifierKinds.includes(type));
export const forgotTypes = () => ['email', 'phone'].filter((type) => state.settings.forgotPassword?.[type]);
export const canSignIn = () => state.settings.signInMode !== 'Register';
export const canRegister = () => state.settings.signInMode !== 'SignIn' && signUpIdentifiers().length > 0;

/** The identifier types the current form accepts. */
export function identifierTypes() {
  if (state.flow === 'ForgotPassword') return forgotTypes();
  if (state.flow === 'Register') return signUpIdentifiers();
  return signInMethods().map((method) => method.identifier);
}

/** Sign-up verifies email and phone by code; a username alone is registered with a password. */
export const registerByCode = () => signUpIdentifiers().some((type) => type !== 'username');
export const signInPassword = () => signInMethods().some((method) => method.password);
export const signInCode = () =>
  signInMethods().some((method) => method.verificationCode && method.identifier !== 'username');

/** Which kind of identifier a value is, among the accepted types (null when it fits none). */
export function typeOf(value, types) {
  if (types.length === 1) return types[0];
  if (value.includes('@')) return types.includes('email') ? 'email' : null;
  if (/^\+?[\d\s().-]{5,}$/.test(value) && types.includes('phone')) return 'phone';
  return types.includes('username') ? 'username' : null;
}
