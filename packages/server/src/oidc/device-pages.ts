import type { Context, Next } from 'koa';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { matchLanguage, parseAcceptLanguage } from '../http/accept-language.js';
import { escapeHtml, page } from '../http/html.js';

/**
 * The device flow's pages (RFC 8628): "enter the code", "is this your device?" and "you are signed
 * in", rendered by the server in the sign-in pages' look, with no script at all (a strict CSP).
 * oidc-provider renders them through `features.deviceFlow.*Source`; its own form carries an inline
 * `onfocus` handler, so the forms here are our own, posting the same fields to the same action.
 */

const phrases = {
  en: {
    title: 'Sign in on your device',
    intro: 'Enter the code shown on your device.',
    label: 'Device code',
    continue: 'Continue',
    wrong: 'This code is not right. Check the code on your device and try again.',
    expired: 'This code has expired. Start again on your device to get a new code.',
    used: 'This code was already used. Start again on your device to get a new code.',
    empty: 'Enter the code shown on your device.',
    aborted: 'Sign-in was cancelled. You can close this window.',
    other: 'Something went wrong. Start again on your device.',
    tooMany: 'Too many wrong codes. Wait a few minutes, then try again.',
    confirmTitle: 'Is this your device?',
    confirmIntro: 'Make sure this code matches the one on your device:',
    confirmWarning: 'If you did not start this sign-in, or the code does not match, cancel.',
    confirm: 'Yes, continue',
    abort: 'Cancel',
    successTitle: 'You are signed in',
    success: 'Your device is now signed in. You can close this window and go back to your device.',
  },
  'zh-CN': {
    title: '在设备上登录',
    intro: '请输入设备上显示的代码。',
    label: '设备代码',
    continue: '继续',
    wrong: '代码不正确。请核对设备上的代码后重试。',
    expired: '代码已过期。请在设备上重新开始以获取新代码。',
    used: '代码已被使用。请在设备上重新开始以获取新代码。',
    empty: '请输入设备上显示的代码。',
    aborted: '登录已取消。你可以关闭此窗口。',
    other: '出现问题。请在设备上重新开始。',
    tooMany: '错误代码次数过多。请等待几分钟后重试。',
    confirmTitle: '这是你的设备吗？',
    confirmIntro: '请确认此代码与设备上显示的一致：',
    confirmWarning: '如果不是你发起的登录，或代码不一致，请取消。',
    confirm: '是的，继续',
    abort: '取消',
    successTitle: '登录成功',
    success: '你的设备已登录。你可以关闭此窗口并返回设备。',
  },
} as const;
type Language = keyof typeof phrases;
type Phrases = (typeof phrases)[Language];

/** No script, no framing, forms only to this server. */
const deviceCsp =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function languageOf(ctx: Context): Language {
  const requested = [
    ...String((ctx as KoaContextWithOIDC).oidc?.params?.ui_locales ?? '').split(' '),
    ...parseAcceptLanguage(ctx.get('accept-language')),
  ].filter(Boolean);
  return matchLanguage(requested, ['en', 'zh-CN'] as const) ?? 'en';
}

function render(ctx: Context, status: number, title: (t: Phrases) => string, body: (t: Phrases) => string) {
  const lang = languageOf(ctx);
  const t = phrases[lang];
  ctx.status = status;
  ctx.set('Content-Security-Policy', deviceCsp);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = page(title(t), body(t), { lang });
}

const xsrfOf = (form: string) => /name="xsrf" value="([^"]*)"/.exec(form)?.[1] ?? '';
const actionOf = (form: string) => /action="([^"]*)"/.exec(form)?.[1] ?? '';

/** Which message an error re-rendering the input page shows next to the field. */
function errorMessage(t: Phrases, error: Error | undefined): string | undefined {
  switch (error?.name) {
    case undefined:
      return undefined;
    case 'NotFoundError':
      return t.wrong;
    case 'ExpiredError':
      return t.expired;
    case 'AlreadyUsedError':
      return t.used;
    case 'NoCodeError':
      return t.empty;
    default:
      return t.other;
  }
}

