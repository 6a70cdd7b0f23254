// The sign-in page: renders the steps the sign-in experience settings allow and calls the
// Experience API; all rules live on the server. No framework: a handful of steps on one form.
const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
let mode = location.pathname.startsWith('/register') ? 'Register' : 'SignIn';

const messages = {
  'session.invalid_credentials': 'The username or password is incorrect.',
  'session.verification_blocked_too_many_attempts': 'Too many failed attempts. Wait a few minutes and try again.',
  'session.interaction_not_found': 'This sign-in session has expired. Go back to the application and start again.',
  'session.verification_session_not_found': 'This verification has expired. Ask for a new code.',
  'session.identifier_not_found': 'No account was found for this identifier.',
  'user.username_already_in_use': 'This username is already taken. Choose another one or sign in.',
  'user.email_already_in_use': 'An account with this email already exists. Sign in instead.',
  'user.phone_already_in_use': 'An account with this phone number already exists. Sign in instead.',
  'user.user_not_exist': 'No account was found for this identifier.',
  'user.suspended': 'This account is suspended. Contact the administrator.',
  'user.same_password': 'The new password must be different from the old one.',
  'user.sign_in_method_not_enabled': 'Signing in this way is not enabled.',
  'user.sign_up_method_not_enabled': 'Creating an account this way is not enabled.',
  'user.sign_up_not_allowed': 'Creating new accounts is not allowed.',
  'user.sign_in_not_allowed': 'Signing in is not allowed here.',
  'user.forgot_password_method_not_enabled': 'Resetting the password this way is not enabled.',
  'verification_code.code_mismatch': 'The verification code is incorrect.',
  'verification_code.expired': 'The verification code has expired. Ask for a new one.',
  'verification_code.exceed_max_try': 'Too many wrong codes. Ask for a new one.',
  'verification_code.not_found': 'Ask for a verification code first.',
};

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
const fields = ['username', 'code', 'password'];

const nouns = { username: 'username', email: 'email', phone: 'phone number' };
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** "Username", "Email", "Phone number", "Email or phone", "Username, email or phone number". */
function labelFor(types) {
  if (types.length === 2 && types.includes('email') && types.includes('phone')) return 'Email or phone';
  const words = types.map((type) => nouns[type]);
  const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
  return capitalize(text);
}

/** What the settings allow; until they load, username and password (the defaults). */
let settings = {
  signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
  signUp: { identifiers: ['username'], password: true, verify: false },
  signInMode: 'SignInAndRegister',
  socialConnectors: [],
  forgotPassword: { email: false, phone: false },
};
/** The current step: identify, code, profile (what sign-up still needs) or done. */
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
    $(id).toggleAttribute('aria-invalid', invalid);
    if (invalid) $(id).setAttribute('aria-describedby', 'error');
    else $(id).removeAttribute('aria-describedby');
  }
  if (field) {
    $(field).focus();
    $(field).select();
  }
}

function showNotice(text) {
  $('notice').textContent = text;
  $('notice').hidden = !text;
}

