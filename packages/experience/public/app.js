// The sign-in page: renders the steps the sign-in experience settings allow and calls the
// Experience API; all rules live on the server. No framework: a handful of steps on one form.
// Phrases are in phrases.js (en, zh-CN), the look in branding.js, the terms agreement in
// terms.js, and the Admin Console's preview mode in preview.js.
import { api } from './api.js';
import { applyBranding } from './branding.js';
import { choose, language, match, t } from './i18n.js';
import './phrases.js';
import { draftFromQuery, isPreview, listenForDrafts, previewSettings } from './preview.js';
import { checkTerms, renderTerms } from './terms.js';

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
let mode = location.pathname.startsWith('/register') ? 'Register' : 'SignIn';

// The field an error is about: it is marked invalid, described by the message, and focused.
const fieldFor = {
  'session.invalid_credentials': 'password',
  'session.identifier_not_found': 'username',
  'user.user_not_exist': 'username',
  'user.username_already_in_use': 'username',
  'user.email_already_in_use': 'username',
  'user.phone_already_in_use': 'username',
  'user.invalid_username': 'username',
  'user.same_password': 'password',
  'password.rejected': 'password',
  'verification_code.code_mismatch': 'code',
  'verification_code.expired': 'code',
  'verification_code.exceed_max_try': 'code',
};
const fields = ['username', 'code', 'password', 'terms-agree'];
const identifierKinds = ['username', 'email', 'phone'];

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** "Username", "Email", "Phone number", "Email or phone", "Username, email or phone number". */
function labelFor(types) {
  if (types.length === 0) return '';
  if (types.length === 1) return t(`field.${types[0]}`);
  if (types.length === 2 && types.includes('email') && types.includes('phone')) return t('field.email_or_phone');
  const words = types.map((type) => t(`noun.${type}`));
  return capitalize(`${words.slice(0, -1).join(t('list.separator'))}${t('list.or')}${words.at(-1)}`);
}

/** What the settings allow; until they load, username and password (the defaults). */
let settings = {
  signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
  signUp: { identifiers: ['username'], password: true, verify: false },
  signInMode: 'SignInAndRegister',
  socialConnectors: [],
  forgotPassword: { email: false, phone: false },
};
/** The current step: identify, code, profile (what sign-up still needs), mfa or done. */
let step = 'identify';
/** The flow of the current step: SignIn, Register or ForgotPassword. */
let flow = mode;
/** The identifier a code was sent to, and its verification. */
let pending;
/** What sign-up still asks for (user.missing_profile), in order. */
let missing = [];
let busy = false;

function showError(text, field) {
  const box = $('error');
  box.textContent = text;
  box.hidden = !text;
  if (text) showNotice('');
  for (const id of fields) {
    const invalid = Boolean(text) && id === field;
    // An empty aria-invalid reads as "false" to screen readers: say "true", or drop it.
    if (invalid) {
      $(id).setAttribute('aria-invalid', 'true');
      $(id).setAttribute('aria-describedby', 'error');
    } else {
      $(id).removeAttribute('aria-invalid');
      $(id).removeAttribute('aria-describedby');
    }
  }
  if (field) {
    $(field).focus();
    if ($(field).type !== 'checkbox') $(field).select();
  }
}

function showNotice(text) {
  $('notice').textContent = text;
  $('notice').hidden = !text;
}

// ---- What the settings allow -------------------------------------------------------------

const list = (value) => (Array.isArray(value) ? value : []);
const signInMethods = () =>
  list(settings.signIn?.methods).filter((method) => identifierKinds.includes(method?.identifier));
const signUpIdentifiers = () => list(settings.signUp?.identifiers).filter((type) => identifierKinds.includes(type));
const forgotTypes = () => ['email', 'phone'].filter((type) => settings.forgotPassword?.[type]);
const canSignIn = () => settings.signInMode !== 'Register';
const canRegister = () => settings.signInMode !== 'SignIn' && signUpIdentifiers().length > 0;

/** The identifier types the current form accepts. */
function identifierTypes() {
  if (flow === 'ForgotPassword') return forgotTypes();
  if (flow === 'Register') return signUpIdentifiers();
  return signInMethods().map((method) => method.identifier);
}

