// The step actions, calling the Experience API: identify (password or code), the code step,
// the profile sign-up still needs, forgot password, social sign-in, and submit (with MFA when
// the server asks for it). All rules live on the server; errors reach the page through `run`.
import { api } from './api.js';
import { base } from './base.js';
import { passCaptcha } from './captcha.js';
import { run, showError, showNotice } from './errors.js';
import { language, t } from './i18n.js';
import { interactionReady, setEvent } from './interaction.js';
import { autofillSupported, passkeysSupported, usePasskey } from './mfa-webauthn.js';
import { go } from './navigation.js';
import { profileFields, profileValues, showFieldErrors } from './profile-fields.js';
import { render } from './render.js';
import { identifierTypes, labelFor, passkeyAutofill, signInMethods, typeOf } from './settings.js';
import { ssoEmailStep, ssoForEmail } from './sso.js';
import { state } from './state.js';
import { checkTerms } from './terms.js';

const $ = (id) => document.getElementById(id);

/** Reads a required field, or says what is missing and focuses it. */
function need(id, what) {
  const value = id === 'password' ? $(id).value : $(id).value.trim();
  if (!value) throw Object.assign(new Error(t('input.enter', { what })), { field: id });
  return value;
}

function identifierFromForm() {
  const types = identifierTypes();
  const label = labelFor(types).toLowerCase();
  const value = need('username', label);
  const type = typeOf(value, types);
  if (!type) throw Object.assign(new Error(t('input.invalid', { what: label })), { field: 'username' });
  if (type === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) {
    throw Object.assign(new Error(t('input.invalid_email')), { field: 'username' });
  }
  return { type, value };
}

async function requestCode(identifier) {
  await interactionReady();
  await passCaptcha();
  const { verificationId } = await api('POST', '/verification/verification-code', {
    identifier,
    interactionEvent: state.flow,
  });
  return verificationId;
}

async function sendCode(identifier) {
  state.pending = { identifier, verificationId: await requestCode(identifier) };
}

// An email or phone the sign-in experience requires (`signUp.secondaryIdentifiers`) that the
// account lacks: the "contact" step asks for it, the code step confirms it, then the flow
// goes on (identification again at sign-up, submit again at sign-in).
const contactKinds = ['email', 'phone', 'emailOrPhone'];

/** The next step for what is still missing: an email or phone, else a username or password. */
function goMissing() {
  if (contactKinds.includes(state.missing[0])) {
    state.adding = { kind: state.missing[0] };
    $('username').value = '';
    go('contact');
  } else go('profile');
}

/** The contact step: checks the address, sends it a code, then the code step. */
async function sendContactCode() {
  const { kind } = state.adding;
  const types = kind === 'emailOrPhone' ? ['email', 'phone'] : [kind];
  const label = labelFor(types).toLowerCase();
  const value = need('username', label);
  const type = typeOf(value, types);
  if (type === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) {
    throw Object.assign(new Error(t('input.invalid_email')), { field: 'username' });
  }
  if (type !== 'email' && !/^\+?[\d\s().-]{5,}$/.test(value)) {
    throw Object.assign(new Error(t(kind === 'phone' ? 'input.invalid_phone' : 'input.invalid', { what: label })), {
      field: 'username',
    });
  }
  const identifier = { type: type ?? 'phone', value };
  state.adding = { kind, identifier, verificationId: await requestCode(identifier) };
  $('code').value = '';
  go('code');
}

/** The code step of an added email or phone: verified, saved to the profile, then on with the flow. */
async function addContact(code) {
  const { identifier, verificationId } = state.adding;
  await api('POST', '/verification/verification-code/verify', { identifier, verificationId, code });
  try {
    await api('POST', '/profile', { type: identifier.type, verificationId });
  } catch (error) {
    // Another account holds it: back to the address, where the error is said.
    if (error.code === 'user.email_already_in_use' || error.code === 'user.phone_already_in_use') go('contact');
    throw error;
  }
  state.adding = undefined;
  state.missing = state.missing.slice(1);
  if (state.missing.length > 0) return goMissing();
  if (state.contactThen === 'submit') return finish();
  if (await identify(state.pending.verificationId)) await finish();
}

export async function identify(verificationId) {
  try {
    await api('POST', '/identification', { verificationId });
  } catch (error) {
    if (error.code !== 'user.missing_profile') throw error;
    state.missing = error.data?.missingProfile ?? [];
    state.pending = { ...state.pending, verificationId };
    state.contactThen = 'identify';
    $('password').value = '';
    goMissing();
    return false;
  }
  return true;
}