/** The error names that count as a wrong guess of a user code (the rate limit). */
const wrongCodeErrors = new Set(['NotFoundError', 'ExpiredError', 'AlreadyUsedError', 'NoCodeError']);
const wrongCodeKey = Symbol('wrong device code');

export async function userCodeInputSource(
  ctx: KoaContextWithOIDC,
  form: string,
  _out?: unknown,
  error?: Error,
): Promise<void> {
  if (error && wrongCodeErrors.has(error.name)) (ctx.state as Record<symbol, boolean>)[wrongCodeKey] = true;
  if (error?.name === 'AbortedError') {
    render(
      ctx,
      200,
      (t) => t.title,
      (t) => `<h1>${escapeHtml(t.title)}</h1><p role="status">${escapeHtml(t.aborted)}</p>`,
    );
    return;
  }
  const typed = (error as { userCode?: string } | undefined)?.userCode ?? '';
  render(
    ctx,
    200,
    (t) => t.title,
    (t) => {
      const message = errorMessage(t, error);
      const described = message ? ' aria-invalid="true" aria-describedby="user-code-error"' : '';
      return `<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro)}</p>
<form method="post" action="${escapeHtml(actionOf(form))}" novalidate>
<input type="hidden" name="xsrf" value="${escapeHtml(xsrfOf(form))}">
<label for="user-code">${escapeHtml(t.label)}</label>
<input id="user-code" name="user_code" type="text" value="${escapeHtml(typed)}" autocomplete="off" autocapitalize="characters" spellcheck="false" autofocus required${described}>
${message ? `<p id="user-code-error" class="field-error" role="alert">${escapeHtml(message)}</p>` : ''}
<button type="submit">${escapeHtml(t.continue)}</button>
</form>`;
    },
  );
}

export async function userCodeConfirmSource(
  ctx: KoaContextWithOIDC,
  form: string,
  _client: unknown,
  _deviceInfo: unknown,
  userCode: string,
): Promise<void> {
  render(
    ctx,
    200,
    (t) => t.confirmTitle,
    (t) => `<h1>${escapeHtml(t.confirmTitle)}</h1>
<p>${escapeHtml(t.confirmIntro)}</p>
<p class="device-code"><strong>${escapeHtml(userCode)}</strong></p>
<p>${escapeHtml(t.confirmWarning)}</p>
<form method="post" action="${escapeHtml(actionOf(form))}">
<input type="hidden" name="xsrf" value="${escapeHtml(xsrfOf(form))}">
<input type="hidden" name="user_code" value="${escapeHtml(userCode)}">
<button type="submit" name="confirm" value="yes">${escapeHtml(t.confirm)}</button>
<button type="submit" name="abort" value="yes" class="button button-secondary">${escapeHtml(t.abort)}</button>
</form>`,
  );
}

export async function successSource(ctx: KoaContextWithOIDC): Promise<void> {
  render(
    ctx,
    200,
    (t) => t.successTitle,
    (t) => `<h1>${escapeHtml(t.successTitle)}</h1><p role="status">${escapeHtml(t.success)}</p>`,
  );
}

/** A counter per client IP (sentinel/sentinel.ts): counts first, answers from the count. */
export interface UserCodeAttempts {
  attempt(target: string, action: string): Promise<boolean>;
  release(target: string, action: string): Promise<void>;
}

/**
 * User codes are short (8 letters of 20), so guesses are limited per client IP: every code
 * submitted is counted before it is looked up, and given back unless it turned out wrong. Over the
 * limit, the page says so (429) and the code is never looked up.
 */
export function limitUserCodeGuesses(attempts: UserCodeAttempts, path: string) {
  const action = 'device_user_code';
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'POST' || ctx.path !== path) return next();
    if (!(await attempts.attempt(ctx.ip, action))) {
      render(
        ctx,
        429,
        (t) => t.title,
        (t) => `<h1>${escapeHtml(t.title)}</h1><p class="error" role="alert">${escapeHtml(t.tooMany)}</p>`,
      );
      return;
    }
    await next();
    if (!(ctx.state as Record<symbol, boolean>)[wrongCodeKey]) await attempts.release(ctx.ip, action);
  };
}
