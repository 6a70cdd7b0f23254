import type { JWK } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { ApplicationsService } from '../applications/index.js';
import type { Config } from '../config/config.js';
import type { IssuedToken } from '../jwt-customizer/token-claims.js';
import type { OrganizationGrantsStore } from '../organizations/index.js';
import type { RealmPlace } from '../realm/realm-runtime.js';
import type { ResourcesStore } from '../resources/index.js';
import type { RolesStore } from '../roles/index.js';
import type { UsersStore } from '../users/index.js';
import { createFindAccount } from './account.js';
import type { AppAccessCheck } from './app-access.js';
import { scopeClaims } from './claims.js';
import {
  type CimdDeps,
  clientIdMetadataDocumentFeature,
  hideWhenDisabled,
  isCimdClientId,
  validateDocumentMetadata,
} from './client-id-metadata-document.js';
import { extraClientMetadataProperties } from './client-metadata.js';
import { acceptEveryValidSecret } from './client-secrets.js';
import {
  limitUserCodeGuesses,
  successSource,
  type UserCodeAttempts,
  userCodeConfirmSource,
  userCodeInputSource,
} from './device-pages.js';
import { loadExistingGrant } from './grants.js';
import { createInteractionPolicy } from './interaction-policy.js';
import { interactionUrl } from './interaction-url.js';
import { signingAlg } from './keys.js';
import { backchannelFetch, dpopNonceSecret } from './oauth-extensions.js';
import { organizationTokenClaims } from './organization-resource.js';
import { createOrganizationTokenSteps } from './organization-token-request.js';
import { registerAccountFinder } from './plain-userinfo.js';
import { rotateRefreshToken } from './refresh-token-rotation.js';
import { type ConsentableScopes, createResourceIndicators } from './resource-server.js';
import { externalSigningAck, NodeSigningKey } from './signing-key.js';
import { type ActorClaims, registerTokenExchange, type TokenExchangeDeps } from './token-exchange.js';
import { extendTokenGrants } from './token-grants.js';
import { ownTokensOnly } from './token-policies.js';
import { logoutSource, postLogoutSuccessSource, renderError } from './views.js';

export interface ProviderDeps {
  config: Config;
  /** The realm's base path and issuer: `''` and `${ENDPOINT}/oidc`, or `/admin` and `${ENDPOINT}/admin/oidc`. */
  place: RealmPlace;
  adapter: NonNullable<Configuration['adapter']>;
  signingKeys: JWK[];
  cookieKeys: string[];
  users: UsersStore;
  roles: RolesStore;
  resources: ResourcesStore;
  organizationGrants: OrganizationGrantsStore;
  applications: Pick<ApplicationsService, 'findClient' | 'matchSecret'>;
  /** Whether the user has bound a second factor (organizations that require MFA). */
  hasMfa: (userId: string) => Promise<boolean>;
  /** A third-party app's scopes its users may consent to (names; of one resource when named). */
  consentableScopes?: ConsentableScopes;
  /** The organizations a user let a third-party app act in. */
  consentedOrganizations?: (applicationId: string, userId: string) => Promise<string[]>;
  /** Custom token claims (the main realm's JWT customizer scripts), run as access tokens are issued. */
  customClaims?: ExtraClaimsStep;
  /** The user a live personal access token belongs to (the token exchange grant). */
  verifyPersonalAccessToken?: TokenExchangeDeps['verifyPersonalAccessToken'];
  /** Impersonation subject tokens (the token exchange grant). */
  subjectTokens?: TokenExchangeDeps['subjectTokens'];
  /** Client ID Metadata Documents (the main realm only): the switch, the scope ceiling, the guarded fetch. */
  cimd?: CimdDeps;
  /** App-level access control: whether a user may sign in to an app that has it on. */
  appAccess?: AppAccessCheck;
  /** Settings the Management API changes at run time (`/api/configs/oidc/session`, `/api/configs/id-token`). */
  settings?: ProviderSettings;
  /** Wrong device-flow user codes, counted per client IP (device-pages.ts). */
  userCodeAttempts?: UserCodeAttempts;
  /** Back-channel logout POSTs may reach private and loopback addresses (a local deployment, tests). */
  backchannelAllowPrivateNetworks?: boolean;
}

