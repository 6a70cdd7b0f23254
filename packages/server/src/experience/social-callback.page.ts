import { randomBytes } from 'node:crypto';
import type { Context, Next } from 'koa';
import { escapeHtml, page } from '../http/html.js';

const formLimitBytes = 64 * 1024;

/**
 * Runs in the browser on the provider's redirect: hands the callback query to the Experience
 * API, identifies (registering when the identity is new, as Logto's pages do), submits and
 * follows `redirectTo`. The code leaves the address bar first. The rules stay on the server.
 */
const script = (connectorId: string) => `(async () => {
  const connectorId = ${JSON.stringify(connectorId).replace(/</g, '\\u003c')};
  const connectorData = Object.fromEntries(new URLSearchParams(location.search));
  history.replaceState(null, '', location.pathname);
  const api = async (method, path, body) => {
    const response = await fetch('/api/experience' + path, {
      method, credentials: 'same-origin',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => undefined);
    if (!response.ok) throw Object.assign(new Error(data?.message ?? 'Request failed (' + response.status + ').'), { code: data?.code });
    return data;
  };
  try {
    const path = '/verification/social/' + encodeURIComponent(connectorId) + '/verify';
    const { verificationId } = await api('POST', path, { connectorData });
    await api('POST', '/identification', { verificationId }).catch(async (error) => {
      if (error.code !== 'user.identity_not_exist') throw error;
      await api('PUT', '/interaction-event', { interactionEvent: 'Register' });
      await api('POST', '/identification', { verificationId });
    });
    const { redirectTo } = await api('POST', '/submit');
    location.replace(redirectTo);
  } catch (error) {
    document.getElementById('title').textContent = 'Sign-in failed';
    const status = document.getElementById('status');
    status.textContent = error.message;
    status.className = 'error';
    status.dataset.code = error.code ?? '';
  }
})();`;

async function readForm(ctx: Context): Promise<URLSearchParams | undefined> {
  if (!/^application\/x-www-form-urlencoded/i.test(ctx.get('content-type'))) return undefined;
  let text = '';
  for await (const chunk of ctx.req) {
    text += String(chunk);
    if (text.length > formLimitBytes) return undefined;
  }
  return new URLSearchParams(text);
}

/**
 * `/callback/:connectorId`, outside /api as in Logto: the redirect URI registered at the
 * provider. GET serves the page above; POST (providers answering with `response_mode=form_post`)
 * is turned into the same GET.
 */
export function createSocialCallbackPage() {
  return async (ctx: Context, next: Next) => {
    const match = /^\/callback\/([\w-]{1,128})$/.exec(ctx.path);
    if (!match?.[1]) return next();
    const connectorId = match[1];
    if (ctx.method === 'POST') {
      const form = await readForm(ctx);
      if (!form) {
        ctx.status = 400;
        ctx.body = { code: 'guard.invalid_input', message: 'Expected a form-encoded callback.' };
        return undefined;
      }
      ctx.status = 303;
      ctx.redirect(`/callback/${connectorId}?${form.toString()}`);
      return undefined;
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const nonce = randomBytes(16).toString('base64');
    ctx.set(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    );
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = page(
      'Signing in',
      `<h1 id="title">Signing in…</h1>\n<p id="status" role="status" aria-live="polite">Finishing the sign-in with ${escapeHtml(connectorId)}.</p>`,
      { nonce, script: script(connectorId) },
    );
    return undefined;
  };
}