/** Sign-up verifies email and phone by code; a username alone is registered with a password. */
const registerByCode = () => signUpIdentifiers().some((type) => type !== 'username');
const signInPassword = () => signInMethods().some((method) => method.password);
const signInCode = () => signInMethods().some((method) => method.verificationCode && method.identifier !== 'username');

/** Which kind of identifier a value is, among the accepted types (null when it fits none). */
function typeOf(value, types) {
  if (types.length === 1) return types[0];
  if (value.includes('@')) return types.includes('email') ? 'email' : null;
  if (/^\+?[\d\s().-]{5,}$/.test(value) && types.includes('phone')) return 'phone';
  return types.includes('username') ? 'username' : null;
}

// ---- Rendering ---------------------------------------------------------------------------

function show(id, visible) {
  $(id).hidden = !visible;
}

/** The fixed texts of index.html (English in the file for the first paint). */
function translateStatic() {
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
}

function render() {
  const types = identifierTypes();
  const label = labelFor(types);
  let title = t('title.sign_in');
  let submitText = t('action.sign_in');
  let secondary = '';
  let intro = '';
  let password = false;
  let passwordLabel = t('field.password');
  let forgot = false;
  let back = false;

  if (step === 'identify' && flow === 'SignIn') {
    password = signInPassword();
    submitText = password ? t('action.sign_in') : t('action.send_code');
    if (password && signInCode()) secondary = t('action.sign_in_with_code');
    forgot = password && forgotTypes().length > 0;
  } else if (step === 'identify' && flow === 'Register') {
    title = t('title.create_account');
    password = !registerByCode() && settings.signUp?.password !== false;
    submitText = registerByCode() ? t('action.send_code') : t('action.create_account');
  } else if (step === 'identify' && flow === 'ForgotPassword') {
    title = t('title.reset_password');
    intro = t('intro.forgot', { what: label.toLowerCase() });
    submitText = t('action.send_code');
    back = true;
  } else if (step === 'code') {
    title = t(
      flow === 'Register'
        ? 'title.create_account'
        : flow === 'ForgotPassword'
          ? 'title.reset_password'
          : 'title.sign_in',
    );
    // No line break inside the address or number the code went to.
    intro = t('intro.code_sent', {
      to: pending?.identifier.value.replace(/[ -]/g, (c) => (c === ' ' ? '\u00a0' : '\u2011')),
    });
    submitText = t('action.continue');
    secondary = t('action.resend_code');
    back = true;
  } else if (step === 'profile') {
    const resetting = flow === 'ForgotPassword';
    title = t(resetting ? 'title.reset_password' : 'title.create_account');
    password = true;
    passwordLabel = t(resetting ? 'field.new_password' : 'field.create_password');
    submitText = t(resetting ? 'action.reset_password' : 'action.create_account');
  }

  const usernameStep = step === 'profile' && missing[0] === 'username';
  document.title = title;
  $('title').textContent = title;
  $('intro').textContent = intro;
  show('intro', Boolean(intro));
  show('identifier-row', step === 'identify' || usernameStep);
  $('username-label').textContent = usernameStep ? t('field.username') : label;
  const only = types.length === 1 ? types[0] : undefined;
  $('username').type = only === 'email' ? 'email' : only === 'phone' ? 'tel' : 'text';
  $('username').autocomplete = only === 'email' ? 'email' : only === 'phone' ? 'tel' : 'username';
  show('code-row', step === 'code');
  show('password-row', password && !usernameStep);
  $('password-label').textContent = passwordLabel;
  $('password').autocomplete = flow === 'SignIn' && step === 'identify' ? 'current-password' : 'new-password';
  show('forgot-row', forgot);
  $('submit').textContent = usernameStep ? t('action.continue') : submitText;
  if (secondary) $('secondary').textContent = secondary;
  show('secondary-row', Boolean(secondary));
  show('back-row', back);

  const registering = flow === 'Register';
  const canSwitch = step === 'identify' && flow !== 'ForgotPassword' && (registering ? canSignIn() : canRegister());
  $('switch-text').textContent = t(registering ? 'switch.have_account' : 'switch.no_account');
  $('switch').textContent = t(registering ? 'action.sign_in' : 'action.create_account');
  show('switch-row', canSwitch);
  const identifying = step === 'identify' && flow !== 'ForgotPassword';
  renderSocial(identifying);
  // Social-only sign-up has no form at all.
  const formShown = step !== 'mfa' && !(step === 'identify' && types.length === 0);
  show('form', formShown);
  if (step !== 'mfa') show('mfa', false);
  // The agreement sits above the submit button, or above the social buttons when there is no form.
  if (formShown) $('submit').before($('terms'));
  else $('social').before($('terms'));
  renderTerms(settings, flow, identifying);
}

