import { randomBytes } from 'node:crypto';
import type { Context, Next } from 'koa';
import { matchLanguage, parseAcceptLanguage } from '../http/accept-language.js';
import { escapeHtml, page } from '../http/html.js';
import type { PublicSignInExperience, SignInExperienceService } from '../sign-in-experience/index.js';
import { linkFormHtml, linkFormScript } from './social-callback-link.js';

/** The page's phrases; `{name}` placeholders are filled in the browser. */
const phrases = {
  en: {
    signingIn: 'Signing in…',
    finishing: 'Finishing the sign-in with {connector}.',
    failed: 'Sign-in failed',
    linkTitle: 'Link your account',
    linkQuestion:
      'This {connector} account is not linked to an account here yet. Already have one? Sign in to it to link them, or create a new account.',
    link: 'Link account',
    register: 'Create a new account',
    linkSignIn: 'Sign in to your existing account to link your {connector} account to it.',
    identifier: 'Email, phone number or username',
    password: 'Password',
    code: 'Verification code',
    linkSubmit: 'Sign in and link',
    sendCode: 'Send me a code instead',
    codeSent: 'A code was sent to {to}.',
    codeNeedsAddress: 'Enter an email address or phone number to get a code.',
  },
  'zh-CN': {
    signingIn: '正在登录…',
    finishing: '正在完成通过 {connector} 的登录。',
    failed: '登录失败',
    linkTitle: '绑定账号',
    linkQuestion: '该 {connector} 账号尚未绑定到任何账号。已有账号？登录该账号即可绑定，或创建新账号。',
    link: '绑定账号',
    register: '创建新账号',
    linkSignIn: '登录你已有的账号，以绑定你的 {connector} 账号。',
    identifier: '邮箱、手机号或用户名',
    password: '密码',
    code: '验证码',
    linkSubmit: '登录并绑定',
    sendCode: '改为发送验证码',
    codeSent: '验证码已发送至 {to}。',
    codeNeedsAddress: '请输入邮箱或手机号以获取验证码。',
    'session.invalid_credentials': '账号或密码错误，请检查后重试。',
    'user.suspended': '该账号已被停用，请联系管理员。',
    'user.sign_up_not_allowed': '当前不允许创建新账号。',
    'user.identity_already_in_use': '该账号已绑定其他用户，请直接登录。',
    'user.email_already_in_use': '该邮箱已关联其他账号，请直接登录。',
    'user.phone_already_in_use': '该手机号已关联其他账号，请直接登录。',
    'session.interaction_not_found': '登录会话已过期，请返回应用重新开始。',
    'session.verification_failed': '验证未通过，请返回重试。',
  },
} as const;
type Language = keyof typeof phrases;
const languages = Object.keys(phrases) as Language[];

/** The browser's languages (Accept-Language, by weight) when the settings auto-detect, else the fallback. */
function serverLanguage(acceptLanguage: string, info: PublicSignInExperience['languageInfo'] | undefined): Language {
  const requested = info?.autoDetect !== false ? parseAcceptLanguage(acceptLanguage) : [];
  return matchLanguage([...requested, info?.fallbackLanguage ?? 'en'], languages) ?? 'en';
}

interface PageConfig {
  connectorId: string;
  names: Record<string, string>;
  language: Language;
  phrases: typeof phrases;
  canRegister: boolean;
  primaryColor?: string;
  darkPrimaryColor?: string;
}

/**
 * Runs in the browser on the provider's redirect: hands the callback query to the Experience
 * API, identifies, submits and follows `redirectTo`. When the identity is new (422
 * `user.identity_not_exist`) it always asks the same question, whoever holds the provider's
 * e-mail or phone: link it to an existing account, which takes signing in to that account
 * first (password or a code sent to it), or (when sign-up is allowed) create a new one. The
 * code leaves the address bar first. A new account still missing custom profile fields goes to
 * the sign-in page's fields step (`/register?resume=extra`), which submits. The language is the one the sign-in page chose
 * (sessionStorage), else the server's choice.
 */
