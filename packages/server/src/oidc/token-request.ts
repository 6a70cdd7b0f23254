import type { Context, Next } from 'koa';

const bodyLimit = 56 * 1024;
const clientEndpoints = new Set(
  ['/oidc', '/admin/oidc'].flatMap((mount) => [
    `${mount}/token`,
    `${mount}/token/introspection`,
    `${mount}/token/revocation`,
  ]),
);

type Fields = Record<string, string | string[]>;

function invalidRequest(ctx: Context): void {
  const description = 'the request body could not be parsed';
  ctx.status = 400;
  ctx.body = {
    code: 'oidc.invalid_request',
    message: description,
    error: 'invalid_request',
    error_description: description,
  };
}

async function readJsonFields(ctx: Context): Promise<Fields | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > bodyLimit) return undefined;
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.includes('\0')) return undefined;
  const json: unknown = JSON.parse(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : String(value)]),
  );
}

/**
 * Logto also takes JSON bodies where clients authenticate; oidc-provider reads only forms there.
 * A JSON body is read here and handed over as form fields through the provider's fallback for an
 * already-read body. Form bodies (what OAuth clients send) are not touched: the provider reads
 * them and authenticates the client itself.
 */
export async function jsonTokenRequests(ctx: Context, next: Next) {
  if (ctx.method !== 'POST' || !clientEndpoints.has(ctx.path) || !ctx.is('application/json')) return next();
  let fields: Fields | undefined;
  try {
    fields = await readJsonFields(ctx);
  } catch {
    fields = undefined;
  }
  if (!fields) return invalidRequest(ctx);
  (ctx.request as { body?: unknown }).body = fields;
  ctx.req.headers['content-type'] = 'application/x-www-form-urlencoded';
  return next();
}
