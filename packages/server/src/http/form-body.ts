import type { Context } from 'koa';
import type { RequestError } from './request-error.js';

/**
 * Reads an `application/x-www-form-urlencoded` body of at most `limitBytes` (a browser's form
 * post: provider callbacks, SAML bindings); anything else is refused with `error()`.
 */
export async function readFormBody(
  ctx: Context,
  limitBytes: number,
  error: () => RequestError,
): Promise<URLSearchParams> {
  if (!/^application\/x-www-form-urlencoded/i.test(ctx.get('content-type'))) throw error();
  let text = '';
  for await (const chunk of ctx.req) {
    text += String(chunk);
    if (text.length > limitBytes) throw error();
  }
  return new URLSearchParams(text);
}