export interface ProviderSettings {
  sessionTtl: () => number;
  idTokenClaims: () => ReadonlySet<string>;
}

type ExtraClaimsStep = (
  ctx: KoaContextWithOIDC,
  token: Parameters<typeof organizationTokenClaims>[1] & IssuedToken,
) => Promise<Record<string, unknown> | undefined>;

/**
 * `extraTokenClaims`: the custom claims script's output first, then the organization claims over
 * it, so `organization_id` always names the token's real organization. oidc-provider puts the
 * registered claims (`sub`, `iss`, `aud`, `exp`, `scope`, `client_id`…) over both.
 */
function composeExtraTokenClaims(customClaims: ExtraClaimsStep | undefined, actorClaims: ActorClaims): ExtraClaimsStep {
  return async (ctx, token) => {
    const custom = customClaims ? await customClaims(ctx, token) : undefined;
    const organization = await organizationTokenClaims(ctx, token);
    const act = actorClaims.get(token);
    return custom || organization || act ? { ...custom, ...organization, ...(act && { act }) } : undefined;
  };
}

const day = 24 * 3600;

/** Logto's extra authorization parameters, passed through to the sign-in pages. */
export const extraParams = [
  'interaction_mode',
  'first_screen',
  'direct_sign_in',
  'organization_id',
  'identifier',
  'one_time_token',
];

type Client = NonNullable<KoaContextWithOIDC['oidc']['client']> & Record<string, unknown>;

/** Provider paths (relative to its mount) whose handlers never touch cookies. */
const cookielessEndpoints = new Set(['/token', '/me', '/token/introspection', '/token/revocation', '/jwks']);