/** The connector's name in the page's language: exact tag, then the base language, then English. */
function connectorName(connector) {
  const names = connector.name && typeof connector.name === 'object' ? connector.name : {};
  const tags = Object.keys(names);
  const current = language();
  const tag =
    tags.find((key) => key.toLowerCase() === current.toLowerCase()) ??
    tags.find((key) => key.toLowerCase() === current.split('-')[0].toLowerCase()) ??
    tags.find((key) => match(key) === current);
  return names[tag] ?? names.en ?? Object.values(names)[0] ?? connector.target;
}

function renderSocial(visible) {
  const connectors = list(settings.socialConnectors);
  const socialList = $('social-list');
  // Rebuilt when the connectors or the language change.
  const key = JSON.stringify([language(), connectors.map((c) => [c.id, c.name, c.logo])]);
  if (socialList.dataset.key !== key) {
    socialList.dataset.key = key;
    socialList.replaceChildren(
      ...connectors.map((connector) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'social-button';
        button.dataset.connectorId = connector.id;
        if (typeof connector.logo === 'string' && /^(https:|data:image\/)/.test(connector.logo)) {
          const logo = document.createElement('img');
          logo.src = connector.logo;
          logo.alt = '';
          logo.width = 20;
          logo.height = 20;
          button.append(logo);
        }
        button.append(t('action.continue_with', { name: connectorName(connector) }));
        button.addEventListener('click', () => socialSignIn(connector.id, button));
        item.append(button);
        return item;
      }),
    );
  }
  show('social', visible && connectors.length > 0);
  show('social-divider', identifierTypes().length > 0);
}

// ---- Steps -------------------------------------------------------------------------------

function go(nextStep, nextFlow = flow) {
  step = nextStep;
  flow = nextFlow;
  render();
  const first = [...document.querySelectorAll('#form input')].find((input) => !input.closest('[hidden]'));
  first?.focus();
}

/** Binds the interaction to the event of the flow; later calls wait for it. */
function setEvent(event) {
  if (isPreview) return started;
  started = started
    .then(() => api('PUT', '/interaction-event', { interactionEvent: event }))
    .catch((error) => showError(error.message));
  return started;
}

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

async function sendCode(identifier) {
  await started;
  const { verificationId } = await api('POST', '/verification/verification-code', {
    identifier,
    interactionEvent: flow,
  });
  pending = { identifier, verificationId };
}

async function identify(verificationId) {
  try {
    await api('POST', '/identification', { verificationId });
  } catch (error) {
    if (error.code !== 'user.missing_profile') throw error;
    missing = error.data?.missingProfile ?? [];
    pending = { ...pending, verificationId };
    $('password').value = '';
    go('profile');
    return false;
  }
  return true;
}

async function finish() {
  if (flow === 'ForgotPassword') {
    await api('POST', '/submit');
    const identifier = pending?.identifier.value ?? '';
    pending = undefined;
    await setEvent('SignIn');
    $('username').value = identifier;
    $('password').value = '';
    go('identify', 'SignIn');
    showNotice(t('notice.password_reset'));
    $('password').focus();
    return;
  }
  let redirectTo;
  try {
    ({ redirectTo } = await api('POST', '/submit'));
  } catch (error) {
    if (!mfaCodes.has(error.code)) throw error;
    return startMfa(error);
  }
  step = 'done';
  location.assign(redirectTo);
}

