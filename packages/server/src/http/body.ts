import type { Context } from 'koa';
import { RequestError } from './request-error.js';

const limitBytes = 256 * 1024;

/** Reads a JSON body once, with a size limit; every failure is a 400 with a code. */
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
    const type = ctx.get('content-type');
    // The media type itself, not a parameter: `text/plain; x=json` is what a cross-site form or
    // a no-CORS fetch can send, and it must not pass for JSON.
    const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type && essence !== 'application/json' && !/^application\/[\w.-]+\+json$/.test(essence))
      throw new RequestError('guard.unsupported_media_type', 415);
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new RequestError('guard.invalid_json', 400, { details: (error as Error).message });
    }
  }
  state.jsonBody = parsed;
  return parsed;
}
