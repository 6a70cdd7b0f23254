import type { KoaContextWithOIDC } from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { Logger } from 'pino';
import type { CustomClaims } from './custom-claims.js';
import type { JwtCustomizerKey } from './jwt-customizer.schemas.js';

/** The fields of an access token the hook reads (oidc-provider's AccessToken / ClientCredentials models). */
export interface IssuedToken {
  kind: string;
  jti?: string;
  aud?: string | string[];
  scope?: string;
  clientId?: string;
  accountId?: string;
  expiresWithSession?: boolean;
  grantId?: string;
  gty?: string;
  sessionUid?: string;
  sid?: string;
  resourceServer?: { identifier(): string; audience?: string };
}

/** What the script sees as `context`, read from the stores only when a script is set. */
export interface TokenContextSources {
  /** Logto's user context: the profile plus roles, organizations, organization roles and MFA factors. */
  user: (userId: string) => Promise<Record<string, unknown>>;
  application: (clientId: string) => Promise<Record<string, unknown> | undefined>;
  organization: (organizationId: string) => Promise<Record<string, unknown> | undefined>;
  /** The organization an organization token (or an organization-scoped API token) is for. */
  organizationIdOf: (ctx: KoaContextWithOIDC, token: IssuedToken) => string | undefined;
}

/** The outcome of a run, kept on the request for the token exchange's audit entry. */
export interface CustomClaimsRun {
  tokenType: JwtCustomizerKey;
  result: 'Success' | 'Error';
  errorKind?: string;
}

const stateKey = 'tesseraCustomClaims';

export function customClaimsRunOf(ctx: KoaContextWithOIDC): CustomClaimsRun | undefined {
  return (ctx.state as Record<string, unknown> | undefined)?.[stateKey] as CustomClaimsRun | undefined;
}

const keyOfKind: Record<string, JwtCustomizerKey> = {
  AccessToken: 'jwt.accessToken',
  ClientCredentials: 'jwt.clientCredentials',
};

/** Logto's raw token payload (`token` in the script): the model's fields, no secrets. */
function tokenPayload(token: IssuedToken): Record<string, unknown> {
  const aud = token.aud ?? token.resourceServer?.audience ?? token.resourceServer?.identifier();
  const payload: Record<string, unknown> = {
    jti: token.jti,
    aud,
    scope: token.scope,
    clientId: token.clientId,
    accountId: token.accountId,
    expiresWithSession: token.expiresWithSession,
    grantId: token.grantId,
    gty: token.gty,
    sessionUid: token.sessionUid,
    sid: token.sid,
    kind: token.kind,
  };
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
}

/**
 * The custom claims step of `extraTokenClaims`: for an access token (user tokens by
 * authorization code or refresh token, organization tokens) or a client credentials token, runs
 * the configured script and answers its claims. Logto's failure rules: `api.denyAccess(message)`
 * refuses the token with `access_denied`; any other failure refuses it with `invalid_request`
 * when `blockIssuanceOnError` is true, and issues it without the extra claims otherwise.
 */
export function createCustomClaimsHook(deps: {
  customClaims: CustomClaims;
  sources: TokenContextSources;
  logger: Logger;
}) {
  const { customClaims, sources } = deps;

  async function contextFor(ctx: KoaContextWithOIDC, token: IssuedToken): Promise<Record<string, unknown>> {
    const application = token.clientId ? await sources.application(token.clientId) : undefined;
    if (token.kind === 'ClientCredentials') return { ...(application && { application }) };
    const organizationId = sources.organizationIdOf(ctx, token);
    const [user, organization] = await Promise.all([
      token.accountId ? sources.user(token.accountId) : undefined,
      organizationId ? sources.organization(organizationId) : undefined,
    ]);
    return {
      ...(user && { user }),
      ...(application && { application }),
      ...(organization && { organization }),
    };
  }

  return async (ctx: KoaContextWithOIDC, token: IssuedToken): Promise<Record<string, unknown> | undefined> => {
    const key = keyOfKind[token.kind];
    if (!key) return undefined;
    const config = await customClaims.config(key);
    if (!config) return undefined;
    const outcome = await customClaims.run(config, {
      token: tokenPayload(token),
      context: await contextFor(ctx, token),
    });
    const run: CustomClaimsRun = outcome.ok
      ? { tokenType: key, result: 'Success' }
      : { tokenType: key, result: 'Error', errorKind: outcome.kind };
    (ctx.state as Record<string, unknown>)[stateKey] = run;
    if (outcome.ok) return outcome.value as Record<string, unknown>;
    if (outcome.kind === 'denied') throw new errors.AccessDenied(outcome.message);
    if (config.value.blockIssuanceOnError === true)
      throw new errors.InvalidRequest(`Custom claims script error: ${outcome.kind}`);
    deps.logger.warn(
      { tokenType: key, kind: outcome.kind, clientId: token.clientId },
      'custom claims script failed: token issued without its claims',
    );
    return undefined;
  };
}

export type CustomClaimsHook = ReturnType<typeof createCustomClaimsHook>;
