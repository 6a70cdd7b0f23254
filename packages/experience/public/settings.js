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

const query = new URLSearchParams(location.search);
/** first_screen=identifier:sign_in / identifier:register: the identifier form alone, no social buttons. */
export const identifierScreen = (query.get('first_screen') ?? '').startsWith('identifier:');
/** `identifier` (with an identifier first screen or reset_password): the types to accept, when the settings allow any of them. */
const requested = (query.get('identifier') ?? '').split(/\s+/).filter(Boolean);

/** The identifier types the current form accepts. */
export function identifierTypes() {
  let types = signInMethods().map((method) => method.identifier);
  if (state.flow === 'ForgotPassword') types = forgotTypes();
  else if (state.flow === 'Register') types = signUpIdentifiers();
  const narrowed = types.filter((type) => requested.includes(type));
  return narrowed.length > 0 ? narrowed : types;
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

/** Passkey sign-in (`passkeySignIn`): the "Sign in with a passkey" button, on the sign-in flow only. */
const passkeySignIn = () => state.settings.passkeySignIn ?? {};
export const passkeyButton = () =>
  state.flow === 'SignIn' && passkeySignIn().enabled === true && passkeySignIn().showPasskeyButton !== false;
/** Passkeys offered in the identifier field's autofill (where the browser supports conditional mediation). */
export const passkeyAutofill = () => passkeySignIn().enabled === true && passkeySignIn().allowAutofill === true;
