// Enterprise single sign-on on the sign-in page: an email whose domain belongs to a company's
// connector goes straight to that company's provider; the "Single sign-on" screen asks for the
// work email only (`first_screen=single_sign_on`); `direct_sign_in=sso:<id>` goes to the
// provider at once; the provider comes back to /callback/sso/<id>, which finishes the sign-in.
import { api, requestJson } from './api.js';
import { base, pagePath } from './base.js';
import { showNotice } from './errors.js';
import { extend, language, t } from './i18n.js';
import { interactionReady, setEvent } from './interaction.js';
import { state } from './state.js';
import { finish, identify } from './steps.js';

extend({
  en: {
    'title.single_sign_on': 'Single sign-on',
    'intro.single_sign_on': 'Enter your work email to continue with your company’s sign-in.',
    'field.work_email': 'Work email',
    'action.single_sign_on': 'Single sign-on',
    'action.continue_single_sign_on': 'Continue with single sign-on',
    'notice.sso_redirect': 'Taking you to your company’s sign-in…',
    'notice.sso_finishing': 'Finishing the sign-in…',
    'error.sso_no_connector': 'Single sign-on is not set up for this email domain.',
    'error.session.connector_state_mismatch': 'This sign-in did not start here. Start again.',
    'error.connector.authorization_failed': 'Your company’s sign-in was refused. Try again.',
  },
  'zh-CN': {
    'title.single_sign_on': '单点登录',
    'intro.single_sign_on': '输入你的工作邮箱，继续使用公司的登录方式。',
    'field.work_email': '工作邮箱',
    'action.single_sign_on': '单点登录',
    'action.continue_single_sign_on': '通过单点登录继续',
    'notice.sso_redirect': '正在前往你公司的登录页面…',
    'notice.sso_finishing': '正在完成登录…',
    'error.sso_no_connector': '此邮箱域名尚未配置单点登录。',
    'error.session.connector_state_mismatch': '此次登录并非从这里开始，请重新开始。',
    'error.connector.authorization_failed': '你公司的登录未通过，请重试。',
  },
});

const callbackPath = /^\/callback\/sso\/([\w-]{1,128})$/;

/** The connector id when this page is the provider's callback. */
export const ssoCallbackConnector = () => callbackPath.exec(pagePath())?.[1];

/** `first_screen=single_sign_on` opens /single-sign-on: the work email form. */
export const opensSingleSignOn = () => pagePath().startsWith('/single-sign-on');

export const ssoEnabled = () => state.settings.singleSignOnEnabled === true;

/** The connectors for the email's domain (none while single sign-on is off). */
async function connectorsFor(email) {
  const { connectorIds } = await requestJson(
    `${base}/api/experience/sso-connectors?email=${encodeURIComponent(email)}`,
    { credentials: 'same-origin' },
  );
  return Array.isArray(connectorIds) ? connectorIds : [];
}

/** Off to the provider: its session is kept in the interaction, the callback page finishes. */
export async function ssoRedirect(connectorId) {
  await interactionReady();
  const { authorizationUri } = await api('POST', `/verification/sso/${connectorId}/authorization-uri`, {
    state: crypto.randomUUID(),
    redirectUri: `${location.origin}${base}/callback/sso/${connectorId}`,
  });
  try {
    sessionStorage.setItem('tessera.language', language());
  } catch {
    // Storage may be off; the callback page then chooses by itself.
  }
  showNotice(t('notice.sso_redirect'));
  state.step = 'done';
  location.assign(authorizationUri);
}

/** At the identifier step: an email of a company with single sign-on goes to its provider. */
export async function ssoForEmail(identifier) {
  if (!ssoEnabled() || identifier.type !== 'email') return false;
  const [connectorId] = await connectorsFor(identifier.value);
  if (!connectorId) return false;
  await ssoRedirect(connectorId);
  return true;
}

/** The "Single sign-on" screen's button: the work email must belong to a connector. */
export async function ssoEmailStep() {
  const email = document.getElementById('username').value.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw Object.assign(new Error(t('input.invalid_email')), { field: 'username' });
  const [connectorId] = await connectorsFor(email);
  if (!connectorId) throw Object.assign(new Error(t('error.sso_no_connector')), { field: 'username' });
  await ssoRedirect(connectorId);
}

/**
 * The provider's callback: the answer leaves the address bar, is verified, then the person is
 * signed in, or (a new identity) registered, as Logto's page does.
 */
export async function finishSsoCallback(connectorId) {
  const connectorData = Object.fromEntries(new URLSearchParams(location.search));
  // The console's "Test connection": its page shows what the provider answered.
  if (String(connectorData.state ?? '').startsWith('ssotest.')) {
    location.replace(`/console/enterprise-sso/${encodeURIComponent(connectorId)}/test${location.search}`);
    return;
  }
  history.replaceState(null, '', `${base}/sign-in`);
  showNotice(t('notice.sso_finishing'));
  const { verificationId } = await api('POST', `/verification/sso/${connectorId}/verify`, { connectorData });
  state.pending = { verificationId };
  try {
    await api('POST', '/identification', { verificationId });
  } catch (error) {
    if (error.code !== 'user.identity_not_exist') throw error;
    state.mode = 'Register';
    state.flow = 'Register';
    await setEvent('Register');
    if (!(await identify(verificationId))) return;
  }
  await finish();
}