export function createProvider(deps: ProviderDeps): Provider {
  const { config } = deps;
  const secureCookies = config.endpoint.startsWith('https:');
  const { basePath, issuer } = deps.place;
  // Path `/` (or `/admin`): the realm's Experience API (`${basePath}/api/experience`) must see the
  // interaction cookie too; the admin realm's cookies never reach end users' pages.
  const cookie = {
    signed: true,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secureCookies,
    path: basePath || '/',
  };
  const prefix = basePath ? '_admin' : '';
  const actorClaims: ActorClaims = new WeakMap();

  const findAccount = createFindAccount({ ...deps, idTokenClaims: deps.settings?.idTokenClaims });
  const provider = new Provider(issuer, {
    adapter: deps.adapter,
    findAccount,
    jwks: { keys: deps.signingKeys.map((jwk) => new NodeSigningKey(jwk)) },
    cookies: {
      keys: deps.cookieKeys,
      long: cookie,
      short: cookie,
      names: {
        session: `${prefix}_session`,
        interaction: `${prefix}_interaction`,
        resume: `${prefix}_interaction_resume`,
      },
    },
    claims: scopeClaims as unknown as Configuration['claims'],
    scopes: ['openid', 'offline_access', ...Object.keys(scopeClaims).filter((scope) => scope !== 'openid')],
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    subjectTypes: ['public'],
    clientDefaults: {
      id_token_signed_response_alg: signingAlg,
      authorization_signed_response_alg: signingAlg,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    enabledJWA: {
      idTokenSigningAlgValues: [signingAlg],
      userinfoSigningAlgValues: [signingAlg],
      introspectionSigningAlgValues: [signingAlg],
      authorizationSigningAlgValues: [signingAlg],
    },
    extraParams,
    // Said also when false (oidc-provider lists it only when on): PAR is per application here.
    discovery: { claim_types_supported: ['normal'], require_pushed_authorization_requests: false },
    extraClientMetadata: {
      properties: extraClientMetadataProperties,
      validator: (_ctx, key, value, metadata) => validateDocumentMetadata(key, value, metadata),
    },
    // Metadata document clients always use PKCE, even with private_key_jwt.
    pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' || isCimdClientId(client.clientId) },
    // Back-channel logout POSTs and (when on) Client ID Metadata Documents: the provider's only outbound requests.
    fetch: backchannelFetch(
      (deps.cimd?.fetch ?? fetch) as typeof fetch,
      deps.backchannelAllowPrivateNetworks === true,
    ) as unknown as Configuration['fetch'],
    clientBasedCORS(_ctx, origin, client) {
      const allowed = (client as Client).corsAllowedOrigins as string[] | undefined;
      if (allowed?.includes(origin)) return true;
      return client.redirectUris?.some((uri) => URL.parse(uri)?.origin === origin) ?? false;
    },
    loadExistingGrant,
    extraTokenClaims: composeExtraTokenClaims(
      deps.customClaims,
      actorClaims,
    ) as unknown as Configuration['extraTokenClaims'],
    async issueRefreshToken(_ctx, client, code) {
      if (!client.grantTypeAllowed('refresh_token')) return false;
      return code.scopes.has('offline_access') || (client as Client).alwaysIssueRefreshToken === true;
    },
    rotateRefreshToken,
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 3600,
      ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 3600,
      AuthorizationCode: 60,
      DeviceCode: 600,
      IdToken: (_ctx, _token, client) => ((client as Client).idTokenTtl as number | undefined) ?? 3600,
      RefreshToken: (_ctx, _token, client) =>
        (((client as Client).refreshTokenTtlInDays as number | undefined) ?? 14) * day,
      Interaction: 3600,
      Session: () => deps.settings?.sessionTtl() ?? config.sessionTtl,
      Grant: 180 * day,
    },
    routes: {
      authorization: '/auth',
      token: '/token',
      userinfo: '/me',
      jwks: '/jwks',
      end_session: '/session/end',
      introspection: '/token/introspection',
      revocation: '/token/revocation',
      pushed_authorization_request: '/request',
      device_authorization: '/device/auth',
      code_verification: '/device',
    },
    features: {
      devInteractions: { enabled: false },
      externalSigningSupport: { enabled: true, ack: externalSigningAck },
      userinfo: { enabled: true },
      revocation: { enabled: true, allowedPolicy: ownTokensOnly },
      introspection: { enabled: true, allowedPolicy: ownTokensOnly },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: createResourceIndicators(deps),
      // The OAuth extensions (docs/oauth-extensions.md); each app opts in to the stricter rules.
      deviceFlow: { enabled: true, userCodeInputSource, userCodeConfirmSource, successSource },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: false },
      dPoP: { enabled: true, nonceSecret: dpopNonceSecret(deps.cookieKeys) },
      backchannelLogout: { enabled: true },
      jwtResponseModes: { enabled: true },
      ...(deps.cimd && { clientIdMetadataDocument: clientIdMetadataDocumentFeature(deps.cimd) }),
    } as unknown as Configuration['features'],
    interactions: {
      url: async (ctx, interaction) => `${basePath}${await interactionUrl(ctx, interaction)}`,
      policy: createInteractionPolicy(deps.appAccess),
    },
    renderError,
  });
  provider.proxy = config.trustProxy;
  registerAccountFinder(provider, findAccount);
  acceptEveryValidSecret(provider, deps.applications);
  extendTokenGrants(provider, {
    ...(deps.appAccess && { appAccess: deps.appAccess }),
    resources: deps.resources,
    roles: deps.roles,
    organizations: createOrganizationTokenSteps({
      grants: deps.organizationGrants,
      findResourceId: async (indicator) => (await deps.resources.findByIndicator(indicator))?.id,
      hasMfa: deps.hasMfa,
      consentedOrganizations: deps.consentedOrganizations,
    }),
  });
  if (deps.verifyPersonalAccessToken || deps.subjectTokens)
    registerTokenExchange(provider, {
      actorClaims,
      ...(deps.appAccess && { appAccess: deps.appAccess }),
      ...(deps.verifyPersonalAccessToken && { verifyPersonalAccessToken: deps.verifyPersonalAccessToken }),
      ...(deps.subjectTokens && { subjectTokens: deps.subjectTokens }),
    });
  // Mounted with koa-mount, the provider's routes run on the parent app's context, whose cookie
  // jar has no keys; a few provider steps sign cookies with `ctx.cookies`, so hand them its own.
  // The endpoints that never read the browser session skip it: building the jar builds a whole
  // Koa context, on every token, user info and introspection call otherwise.
  provider.use((ctx, next) => {
    if (!cookielessEndpoints.has(ctx.path)) ctx.cookies = provider.createContext(ctx.req, ctx.res).cookies;
    return next();
  });
  if (deps.cimd) provider.use(hideWhenDisabled(deps.cimd));
  if (deps.userCodeAttempts) provider.use(limitUserCodeGuesses(deps.userCodeAttempts, '/device'));
  return provider;
}
