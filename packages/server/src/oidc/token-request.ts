import { parse as parseQuery, stringify } from 'node:querystring';
import type { Context, Next } from 'koa';
import { type ApplicationsService, hasSecrets } from '../applications/index.js';
import type { ResourcesStore } from '../resources/index.js';
import type { RolesStore } from '../roles/index.js';
import { organizationContextOf } from './organization-resource.js';
import type { Refusal } from './organization-token-request.js';

const bodyLimit = 56 * 1024;
const clientEndpoints = new Set(['/oidc/token', '/oidc/token/introspection', '/oidc/token/revocation']);

type Body = Record<string, string | string[] | undefined>;

function oauthError(ctx: Context, status: number, error: string, description: string): void {
  ctx.status = status;
  ctx.body = { code: `oidc.${error}`, message: description, error, error_description: description };
}

async function readBody(ctx: Context): Promise<Body | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > bodyLimit) return undefined;
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.includes('\0')) return undefined;
  if (ctx.is('application/json')) {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
    return Object.fromEntries(
      Object.entries(json).map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : String(value)]),
    );
  }
  return parseQuery(text) as Body;
}

function basicCredentials(header: string): { id: string; secret: string } | undefined {
  if (!header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return {
      id: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, '%20')),
      secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, '%20')),
    };
  } catch {
    return undefined;
  }
}

const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

/**
 * Runs before the provider on the endpoints where clients authenticate. It accepts JSON
 * bodies as well as forms (as Logto does), lets Traditional and M2M apps send their secret
 * in the body or the Basic header, accepts any of an app's valid secrets, splits
 * `resource=a,b`, and fills in Logto's client-credentials rules.
 */
export function createTokenRequestNormalizer(deps: {
  applications: ApplicationsService;
  resources: ResourcesStore;
  roles: RolesStore;
  /** `organization_id` on token requests (organization-token-request.ts). */
  organizationTokens: (
    ctx: Context,
    body: Body,
    client: { id: string; authenticated: boolean } | undefined,
  ) => Promise<Refusal | undefined>;
}) {
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'POST' || !clientEndpoints.has(ctx.path)) return next();
    if (!ctx.is('application/x-www-form-urlencoded', 'application/json')) return next();
    let body: Body | undefined;
    try {
      body = await readBody(ctx);
    } catch {
      body = undefined;
    }
    if (!body) return oauthError(ctx, 400, 'invalid_request', 'the request body could not be parsed');

    const fromHeader = basicCredentials(ctx.get('authorization'));
    const id = fromHeader?.id ?? (typeof body.client_id === 'string' ? body.client_id : undefined);
    const secret = fromHeader?.secret ?? (typeof body.client_secret === 'string' ? body.client_secret : undefined);
    const client = id ? await deps.applications.findClient(id) : undefined;
    // Public clients authenticate with their id alone; confidential ones once a valid secret matched.
    let authenticated = client !== undefined && !hasSecrets(client.type);
    if (client && secret !== undefined && client.secrets.length > 0) {
      // The provider knows one secret per client: present the primary one when any valid one matched.
      authenticated = deps.applications.matchSecret(client, secret);
      const presented = authenticated ? (client.secrets[0] as string) : secret;
      ctx.req.headers.authorization = `Basic ${Buffer.from(`${encode(client.id)}:${encode(presented)}`).toString('base64')}`;
      delete body.client_secret;
      delete body.client_id;
    }

    if (typeof body.resource === 'string' && body.resource.includes(',')) body.resource = body.resource.split(',');

    if (ctx.path === '/oidc/token') {
      const refusal = await deps.organizationTokens(ctx, body, client && { id: client.id, authenticated });
      if (refusal) {
        oauthError(ctx, refusal.status, refusal.error, refusal.description);
        if (refusal.scope) (ctx.body as Record<string, unknown>).scope = refusal.scope;
        return;
      }
    }

    if (
      ctx.path === '/oidc/token' &&
      body.grant_type === 'client_credentials' &&
      client &&
      !organizationContextOf(ctx)
    ) {
      if (!body.resource && !body.organization_id) {
        const fallback = await deps.resources.findDefault();
        if (!fallback) {
          return oauthError(ctx, 400, 'invalid_target', 'both `resource` and `organization_id` are not provided');
        }
        body.resource = fallback.indicator;
      }
      // No scope asked for: grant everything the app's roles hold on that resource.
      if (!body.scope && typeof body.resource === 'string') {
        const resource = await deps.resources.findByIndicator(body.resource);
        if (resource) body.scope = (await deps.roles.applicationScopeNames(client.id, resource.id)).join(' ');
      }
    }

    (ctx.req as { body?: unknown }).body = parseQuery(stringify(body));
    ctx.req.headers['content-type'] = 'application/x-www-form-urlencoded';
    return next();
  };
}
