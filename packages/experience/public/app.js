// The sign-in page: renders the step and calls the Experience API; all rules live on the server.
const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
let mode = location.pathname.startsWith('/register') ? 'Register' : 'SignIn';

const messages = {
  'session.invalid_credentials': 'The username or password is incorrect.',
  'session.verification_blocked_too_many_attempts': 'Too many failed attempts. Wait a few minutes and try again.',
  'session.interaction_not_found': 'This sign-in session has expired. Go back to the application and start again.',
  'user.username_already_in_use': 'This username is already taken. Choose another one or sign in.',
  'user.suspended': 'This account is suspended. Contact the administrator.',
};

// The field an error is about: it is marked invalid, described by the message, and focused.
const fieldFor = {
  'session.invalid_credentials': 'password',
  'user.username_already_in_use': 'username',
};

function showError(text, field) {
  const box = $('error');
  box.textContent = text;
  box.hidden = !text;
  for (const id of ['username', 'password']) {
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

async function api(method, path, body) {
  const response = await fetch(`/api/experience${path}`, {
    method,
    credentials: 'same-origin',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = new Error(messages[data?.code] ?? data?.message ?? `Request failed (${response.status}).`);
    error.code = data?.code;
    throw error;
  }
  return data;
}

function render() {
  const signUp = mode === 'Register';
  document.title = signUp ? 'Create account' : 'Sign in';
  $('title').textContent = signUp ? 'Create account' : 'Sign in';
  $('submit').textContent = signUp ? 'Create account' : 'Sign in';
  $('password').autocomplete = signUp ? 'new-password' : 'current-password';
  $('switch-text').textContent = signUp ? 'Already have an account?' : 'No account yet?';
  $('switch').textContent = signUp ? 'Sign in' : 'Create account';
}

async function submit(event) {
  event.preventDefault();
  showError('');
  const username = $('username').value.trim();
  const password = $('password').value;
  if (!username || !password) {
    showError(!username ? 'Enter your username.' : 'Enter your password.', !username ? 'username' : 'password');
    return;
  }
  $('submit').disabled = true;
  try {
    // A quick submit must not overtake the start of the interaction (it would reset it).
    await started;
    const identifier = { type: 'username', value: username };
    const path = mode === 'Register' ? '/verification/new-password-identity' : '/verification/password';
    const { verificationId } = await api('POST', path, { identifier, password });
    await api('POST', '/identification', { verificationId });
    const { redirectTo } = await api('POST', '/submit');
    location.assign(redirectTo);
  } catch (error) {
    // Enable first: a disabled button cannot hold focus, and focus must not fall to the page.
    $('submit').disabled = false;
    showError(error.message, fieldFor[error.code]);
    if (!fieldFor[error.code]) $('submit').focus();
  }
}

async function switchMode() {
  mode = mode === 'Register' ? 'SignIn' : 'Register';
  history.replaceState(null, '', `/${mode === 'Register' ? 'register' : 'sign-in'}${location.search}`);
  render();
  showError('');
  started = started
    .then(() => api('PUT', '/interaction-event', { interactionEvent: mode }))
    .catch((error) => showError(error.message));
  await started;
}

render();
if (query.get('login_hint')) $('username').value = query.get('login_hint');
// Every later call waits for this one, which binds the interaction to its event.
let started = api('PUT', '', { interactionEvent: mode }).catch((error) => showError(error.message));
$('form').addEventListener('submit', submit);
$('switch').addEventListener('click', switchMode);
