import type { Context, Next } from 'koa';
import { readFormBody } from '../http/form-body.js';
import { RequestError } from '../http/request-error.js';

const formLimitBytes = 64 * 1024;
/** Logto's mark on a `state` the account center made: its callback goes back to the account page. */
export const accountCenterStatePrefix = 'ac_';

const socialCallback = /^\/callback\/([\w-]{1,128})$/;
const accountCallback = /^\/account\/callback\/social\/([\w-]{1,128})$/;

const readForm = (ctx: Context) =>
  readFormBody(
    ctx,
    formLimitBytes,
    () =>
      new RequestError('oidc.invalid_request', 400, { message: 'Expected a form-encoded callback of at most 64 KiB.' }),
  );

const accountCallbackOf = (connectorId: string, query: URLSearchParams) =>
  `/account/callback/social/${connectorId}?${query.toString()}`;

/**
 * The social callbacks' redirects, as Logto's: a provider answering with
 * `response_mode=form_post` (Apple, and any that is asked to) POSTs the callback, which becomes
 * the same address with the parameters as a query (303, so the browser follows with GET).
 * A `state` starting `ac_` belongs to the account page's linking: `/callback/:connectorId`
 * (GET or POST) sends it on to `/account/callback/social/:connectorId`.
 */
export function createSocialCallbackRedirects() {
  return async (ctx: Context, next: Next) => {
    const social = socialCallback.exec(ctx.path)?.[1];
    const account = accountCallback.exec(ctx.path)?.[1];
    if (!social && !account) return next();
    if (ctx.method === 'POST') {
      const form = await readForm(ctx);
      const toAccount = account ?? (form.get('state')?.startsWith(accountCenterStatePrefix) ? social : undefined);
      ctx.status = 303;
      ctx.set('Cache-Control', 'no-store');
      ctx.redirect(toAccount ? accountCallbackOf(toAccount, form) : `${ctx.path}?${form.toString()}`);
      return undefined;
    }
    const query = new URLSearchParams(ctx.querystring);
    if (social && ctx.method === 'GET' && query.get('state')?.startsWith(accountCenterStatePrefix)) {
      ctx.status = 303;
      ctx.set('Cache-Control', 'no-store');
      ctx.redirect(accountCallbackOf(social, query));
      return undefined;
    }
    return next();
  };
}