export async function finish() {
  if (state.flow === 'ForgotPassword') {
    await api('POST', '/submit');
    const identifier = state.pending?.identifier.value ?? '';
    state.pending = undefined;
    await setEvent('SignIn');
    $('username').value = identifier;
    $('password').value = '';
    go('identify', 'SignIn');
    showNotice(t('notice.password_reset'));
    $('password').focus();
    return;
  }
  // Sign-up asks for the custom profile fields once the identifier is settled.
  if (state.flow === 'Register' && !state.extraDone && profileFields().length > 0) {
    go('extra');
    return;
  }
  let redirectTo;
  try {
    ({ redirectTo } = await api('POST', '/submit'));
  } catch (error) {
    if (error.code === 'user.missing_profile' && error.data?.missingProfile?.includes('extraProfile')) {
      go('extra');
      return;
    }
    const missing = error.code === 'user.missing_profile' ? (error.data?.missingProfile ?? []) : [];
    if (missing.some((kind) => contactKinds.includes(kind))) {
      state.missing = missing.filter((kind) => contactKinds.includes(kind));
      state.contactThen = 'submit';
      goMissing();
      return;
    }
    if (!mfaCodes.has(error.code)) throw error;
    return startMfa(error);
  }
  state.step = 'done';
  location.assign(redirectTo);
}

// Multi-factor authentication: submit asks for a factor (verify one, or set one up); the MFA
// screens live in mfa.js, loaded only when needed, and call `finish` again when they are done.
const mfaCodes = new Set(['session.mfa.require_mfa_verification', 'user.missing_mfa', 'user.passkey_preferred']);

async function startMfa(error) {
  const { runMfa } = await import('./mfa.js');
  state.step = 'mfa';
  render();
  const root = $('mfa');
  root.hidden = false;
  await runMfa({ error, api, root, showError, showNotice, onDone: finish, event: state.flow });
}

/** Signs in or registers with a password (after the terms are checked). */
async function passwordStep(identifier, path) {
  const password = need('password', t('noun.password'));
  checkTerms(state.settings);
  await interactionReady();
  await passCaptcha();
  const { verificationId } = await api('POST', path, { identifier, password });
  if (await identify(verificationId)) await finish();
}

/** The submit button: the current step's main action. */
export async function primary() {
  if (state.step === 'sso') return ssoEmailStep();
  if (state.step === 'identify' && state.flow === 'SignIn') {
    const identifier = identifierFromForm();
    // A company's email with single sign-on goes to its provider, before any password.
    if (await ssoForEmail(identifier)) return;
    const method = signInMethods().find((m) => m.identifier === identifier.type);
    if (!method?.password) {
      checkTerms(state.settings);
      return sendCodeStep(identifier);
    }
    return passwordStep(identifier, '/verification/password');
  }
  if (state.step === 'identify' && state.flow === 'Register') {
    const identifier = identifierFromForm();
    if (identifier.type !== 'username') {
      checkTerms(state.settings);
      return sendCodeStep(identifier);
    }
    return passwordStep(identifier, '/verification/new-password-identity');
  }
  if (state.step === 'identify' && state.flow === 'ForgotPassword') return sendCodeStep(identifierFromForm());
  if (state.step === 'code') {
    const code = need('code', t('noun.code'));
    if (state.adding) return addContact(code);
    const { identifier, verificationId } = state.pending;
    await api('POST', '/verification/verification-code/verify', { identifier, verificationId, code });
    if (state.flow === 'ForgotPassword') {
      await api('POST', '/identification', { verificationId });
      state.missing = ['password'];
      $('password').value = '';
      go('profile');
      return;
    }
    if (await identify(verificationId)) await finish();
    return;
  }
  if (state.step === 'contact') return sendContactCode();
  if (state.step === 'extra') {
    try {
      await api('POST', '/profile', { type: 'extraProfile', values: profileValues() });
    } catch (error) {
      if (error.code !== 'custom_profile_fields.invalid_values') throw error;
      showFieldErrors(error.data?.issues);
      throw Object.assign(error, { focused: true });
    }
    showFieldErrors([]);
    state.extraDone = true;
    return finish();
  }
  if (state.step === 'profile') {
    if (state.missing[0] === 'username') {
      await api('POST', '/profile', { type: 'username', value: need('username', t('noun.username')) });
    } else if (state.flow === 'ForgotPassword') {
      await api('PUT', '/profile/password', { password: need('password', t('noun.new_password')) });
      return finish();
    } else {
      await api('POST', '/profile', { type: 'password', value: need('password', t('noun.password')) });
    }
    state.missing = state.missing.slice(1);
    if (state.missing.length > 0) return goMissing();
    if (await identify(state.pending.verificationId)) await finish();
  }
}