// Multi-factor authentication: submit asks for a factor (verify one, or set one up); the MFA
// screens live in mfa.js, loaded only when needed, and call `finish` again when they are done.
const mfaCodes = new Set(['session.mfa.require_mfa_verification', 'user.missing_mfa']);

async function startMfa(error) {
  const { runMfa } = await import('./mfa.js');
  step = 'mfa';
  render();
  const root = $('mfa');
  root.hidden = false;
  await runMfa({ error, api, root, showError, showNotice, onDone: finish });
}

async function primary() {
  if (step === 'identify' && flow === 'SignIn') {
    const identifier = identifierFromForm();
    const method = signInMethods().find((m) => m.identifier === identifier.type);
    if (!method?.password) {
      checkTerms(settings);
      return sendCodeStep(identifier);
    }
    const password = need('password', t('noun.password'));
    checkTerms(settings);
    await started;
    const { verificationId } = await api('POST', '/verification/password', { identifier, password });
    if (await identify(verificationId)) await finish();
    return;
  }
  if (step === 'identify' && flow === 'Register') {
    const identifier = identifierFromForm();
    if (identifier.type !== 'username') {
      checkTerms(settings);
      return sendCodeStep(identifier);
    }
    const password = need('password', t('noun.password'));
    checkTerms(settings);
    await started;
    const { verificationId } = await api('POST', '/verification/new-password-identity', { identifier, password });
    if (await identify(verificationId)) await finish();
    return;
  }
  if (step === 'identify' && flow === 'ForgotPassword') return sendCodeStep(identifierFromForm());
  if (step === 'code') {
    const code = need('code', t('noun.code'));
    const { identifier, verificationId } = pending;
    await api('POST', '/verification/verification-code/verify', { identifier, verificationId, code });
    if (flow === 'ForgotPassword') {
      await api('POST', '/identification', { verificationId });
      missing = ['password'];
      $('password').value = '';
      go('profile');
      return;
    }
    if (await identify(verificationId)) await finish();
    return;
  }
  if (step === 'profile') {
    if (missing[0] === 'username') {
      await api('POST', '/profile', { type: 'username', value: need('username', t('noun.username')) });
    } else if (flow === 'ForgotPassword') {
      await api('PUT', '/profile/password', { password: need('password', t('noun.new_password')) });
      return finish();
    } else {
      await api('POST', '/profile', { type: 'password', value: need('password', t('noun.password')) });
    }
    missing = missing.slice(1);
    if (missing.length > 0) {
      go('profile');
      return;
    }
    if (await identify(pending.verificationId)) await finish();
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

async function secondaryAction() {
  if (step === 'identify') {
    const identifier = identifierFromForm();
    const method = signInMethods().find((m) => m.identifier === identifier.type);
    if (!method?.verificationCode) {
      throw Object.assign(new Error(t('input.code_not_enabled')), { field: 'username' });
    }
    checkTerms(settings);
    return sendCodeStep(identifier);
  }
  if (step === 'code') {
    await sendCode(pending.identifier);
    $('code').value = '';
    showNotice(t('notice.code_resent', { to: pending.identifier.value }));
    $('code').focus();
  }
}

/** Runs a step's action: one at a time, errors said in words and focused on their field. */
async function run(action, button) {
  if (busy) return;
  busy = true;
  showError('');
  showNotice('');
  button.disabled = true;
  try {
    await action();
  } catch (error) {
    button.disabled = false;
    if (error.preview) {
      showNotice(error.message);
      return;
    }
    const field = error.field ?? fieldFor[error.code];
    // A field that is not on screen cannot take focus: fall back to the button.
    const visible = field && !$(field).closest('[hidden]') ? field : undefined;
    // Enable first (above): a disabled button cannot hold focus, and focus must not fall to the page.
    showError(error.message, visible);
    if (!visible) button.focus();
  } finally {
    busy = false;
    if (step !== 'done') button.disabled = false;
  }
}

async function socialSignIn(connectorId, button) {
  await run(async () => {
    checkTerms(settings);
    await started;
    const { authorizationUri } = await api('POST', `/verification/social/${connectorId}/authorization-uri`, {
      state: crypto.randomUUID(),
      redirectUri: `${location.origin}/callback/${connectorId}`,
    });
    // The callback page speaks the language chosen here (ui_locales is not in its address).
    try {
      sessionStorage.setItem('tessera.language', language());
    } catch {
      // Storage may be off; the callback page then chooses by itself.
    }
    step = 'done';
    location.assign(authorizationUri);
  }, button);
}

async function switchMode() {
  mode = mode === 'Register' ? 'SignIn' : 'Register';
  history.replaceState(null, '', `/${mode === 'Register' ? 'register' : 'sign-in'}${location.search}`);
  showError('');
  showNotice('');
  step = 'identify';
  flow = mode;
  render();
  await setEvent(mode);
}

async function forgotPassword() {
  showError('');
  showNotice('');
  const value = $('username').value.trim();
  go('identify', 'ForgotPassword');
  // Keep what was typed when it can receive a code (an email or a phone number).
  const kept = value && (value.includes('@') || /^\+?[\d\s().-]{5,}$/.test(value)) ? value : '';
  $('username').value = kept;
  await setEvent('ForgotPassword');
}

/** From the code step back to the identifier; from "reset your password" back to signing in. */
async function back() {
  showError('');
  showNotice('');
  if (step === 'code') {
    go('identify');
    return;
  }
  go('identify', mode);
  await setEvent(mode);
}

// ---- Start -------------------------------------------------------------------------------

/** ui_locales (from the app's authorization request), then the browser's languages. */
function chooseLanguage(preferred) {
  const info = settings.languageInfo ?? {};
  const requested = preferred
    ? [preferred]
    : [...(query.get('ui_locales') ?? '').split(/\s+/), ...(navigator.languages ?? [navigator.language])];
  choose({
    requested: requested.filter(Boolean),
    autoDetect: Boolean(preferred) || info.autoDetect !== false,
    fallback: info.fallbackLanguage,
  });
}

/** Renders with new settings: language, the mode they allow, the look, every text. */
function useSettings(next, { preferredLanguage, preferredMode, draft = false } = {}) {
  settings = next;
  chooseLanguage(preferredLanguage);
  if (preferredMode) {
    mode = preferredMode;
    step = 'identify';
  }
  if (mode === 'Register' && !canRegister() && canSignIn()) mode = 'SignIn';
  if (mode === 'SignIn' && !canSignIn() && canRegister()) mode = 'Register';
  if (mode !== flow && step === 'identify') {
    flow = mode;
    setEvent(mode);
  }
  applyBranding(settings, { draft });
  translateStatic();
  render();
}

async function fetchSettings() {
  try {
    const response = await fetch('/api/.well-known/sign-in-exp', { credentials: 'same-origin' });
    if (response.ok) return await response.json();
  } catch {
    // The defaults (username and password) still work.
  }
  return undefined;
}

function showDraft(saved, draft) {
  try {
    useSettings(previewSettings(saved, draft), {
      preferredLanguage: draft.language,
      preferredMode: draft.mode,
      draft: draft.customCss,
    });
  } catch (error) {
    showError(String(error?.message ?? error));
  }
}

async function startPreview() {
  let saved;
  let latest = draftFromQuery() ?? { signInExperience: {}, customCss: false };
  // Listen at once (drafts posted before the saved settings arrive are kept, the latest wins).
  listenForDrafts((draft) => {
    latest = draft;
    if (saved) showDraft(saved, draft);
  });
  saved = (await fetchSettings()) ?? settings;
  showDraft(saved, latest);
}

if (query.get('login_hint')) $('username').value = query.get('login_hint');
// Every later call waits for this one, which binds the interaction to its event.
let started = isPreview
  ? Promise.resolve()
  : api('PUT', '', { interactionEvent: mode }).catch((error) => showError(error.message));

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  run(primary, $('submit'));
});
$('secondary').addEventListener('click', () => run(secondaryAction, $('secondary')));
$('switch').addEventListener('click', switchMode);
$('forgot').addEventListener('click', forgotPassword);
$('back').addEventListener('click', back);
if (isPreview) startPreview();
else fetchSettings().then((saved) => useSettings(saved ?? settings));
