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

function showError(text) {
  const box = $('error');
  box.textContent = text;
  box.hidden = !text;
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
    showError(!username ? 'Enter your username.' : 'Enter your password.');
    (!username ? $('username') : $('password')).focus();
    return;
  }
  $('submit').disabled = true;
  try {
    const identifier = { type: 'username', value: username };
    const path = mode === 'Register' ? '/verification/new-password-identity' : '/verification/password';
    const { verificationId } = await api('POST', path, { identifier, password });
    await api('POST', '/identification', { verificationId });
    const { redirectTo } = await api('POST', '/submit');
    location.assign(redirectTo);
  } catch (error) {
    showError(error.message);
    $('submit').disabled = false;
  }
}

async function switchMode() {
  mode = mode === 'Register' ? 'SignIn' : 'Register';
  history.replaceState(null, '', `/${mode === 'Register' ? 'register' : 'sign-in'}${location.search}`);
  render();
  showError('');
  await api('PUT', '/interaction-event', { interactionEvent: mode }).catch((error) => showError(error.message));
}

render();
if (query.get('login_hint')) $('username').value = query.get('login_hint');
$('form').addEventListener('submit', submit);
$('switch').addEventListener('click', switchMode);
api('PUT', '', { interactionEvent: mode }).catch((error) => showError(error.message));