async function sendCodeStep(identifier) {
  if (identifier.type === 'username') {
    throw Object.assign(new Error(t('input.code_needs_address')), { field: 'username' });
  }
  await sendCode(identifier);
  $('code').value = '';
  go('code');
}

/** The link under the submit button: "Sign in with a code" or "Resend code". */
export async function secondaryAction() {
  if (state.step === 'identify') {
    const identifier = identifierFromForm();
    const method = signInMethods().find((m) => m.identifier === identifier.type);
    if (!method?.verificationCode) {
      throw Object.assign(new Error(t('input.code_not_enabled')), { field: 'username' });
    }
    checkTerms(state.settings);
    return sendCodeStep(identifier);
  }
  if (state.step === 'code') {
    const { identifier } = state.adding ?? state.pending;
    if (state.adding) state.adding = { ...state.adding, verificationId: await requestCode(identifier) };
    else await sendCode(identifier);
    $('code').value = '';
    showNotice(t('notice.code_resent', { to: identifier.value }));
    $('code').focus();
  }
}

/** A social connector's button: off to the provider, back on the callback page. */
export async function socialSignIn(connectorId, button) {
  await run(async () => {
    checkTerms(state.settings);
    await interactionReady();
    const { authorizationUri } = await api('POST', `/verification/social/${connectorId}/authorization-uri`, {
      state: crypto.randomUUID(),
      redirectUri: `${location.origin}${base}/callback/${connectorId}`,
    });
    // The callback page speaks the language chosen here (ui_locales is not in its address).
    try {
      sessionStorage.setItem('tessera.language', language());
    } catch {
      // Storage may be off; the callback page then chooses by itself.
    }
    state.step = 'done';
    location.assign(authorizationUri);
  }, button);
}

// ---- Passkey sign-in ---------------------------------------------------------------------

/** A passkey prompt that did not end in a credential: cancelled, timed out, or no passkey here. */
function passkeyError(error) {
  if (error?.name === 'NotAllowedError' || error?.name === 'AbortError') return new Error(t('error.passkey_cancelled'));
  if (error?.name === 'NotSupportedError' || error?.name === 'SecurityError')
    return new Error(t('error.passkey_unsupported'));
  return error;
}

/** The passkey's assertion signs the user in: verified, identified, then submit (MFA and prompts as usual). */
async function signInWithAssertion(payload) {
  const { verificationId } = await api('POST', '/verification/sign-in-passkey/authentication/verify', { payload });
  if (await identify(verificationId)) await finish();
}

let autofill;

/** The "Sign in with a passkey" button: the browser lists the passkeys this site has on the device. */
export async function passkeySignIn() {
  if (!passkeysSupported()) throw new Error(t('error.passkey_unsupported'));
  autofill?.abort();
  await interactionReady();
  const { authenticationOptions } = await api('POST', '/preflight/sign-in-passkey/authentication');
  let payload;
  try {
    payload = await usePasskey(authenticationOptions);
  } catch (error) {
    throw passkeyError(error);
  }
  await signInWithAssertion(payload);
}

/**
 * With autofill allowed, the identifier field offers passkeys as the browser suggests names
 * (conditional mediation): picking one signs in. Quietly nothing where the browser cannot.
 */
export async function startPasskeyAutofill() {
  if (!passkeyAutofill() || state.flow !== 'SignIn' || !(await autofillSupported())) return;
  autofill?.abort();
  const controller = new AbortController();
  autofill = controller;
  await interactionReady();
  try {
    const { authenticationOptions } = await api('POST', '/preflight/sign-in-passkey/authentication');
    const payload = await usePasskey(authenticationOptions, { mediation: 'conditional', signal: controller.signal });
    await run(() => signInWithAssertion(payload), $('submit'));
  } catch {
    // Aborted (the button took over, or the flow changed) or refused: the form still works.
  }
}