const script = (config: PageConfig) => `(async () => {
  const config = ${JSON.stringify(config).replace(/</g, '\\u003c')};
  const connectorData = Object.fromEntries(new URLSearchParams(location.search));
  history.replaceState(null, '', location.pathname);
  const $ = (id) => document.getElementById(id);
  let stored;
  try { stored = sessionStorage.getItem('tessera.language'); } catch {}
  const language = stored && Object.hasOwn(config.phrases, stored) ? stored : config.language;
  document.documentElement.lang = language;
  const t = (key, vars = {}) => (config.phrases[language][key] ?? config.phrases.en[key] ?? '')
    .replace(/\\{(\\w+)\\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
  const base = language.split('-')[0];
  const connector = config.names[language] ?? config.names[base] ?? config.names.en ?? Object.values(config.names)[0] ?? config.connectorId;
  // The brand colours, as the sign-in page sets them (branding.js): the text on them is black or
  // white, whichever reads better; the dark one applies only when style.css turns the page dark.
  const readableOn = (hex) => {
    let digits = hex.slice(1);
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const [r, g, b] = [0, 2, 4].map((i) => {
      const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#000' : '#fff';
  };
  for (const [name, color] of [['brand', config.primaryColor], ['brand-dark', config.darkPrimaryColor]]) {
    if (!/^#[\\dA-Fa-f]{3,8}$/.test(color ?? '')) continue;
    document.documentElement.style.setProperty('--' + name, color);
    document.documentElement.style.setProperty('--on-' + name, readableOn(color));
  }
  const title = (text) => { $('title').textContent = text; document.title = text; };
  title(t('signingIn'));
  $('status').textContent = t('finishing', { connector });
  $('link').textContent = t('link');
  $('register').textContent = t('register');
  const api = async (method, path, body) => {
    const response = await fetch('/api/experience' + path, {
      method, credentials: 'same-origin',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => undefined);
    if (!response.ok) throw Object.assign(new Error(data?.message ?? 'Request failed (' + response.status + ').'), { code: data?.code, data: data?.data });
    return data;
  };
  const register = async (verificationId) => {
    await api('PUT', '/interaction-event', { interactionEvent: 'Register' });
    await api('POST', '/identification', { verificationId });
  };
  /** "Link account" or "Create a new account": resolves with the one pressed. */
  const ask = () => new Promise((resolve) => {
    title(t('linkTitle'));
    $('status').textContent = t('linkQuestion', { connector });
    $('register').hidden = !config.canRegister;
    $('choices').hidden = false;
    const choose = (choice) => {
      $('link').disabled = true;
      $('register').disabled = true;
      resolve(choice);
    };
    $('link').addEventListener('click', () => choose('link'), { once: true });
    $('register').addEventListener('click', () => choose('register'), { once: true });
    $('link').focus();
  });${linkFormScript}
  try {
    const path = '/verification/social/' + encodeURIComponent(config.connectorId) + '/verify';
    const { verificationId } = await api('POST', path, { connectorData });
    await api('POST', '/identification', { verificationId }).catch(async (error) => {
      if (error.code !== 'user.identity_not_exist') throw error;
      const choice = await ask();
      if (choice === 'link') await signInToLink(verificationId);
      title(t('signingIn'));
      $('status').textContent = t('finishing', { connector });
      if (choice === 'register') return register(verificationId);
    });
    const { redirectTo } = await api('POST', '/submit').catch((error) => {
      // A new account still needs custom profile fields: the sign-in page asks for them, then submits.
      if (error.code !== 'user.missing_profile' || !(error.data?.missingProfile ?? []).includes('extraProfile')) throw error;
      location.replace('/register?resume=extra');
      return new Promise(() => {});
    });
    location.replace(redirectTo);
  } catch (error) {
    $('choices').hidden = true;
    $('link-form').hidden = true;
    title(t('failed'));
    const status = $('status');
    status.textContent = (error.code && config.phrases[language][error.code]) || error.message;
    status.className = 'error';
    status.setAttribute('role', 'alert');
    status.dataset.code = error.code ?? '';
  }
})();`;

/**
 * The page's settings: the connector's names, the language, whether sign-up is allowed, the
 * brand colours; and, for the server-rendered HTML, whether dark mode is enabled.
 */
async function pageConfig(
  signInExperience: Pick<SignInExperienceService, 'publicView'>,
  connectorId: string,
  acceptLanguage: string,
): Promise<{ config: PageConfig; darkMode: boolean }> {
  const view = await signInExperience.publicView().catch(() => undefined);
  const connector = view?.socialConnectors.find((c) => c.id === connectorId);
  const config: PageConfig = {
    connectorId,
    names: connector?.name ?? {},
    language: serverLanguage(acceptLanguage, view?.languageInfo),
    phrases,
    canRegister: view ? view.signInMode !== 'SignIn' : true,
    primaryColor: view?.color.primaryColor,
    darkPrimaryColor: view?.color.darkPrimaryColor,
  };
  return { config, darkMode: view?.color.isDarkModeEnabled === true };
}

/**
 * `/callback/:connectorId`, outside /api as in Logto: the redirect URI registered at the
 * provider. GET serves the page above; a POST (`response_mode=form_post`) was already turned
 * into the same GET by social-callback.redirects.ts.
 */
export function createSocialCallbackPage(deps: { signInExperience: Pick<SignInExperienceService, 'publicView'> }) {
  return async (ctx: Context, next: Next) => {
    const match = /^\/callback\/([\w-]{1,128})$/.exec(ctx.path);
    if (!match?.[1]) return next();
    const connectorId = match[1];
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const { config, darkMode } = await pageConfig(deps.signInExperience, connectorId, ctx.get('accept-language'));
    const text = phrases[config.language];
    const name = config.names[config.language] ?? config.names.en ?? connectorId;
    const nonce = randomBytes(16).toString('base64');
    ctx.set(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    );
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    const body = [
      '<link rel="stylesheet" href="/sign-in/assets/custom.css">',
      `<h1 id="title">${escapeHtml(text.signingIn)}</h1>`,
      `<p id="status" role="status" aria-live="polite">${escapeHtml(text.finishing.replace('{connector}', name))}</p>`,
      '<div id="choices" hidden>',
      `<button id="link" class="button" type="button">${escapeHtml(text.link)}</button>`,
      `<button id="register" class="button button-secondary" type="button">${escapeHtml(text.register)}</button>`,
      '</div>',
      linkFormHtml(text),
    ].join('\n');
    ctx.body = page(text.signingIn, body, { nonce, script: script(config), lang: config.language, darkMode });
    return undefined;
  };
}
