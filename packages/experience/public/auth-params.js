// What the app's authorization request asks of the page beyond the first screen: a magic link
// (`one_time_token` with `login_hint`, Logto's one-time tokens) and `direct_sign_in`.
import { api } from './api.js';
import { extend, t } from './i18n.js';
import { interactionReady, setEvent } from './interaction.js';
import { list } from './settings.js';
import { ssoRedirect } from './sso.js';
import { state } from './state.js';
import { finish, identify, socialSignIn } from './steps.js';

extend({
  en: {
    'notice.magic_link': 'Signing you in…',
    'error.one_time_token.token_not_found': 'This sign-in link is not valid.',
    'error.one_time_token.email_mismatch': 'This sign-in link is not valid.',
    'error.one_time_token.token_consumed': 'This sign-in link has already been used.',
    'error.one_time_token.token_expired': 'This sign-in link has expired.',
    'error.one_time_token.token_revoked': 'This sign-in link has been withdrawn.',
  },
  'zh-CN': {
    'notice.magic_link': '正在登录…',
    'error.one_time_token.token_not_found': '此登录链接无效。',
    'error.one_time_token.email_mismatch': '此登录链接无效。',
    'error.one_time_token.token_consumed': '此登录链接已被使用。',
    'error.one_time_token.token_expired': '此登录链接已过期。',
    'error.one_time_token.token_revoked': '此登录链接已被撤销。',
  },
});

/** The magic link's token, removed from the address (and so from history) before anything else runs. */
export function takeOneTimeToken() {
  const params = new URLSearchParams(location.search);
  const token = params.get('one_time_token');
  if (!token) return undefined;
  params.delete('one_time_token');
  history.replaceState(null, '', `${location.pathname}?${params}`);
  return token;
}

/**
 * Signs in with a magic link, as Logto's page does: the token proves the email; the user
 * holding it signs in, and when there is none the account is created (asking for what sign-up
 * still needs, if anything).
 */
export async function magicLink(token, email) {
  document.getElementById('notice').textContent = t('notice.magic_link');
  document.getElementById('notice').hidden = false;
  await interactionReady();
  const identifier = { type: 'email', value: email };
  const { verificationId } = await api('POST', '/verification/one-time-token/verify', { identifier, token });
  state.pending = { identifier, verificationId };
  try {
    await api('POST', '/identification', { verificationId });
  } catch (error) {
    if (error.code !== 'user.user_not_exist') throw error;
    state.mode = 'Register';
    state.flow = 'Register';
    await setEvent('Register');
    if (!(await identify(verificationId))) return;
  }
  await finish();
}

/**
 * `direct_sign_in=social:<target>`: straight to that social connector when the settings offer
 * it; `sso:<connector id>`: straight to that enterprise SSO connector's provider (while single
 * sign-on is on and the connector is set up). Anything else leaves the first screen as is.
 */
export function directSignIn(value, runStep) {
  const [method, target] = (value ?? '').split(':');
  if (method === 'sso' && target && list(state.settings.ssoConnectors).some((c) => c.id === target)) {
    runStep(() => ssoRedirect(target));
    return;
  }
  if (method !== 'social' || !target) return;
  const connector = list(state.settings.socialConnectors).find((c) => c.target === target);
  const button = connector && document.querySelector(`.social-button[data-connector-id="${CSS.escape(connector.id)}"]`);
  if (button) socialSignIn(connector.id, button);
}
