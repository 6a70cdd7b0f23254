// The built-in demo app at /demo-app (client id `demo-app`): signs in through the hosted pages
// and shows the ID token claims and user info, then signs out. The OIDC side is demo-app-oidc.js.
import { completeSignIn, currentSession, forwardedParams, signIn, signOut } from './demo-app-oidc.js';
import { choose, extend, t } from './i18n.js';

extend({
  en: {
    'demo.title': 'Demo app',
    'demo.intro':
      "Sign in to try this server's sign-in experience. After signing in, this page shows your ID token claims and your user info.",
    'demo.sign_in': 'Sign in',
    'demo.sign_out': 'Sign out',
    'demo.id_token_claims': 'ID token claims',
    'demo.user_info': 'User info',
    'demo.signed_in': 'Signed in as {name}.',
    'demo.signed_out': 'You are signed out.',
    'demo.working': 'Please wait…',
    'demo.failed': 'Sign-in did not complete ({reason}). Try again.',
  },
  'zh-CN': {
    'demo.title': '演示应用',
    'demo.intro': '登录以体验此服务器的登录流程。登录后，此页面会显示你的 ID 令牌声明和用户信息。',
    'demo.sign_in': '登录',
    'demo.sign_out': '退出登录',
    'demo.id_token_claims': 'ID 令牌声明',
    'demo.user_info': '用户信息',
    'demo.signed_in': '已登录：{name}。',
    'demo.signed_out': '你已退出登录。',
    'demo.working': '请稍候…',
    'demo.failed': '登录未完成（{reason}）。请重试。',
  },
});

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
choose({ requested: [...(query.get('ui_locales') ?? '').split(/\s+/), ...(navigator.languages ?? [])] });
for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
document.title = t('demo.title');

/** One table row per claim: its name, and its value (JSON when it is not a string). */
function fillTable(id, values) {
  const body = $(id).tBodies[0];
  body.replaceChildren(
    ...Object.entries(values ?? {}).map(([name, value]) => {
      const row = document.createElement('tr');
      const header = document.createElement('th');
      header.scope = 'row';
      header.textContent = name;
      const cell = document.createElement('td');
      cell.textContent = typeof value === 'string' ? value : JSON.stringify(value);
      row.append(header, cell);
      return row;
    }),
  );
}

function show(session, error) {
  $('signed-in').hidden = !session;
  $('signed-out').hidden = Boolean(session);
  $('error').hidden = !error;
  $('error').textContent = error ? t('demo.failed', { reason: error }) : '';
  if (session) {
    fillTable('claims', session.claims);
    fillTable('user-info', session.userInfo);
    const { username, name, email } = session.userInfo ?? {};
    $('status').textContent = t('demo.signed_in', { name: username ?? name ?? email ?? session.claims.sub });
  } else {
    $('status').textContent = error ? '' : t('demo.signed_out');
  }
}

const enable = (enabled) => {
  for (const id of ['sign-in', 'sign-out']) $(id).disabled = !enabled;
};

/**
 * Runs an action with both buttons disabled, showing what went wrong if it fails. An action that
 * leaves the page (sign-in, sign-out) keeps them disabled until the browser is gone.
 */
async function act(action, { leaves = true } = {}) {
  enable(false);
  $('status').textContent = t('demo.working');
  try {
    await action();
    if (!leaves) enable(true);
  } catch (error) {
    show(currentSession(), error instanceof Error ? error.message : String(error));
    enable(true);
  }
}

$('sign-in').addEventListener('click', () =>
  act(() =>
    signIn(Object.fromEntries(forwardedParams.filter((name) => query.get(name)).map((n) => [n, query.get(n)]))),
  ),
);
$('sign-out').addEventListener('click', () => act(signOut));

if (query.has('code') || query.has('error')) {
  // The provider's answer: redeem it, then drop it from the address (a reload must not replay it).
  const answer = query;
  history.replaceState(null, '', location.pathname);
  act(async () => show(await completeSignIn(answer)), { leaves: false });
} else {
  // After sign-out the provider comes back with only `state`; forwarded parameters stay for the next sign-in.
  if (query.has('state')) history.replaceState(null, '', location.pathname);
  show(currentSession());
}
