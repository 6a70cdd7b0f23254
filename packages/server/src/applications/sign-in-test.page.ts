import type { Context, Next } from 'koa';
import { escapeHtml, page } from '../http/html.js';
import { signInTestCallbackPath } from './sign-in-tests.schemas.js';
import type { SignInTestRefusal, SignInTestsService } from './sign-in-tests.service.js';

const phrases = {
  en: {
    title: 'Sign-in test not completed',
    unknown: 'This sign-in test link is not valid. Start a new test from the application’s page in the console.',
    used: 'This sign-in test has already been completed; its result is in the console.',
    expired:
      'This sign-in test has expired (a test lasts 10 minutes). Start a new one from the application’s page in the console.',
    back: 'Back to the console',
    result: 'See the result',
  },
  'zh-CN': {
    title: '登录测试未完成',
    unknown: '此登录测试链接无效。请在控制台的应用页面重新开始测试。',
    used: '此登录测试已经完成，结果可在控制台查看。',
    expired: '此登录测试已过期（每次测试有效 10 分钟）。请在控制台的应用页面重新开始。',
    back: '返回控制台',
    result: '查看结果',
  },
} satisfies Record<string, Record<SignInTestRefusal | 'title' | 'back' | 'result', string>>;

/** Simplified Chinese when the browser prefers Chinese over English, else English. */
function languageOf(acceptLanguage: string): keyof typeof phrases {
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', weight] = part.trim().split(/;\s*q=/);
      return { base: tag.split('-')[0]?.toLowerCase(), q: weight === undefined ? 1 : Number(weight) };
    })
    .filter((entry) => entry.q > 0 && (entry.base === 'zh' || entry.base === 'en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.base === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Where this server's own provider answers over loopback: the port this request came in on, and
 * 127.0.0.1 when the server listens on every interface (else the one host it listens on).
 */
export function loopbackProviderUrl(ctx: Context, host: string): string {
  const address = ['0.0.0.0', '::', ''].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${address}:${ctx.req.socket.localPort}/oidc`;
}

/** The console's page of the app (and of the test), where its result is shown. */
const consolePath = (applicationId?: string, testId?: string) =>
  ['/console', ...(applicationId ? ['applications', applicationId] : []), ...(testId ? ['sign-in-test', testId] : [])]
    .map((segment, index) => (index === 0 ? segment : encodeURIComponent(segment)))
    .join('/');

/**
 * `GET /console/sign-in-test/callback`: where the provider sends the browser back after a test
 * sign-in (sign-in-tests.service.ts). It redeems the code and goes on to the console page that
 * shows the claims; a link that names no test, or an expired or used one, gets a plain page.
 * Mount it before the console's own pages, which would otherwise serve this path.
 */
export function createSignInTestPage(deps: { signInTests: Pick<SignInTestsService, 'complete'>; host: string }) {
  return async (ctx: Context, next: Next) => {
    if (ctx.path !== signInTestCallbackPath) return next();
    ctx.set('Cache-Control', 'no-store');
    // Only a navigation redeems a test; a HEAD or a prefetch by another method must not.
    if (ctx.method !== 'GET') {
      ctx.status = 405;
      ctx.set('Allow', 'GET');
      return undefined;
    }
    const one = (name: string) => (typeof ctx.query[name] === 'string' ? ctx.query[name] : undefined);
    const outcome = await deps.signInTests.complete(
      {
        state: one('state'),
        code: one('code'),
        error: one('error'),
        errorDescription: one('error_description'),
        iss: one('iss'),
      },
      loopbackProviderUrl(ctx, deps.host),
    );
    if (outcome.redeemed) {
      ctx.status = 303;
      ctx.redirect(consolePath(outcome.applicationId, outcome.testId));
      return undefined;
    }
    const lang = languageOf(ctx.get('accept-language'));
    const text = phrases[lang];
    const link =
      outcome.reason === 'used'
        ? `<a href="${escapeHtml(consolePath(outcome.applicationId, outcome.testId))}">${escapeHtml(text.result)}</a>`
        : `<a href="${escapeHtml(consolePath(outcome.applicationId))}">${escapeHtml(text.back)}</a>`;
    ctx.status = 400;
    ctx.set(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    ctx.type = 'html';
    ctx.body = page(
      text.title,
      `<h1>${escapeHtml(text.title)}</h1>\n<p role="alert" data-reason="${outcome.reason}">${escapeHtml(text[outcome.reason])}</p>\n<p>${link}</p>`,
      { lang, darkMode: true },
    );
    return undefined;
  };
}