async function api(method, path, body) {
  const response = await fetch(`/api/experience${path}`, {
    method,
    credentials: 'same-origin',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = response.status === 204 ? '' : await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const error = new Error(messages[data?.code] ?? data?.message ?? `Request failed (${response.status}).`);
    error.code = data?.code;
    error.data = data?.data;
    throw error;
  }
  return data;
}

// ---- What the settings allow -------------------------------------------------------------

const signInMethods = () => settings.signIn?.methods ?? [];
const signUpIdentifiers = () => settings.signUp?.identifiers ?? [];
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

function render() {
  const types = identifierTypes();
  const label = labelFor(types);
  let title = 'Sign in';
  let submitText = 'Sign in';
  let secondary = '';
  let intro = '';
  let password = false;
  let passwordLabel = 'Password';
  let forgot = false;
  let back = false;

  if (step === 'identify' && flow === 'SignIn') {
    password = signInPassword();
    submitText = password ? 'Sign in' : 'Send code';
    if (password && signInCode()) secondary = 'Send code';
    forgot = password && forgotTypes().length > 0;
  } else if (step === 'identify' && flow === 'Register') {
    title = 'Create account';
    password = !registerByCode() && settings.signUp?.password !== false;
    submitText = registerByCode() ? 'Send code' : 'Create account';
  } else if (step === 'identify' && flow === 'ForgotPassword') {
    title = 'Reset your password';
    intro = `Enter your ${label.toLowerCase()} and we will send you a verification code.`;
    submitText = 'Send code';
    back = true;
  } else if (step === 'code') {
    title = flow === 'Register' ? 'Create account' : flow === 'ForgotPassword' ? 'Reset your password' : 'Sign in';
    intro = `We sent a verification code to ${pending?.identifier.value}. Enter it below.`;
    submitText = 'Continue';
    secondary = 'Send another code';
    back = true;
  } else if (step === 'profile') {
    title = flow === 'ForgotPassword' ? 'Reset your password' : 'Create account';
    password = true;
    passwordLabel = flow === 'ForgotPassword' ? 'New password' : 'Create a password';
    submitText = flow === 'ForgotPassword' ? 'Reset password' : 'Create account';
  }

  const usernameStep = step === 'profile' && missing[0] === 'username';
  document.title = title;
  $('title').textContent = title;
  $('intro').textContent = intro;
  show('intro', Boolean(intro));
  show('identifier-row', step === 'identify' || usernameStep);
  $('username-label').textContent = usernameStep ? 'Username' : label;
  const only = types.length === 1 ? types[0] : undefined;
  $('username').type = only === 'email' ? 'email' : only === 'phone' ? 'tel' : 'text';
  $('username').autocomplete = only === 'email' ? 'email' : only === 'phone' ? 'tel' : 'username';
  show('code-row', step === 'code');
  show('password-row', password && !usernameStep);
  $('password-label').textContent = passwordLabel;
  $('password').autocomplete = flow === 'SignIn' && step === 'identify' ? 'current-password' : 'new-password';
  show('forgot-row', forgot);
  $('submit').textContent = usernameStep ? 'Continue' : submitText;
  if (secondary) $('secondary').textContent = secondary;
  show('secondary-row', Boolean(secondary));
  show('back-row', back);

  const registering = flow === 'Register';
  const canSwitch = step === 'identify' && flow !== 'ForgotPassword' && (registering ? canSignIn() : canRegister());
  $('switch-text').textContent = registering ? 'Already have an account?' : 'No account yet?';
  $('switch').textContent = registering ? 'Sign in' : 'Create account';
  show('switch-row', canSwitch);
  renderSocial(step === 'identify' && flow !== 'ForgotPassword');
  // Social-only sign-up has no form at all.
  show('form', !(step === 'identify' && types.length === 0));
}

function connectorName(connector) {
  const names = connector.name ?? {};
  const language = navigator.language ?? 'en';
  return names[language] ?? names[language.split('-')[0]] ?? names.en ?? Object.values(names)[0] ?? connector.target;
}

function renderSocial(visible) {
  const connectors = settings.socialConnectors ?? [];
  const list = $('social-list');
  if (list.childElementCount !== connectors.length) {
    list.replaceChildren(
      ...connectors.map((connector) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'social-button';
        button.dataset.connectorId = connector.id;
        if (connector.logo && /^(https:|data:image\/)/.test(connector.logo)) {
          const logo = document.createElement('img');
          logo.src = connector.logo;
          logo.alt = '';
          logo.width = 20;
          logo.height = 20;
          button.append(logo);
        }
        button.append(`Continue with ${connectorName(connector)}`);
        button.addEventListener('click', () => socialSignIn(connector.id, button));
        item.append(button);
        return item;
      }),
    );
  }
  show('social', visible && connectors.length > 0);
  show('social-divider', identifierTypes().length > 0);
}

/** The primary colour (and the dark one) from the settings, as CSS variables. */
function applyBranding() {
  const root = document.documentElement.style;
  const { primaryColor, darkPrimaryColor } = settings.color ?? {};
  const valid = (color) => typeof color === 'string' && /^#[\dA-Fa-f]{3,8}$/.test(color);
  if (valid(primaryColor)) {
    root.setProperty('--brand', primaryColor);
    root.setProperty('--on-brand', readableOn(primaryColor));
  }
  if (valid(darkPrimaryColor)) {
    root.setProperty('--brand-dark', darkPrimaryColor);
    root.setProperty('--on-brand-dark', readableOn(darkPrimaryColor));
  }
  const logo = settings.branding?.logoUrl;
  if (logo && /^https?:/.test(logo)) {
    $('logo').src = logo;
    $('logo').hidden = false;
  }
}

/** Black or white text, whichever reads better on the colour. */
function readableOn(hex) {
  let digits = hex.slice(1);
  if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000' : '#fff';
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
  started = started
    .then(() => api('PUT', '/interaction-event', { interactionEvent: event }))
    .catch((error) => showError(error.message));
  return started;
}

