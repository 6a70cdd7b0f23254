import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { customClaimsRunOf } from '../jwt-customizer/token-claims.js';
import { compact, errorOf, type LogPayload, requestOrigin } from '../logs/index.js';

/** Logto's `ExchangeTokenBy.*` names of the grant types. */
const exchangeBy: Record<string, string> = {
  authorization_code: 'AuthorizationCode',
  refresh_token: 'RefreshToken',
  client_credentials: 'ClientCredentials',
  'urn:ietf:params:oauth:grant-type:token-exchange': 'TokenExchange',
};

/** Request parameters worth keeping; codes, tokens, verifiers, assertions and secrets never are. */
const keptParams = ['grant_type', 'client_id', 'scope', 'resource', 'organization_id', 'redirect_uri', 'prompt'];

const tokenTypes = ['AccessToken', 'RefreshToken', 'ClientCredentials', 'AuthorizationCode', 'DeviceCode'] as const;

type Entities = Record<string, { [key: string]: unknown } | undefined>;

/** The user a provider context concerns: signed in, or holding the token or code at hand. */
function userIdOf(entities: Entities): unknown {
  return (
    entities.Account?.accountId ??
    entities.AccessToken?.accountId ??
    entities.RefreshToken?.accountId ??
    entities.AuthorizationCode?.accountId ??
    entities.Session?.accountId
  );
}

/** Who and what the provider's context concerns, as Logto's `extractInteractionContext` names them. */
function contextOf(ctx: KoaContextWithOIDC) {
  const oidc = ctx.oidc as KoaContextWithOIDC['oidc'] | undefined;
  const entities = (oidc?.entities ?? {}) as Entities;
  const params = (oidc?.params ?? {}) as Record<string, unknown>;
  const clientId = entities.Client?.clientId ?? params.client_id;
  const userId = userIdOf(entities);
  return compact({
    ...requestOrigin(ctx),
    applicationId: typeof clientId === 'string' ? clientId : undefined,
    userId: typeof userId === 'string' ? userId : undefined,
    sessionId: typeof entities.Session?.uid === 'string' ? (entities.Session.uid as string) : undefined,
    interactionId: typeof entities.Interaction?.uid === 'string' ? (entities.Interaction.uid as string) : undefined,
    params: Object.fromEntries(
      keptParams.filter((name) => params[name] !== undefined).map((name) => [name, params[name]]),
    ),
  });
}

/**
 * Logto's audit entries from the provider's events: interactions starting and ending, every
 * token request (`grant.success` and `grant.error`, by grant type) and revocations. Listeners
 * only queue an entry (logs/log-writer.ts), so they never slow or fail the request.
 */
export function auditProviderEvents(provider: Provider, write: (payload: LogPayload) => void): void {
  const safely = (fn: () => LogPayload) => {
    try {
      write(fn());
    } catch {
      // An audit entry must never break the provider's request.
    }
  };
  provider.on('interaction.started', (ctx: KoaContextWithOIDC, prompt: { name?: string; reasons?: string[] }) =>
    safely(() => ({
      key: 'Interaction.Create',
      result: 'Success',
      ...contextOf(ctx),
      prompt: { name: prompt?.name, reasons: prompt?.reasons },
    })),
  );
  provider.on('interaction.ended', (ctx: KoaContextWithOIDC) =>
    safely(() => ({ key: 'Interaction.End', result: 'Success', ...contextOf(ctx) })),
  );
  const grant = (ctx: KoaContextWithOIDC, error?: unknown) =>
    safely(() => {
      const params = (ctx.oidc?.params ?? {}) as Record<string, unknown>;
      const body = (error ? {} : (ctx.body ?? {})) as Record<string, unknown>;
      const issued = [
        body.access_token && 'AccessToken',
        body.refresh_token && 'RefreshToken',
        body.id_token && 'IdToken',
      ].filter(Boolean);
      return compact({
        key: `ExchangeTokenBy.${exchangeBy[String(params.grant_type)] ?? 'Unknown'}`,
        result: error ? 'Error' : 'Success',
        ...contextOf(ctx),
        tokenTypes: issued,
        scope: typeof body.scope === 'string' ? body.scope : undefined,
        // The custom claims script's outcome (never its claims or environment values).
        customJwt: customClaimsRunOf(ctx),
        error: error ? errorOf(error) : undefined,
      });
    });
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => grant(ctx));
  provider.on('grant.error', (ctx: KoaContextWithOIDC, error: unknown) => grant(ctx, error));
  const revoked = (ctx: KoaContextWithOIDC, grantId?: string, error?: unknown) =>
    safely(() => {
      const entities = (ctx.oidc?.entities ?? {}) as Record<string, unknown>;
      return compact({
        key: 'RevokeToken',
        result: error ? 'Error' : 'Success',
        ...contextOf(ctx),
        grantId,
        tokenTypes: tokenTypes.filter((type) => entities[type] !== undefined),
        error: error ? errorOf(error) : undefined,
      });
    });
  // The revocation endpoint: one entry per token it revoked (the provider revokes the grant only
  // by policy, so `grant.revoked` alone would miss most of them) or per refused request.
  provider.use(async (koaCtx, next) => {
    await next();
    const ctx = koaCtx as unknown as KoaContextWithOIDC;
    if (ctx.oidc?.route !== 'revocation' || ctx.status !== 200) return;
    const entities = ctx.oidc.entities as Record<string, { grantId?: string } | undefined>;
    const token = entities.AccessToken ?? entities.RefreshToken ?? entities.ClientCredentials;
    if (token) revoked(ctx, token.grantId);
  });
  provider.on('revocation.error', (ctx: KoaContextWithOIDC, error: unknown) => revoked(ctx, undefined, error));
  // Grants revoked elsewhere: a reused refresh token, sign-out.
  provider.on('grant.revoked', (ctx: KoaContextWithOIDC, grantId: string) => {
    if (ctx.oidc?.route !== 'revocation') revoked(ctx, grantId);
  });
}

/** The grants that hand a signed-in user tokens: Logto counts the user active for the day. */
const userGrants = new Set(['authorization_code', 'refresh_token']);

/**
 * Logto's daily active users: each successful authorization code or refresh token grant marks its
 * user active. `record` queues the write and never throws (dashboard/activity-recorder.ts).
 */
export function recordActiveUsers(provider: Provider, record: (userId: string) => void): void {
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
    try {
      const params = (ctx.oidc?.params ?? {}) as Record<string, unknown>;
      if (!userGrants.has(String(params.grant_type))) return;
      const userId = userIdOf((ctx.oidc?.entities ?? {}) as Entities);
      if (typeof userId === 'string') record(userId);
    } catch {
      // Counting a user must never break the provider's request.
    }
  });
}
