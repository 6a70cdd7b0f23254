import type { Context, Next } from 'koa';

/**
 * Provider errors answered as JSON carry Logto's extra fields next to the RFC 6749 ones:
 * `{ code: "oidc.<error>", message, error, error_description }`.
 */
export async function oidcErrorShape(ctx: Context, next: Next) {
  await next();
  const body = ctx.body as Record<string, unknown> | undefined;
  if (ctx.status >= 400 && body && typeof body === 'object' && typeof body.error === 'string' && !('code' in body)) {
    const code = body.error === 'session_not_found' ? 'session.not_found' : `oidc.${body.error}`;
    ctx.body = {
      code,
      message: typeof body.error_description === 'string' ? body.error_description : `An OIDC error occurred: ${code}.`,
      ...body,
    };
  }
}