/** Reads a required field, or says what is missing and focuses it. */
function need(id, what) {
  const value = id === 'password' ? $(id).value : $(id).value.trim();
  if (!value) throw Object.assign(new Error(`Enter your ${what}.`), { field: id });
  return value;
}

function identifierFromForm() {
  const types = identifierTypes();
  const label = labelFor(types).toLowerCase();
  const value = need('username', label);
  const type = typeOf(value, types);
  if (!type) throw Object.assign(new Error(`Enter a valid ${label}.`), { field: 'username' });
  if (type === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) {
    throw Object.assign(new Error('Enter a valid email address.'), { field: 'username' });
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
    showNotice('Your password has been reset. Sign in with the new password.');
    $('password').focus();
    return;
  }
  const { redirectTo } = await api('POST', '/submit');
  step = 'done';
  location.assign(redirectTo);
}

async function primary() {
  if (step === 'identify' && flow === 'SignIn') {
    const identifier = identifierFromForm();
    const method = signInMethods().find((m) => m.identifier === identifier.type);
    if (!method?.password) return sendCodeStep(identifier);
    const password = need('password', 'password');
    await started;
    const { verificationId } = await api('POST', '/verification/password', { identifier, password });
    if (await identify(verificationId)) await finish();
    return;
  }
  if (step === 'identify' && flow === 'Register') {
    const identifier = identifierFromForm();
    if (identifier.type !== 'username') return sendCodeStep(identifier);
    const password = need('password', 'password');
    await started;
    const { verificationId } = await api('POST', '/verification/new-password-identity', { identifier, password });
    if (await identify(verificationId)) await finish();
    return;
  }
  if (step === 'identify' && flow === 'ForgotPassword') return sendCodeStep(identifierFromForm());
  if (step === 'code') {
    const code = need('code', 'verification code');
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
      await api('POST', '/profile', { type: 'username', value: need('username', 'username') });
    } else if (flow === 'ForgotPassword') {
      await api('PUT', '/profile/password', { password: need('password', 'new password') });
      return finish();
    } else {
      await api('POST', '/profile', { type: 'password', value: need('password', 'password') });
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
    throw Object.assign(new Error('Enter an email or phone number to get a verification code.'), {
      field: 'username',
    });
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
      throw Object.assign(new Error('Signing in with a verification code is not enabled for this identifier.'), {
        field: 'username',
      });
    }
    return sendCodeStep(identifier);
  }
  if (step === 'code') {
    await sendCode(pending.identifier);
    $('code').value = '';
    showNotice(`A new code is on its way to ${pending.identifier.value}.`);
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
    const field = error.field ?? fieldFor[error.code];
    // A field that is not on screen cannot take focus: fall back to the button.
    const visible = field && !$(field).closest('[hidden]') ? field : undefined;
    // Enable first: a disabled button cannot hold focus, and focus must not fall to the page.
    button.disabled = false;
    showError(error.message, visible);
    if (!visible) button.focus();
  } finally {
    busy = false;
    if (step !== 'done') button.disabled = false;
  }
}

async function socialSignIn(connectorId, button) {
  await run(async () => {
    await started;
    const { authorizationUri } = await api('POST', `/verification/social/${connectorId}/authorization-uri`, {
      state: crypto.randomUUID(),
      redirectUri: `${location.origin}/callback/${connectorId}`,
    });
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

if (query.get('login_hint')) $('username').value = query.get('login_hint');
// Every later call waits for this one, which binds the interaction to its event.
let started = api('PUT', '', { interactionEvent: mode }).catch((error) => showError(error.message));

async function loadSettings() {
  try {
    const response = await fetch('/api/.well-known/sign-in-exp', { credentials: 'same-origin' });
    if (response.ok) settings = await response.json();
  } catch {
    // The defaults (username and password) still work.
  }
  if (mode === 'Register' && !canRegister() && canSignIn()) mode = 'SignIn';
  if (mode === 'SignIn' && !canSignIn() && canRegister()) mode = 'Register';
  if (mode !== flow) {
    flow = mode;
    setEvent(mode);
  }
  applyBranding();
  render();
}

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  run(primary, $('submit'));
});
$('secondary').addEventListener('click', () => run(secondaryAction, $('secondary')));
$('switch').addEventListener('click', switchMode);
$('forgot').addEventListener('click', forgotPassword);
$('back').addEventListener('click', back);
loadSettings();
