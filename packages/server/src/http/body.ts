import type { Context, Next } from 'koa';
import { RequestError } from './request-error.js';

const limitBytes = 256 * 1024;
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The media type itself, not a parameter: `text/plain; x=json` is what a cross-site form or a
 * no-CORS fetch can send, and it must not pass for JSON.
 */
function isJsonType(type: string): boolean {
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[\w.-]+\+json$/.test(essence);
}

const carriesBody = (ctx: Context) => ctx.get('transfer-encoding') !== '' || Number(ctx.get('content-length') || 0) > 0;

/**
 * Writes of the cookie-bound Experience API: a declared content type must be JSON, and a body
 * needs one (a form or a no-CORS fetch cannot send `application/json` across sites). A write
 * with neither body nor type (the sign-in page's `POST /submit`) passes.
 */
export async function jsonWrites(ctx: Context, next: Next) {
  if (safeMethods.has(ctx.method)) return next();
  const type = ctx.get('content-type');
  if (type ? !isJsonType(type) : carriesBody(ctx)) throw new RequestError('guard.unsupported_media_type', 415);
  return next();
}

/** Reads a JSON body once, with a size limit; every failure is a 400 or 415 with a code. */
export async function readJsonBody(ctx: Context): Promise<unknown> {
  const state = ctx.state as { jsonBody?: unknown };
  if ('jsonBody' in state) return state.jsonBody;
  const length = Number(ctx.get('content-length') || 0);
  if (length > limitBytes) throw new RequestError('guard.payload_too_large', 413);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new RequestError('guard.payload_too_large', 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let parsed: unknown = {};
  if (text.trim() !== '') {
    // A body without a content type is not JSON either: reading it as such let no-CORS posts in.
    if (!isJsonType(ctx.get('content-type'))) throw new RequestError('guard.unsupported_media_type', 415);
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new RequestError('guard.invalid_json', 400, { details: (error as Error).message });
    }
  }
  state.jsonBody = parsed;
  return parsed;
}
