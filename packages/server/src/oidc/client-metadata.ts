import type { ClientRecord } from '../applications/index.js';
import { tokenExchangeGrantType } from './token-exchange.js';

export const deviceCodeGrantType = 'urn:ietf:params:oauth:grant-type:device_code';

/**
 * Maps an application to oidc-provider client metadata, following Logto's rules per type:
 * Native and SPA are public clients (no secret, PKCE required); Traditional web apps
 * authenticate with a secret; Machine-to-machine apps only use client credentials.
 */
export function toClientMetadata(client: ClientRecord): Record<string, unknown> {
  // Logto: only first-party apps that allow it get the token exchange grant, machine apps never.
  const interactiveGrants = [
    'authorization_code',
    'refresh_token',
    ...(client.custom.allowTokenExchange && !client.isThirdParty ? [tokenExchangeGrantType] : []),
  ];
  const base = {
    client_id: client.id,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    corsAllowedOrigins: client.custom.corsAllowedOrigins ?? [],
    tesseraType: client.type,
    idTokenTtl: client.custom.idTokenTtl,
    refreshTokenTtlInDays: client.custom.refreshTokenTtlInDays,
    rotateRefreshToken: client.custom.rotateRefreshToken,
    alwaysIssueRefreshToken: client.custom.alwaysIssueRefreshToken,
    tesseraThirdParty: client.isThirdParty,
    appLevelAccessControlEnabled: client.accessControlEnabled === true,
    // The OAuth extensions switched on per app (docs/oauth-extensions.md).
    ...(client.custom.requirePushedAuthorizationRequests && { require_pushed_authorization_requests: true }),
    ...(client.custom.dpopBoundAccessTokens && { dpop_bound_access_tokens: true }),
    ...(client.backchannelLogoutUri && {
      backchannel_logout_uri: client.backchannelLogoutUri,
      backchannel_logout_session_required: client.backchannelLogoutSessionRequired === true,
    }),
    // A third-party app may ask only for these OIDC scopes (others are refused with invalid_scope, as in Logto).
    ...(client.isThirdParty && { scope: ['openid', 'offline_access', ...client.consentUserScopes].join(' ') }),
  };
  switch (client.type) {
    case 'Native':
      // Logto: a device flow app signs in on another device, so it has no redirects at all.
      if (client.custom.isDeviceFlow)
        return {
          ...base,
          application_type: 'native',
          token_endpoint_auth_method: 'none',
          grant_types: [deviceCodeGrantType, 'refresh_token'],
          response_types: [],
          redirect_uris: [],
          post_logout_redirect_uris: [],
        };
      return {
        ...base,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: interactiveGrants,
        response_types: ['code'],
      };
    case 'SPA':
      return {
        ...base,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: interactiveGrants,
        response_types: ['code'],
      };
    // A SAML app signs its users in through its own callback (saml-applications/), as a web client.
    case 'Traditional':
    case 'SAML':
      return {
        ...base,
        application_type: 'web',
        token_endpoint_auth_method: 'client_secret_basic',
        client_secret: client.secrets[0] ?? undefined,
        grant_types: interactiveGrants,
        response_types: ['code'],
      };
    case 'MachineToMachine':
      return {
        ...base,
        application_type: 'web',
        token_endpoint_auth_method: 'client_secret_basic',
        client_secret: client.secrets[0] ?? undefined,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        post_logout_redirect_uris: [],
      };
  }
}

export const extraClientMetadataProperties = [
  'corsAllowedOrigins',
  'tesseraType',
  'idTokenTtl',
  'refreshTokenTtlInDays',
  'rotateRefreshToken',
  'alwaysIssueRefreshToken',
  'tesseraThirdParty',
  'appLevelAccessControlEnabled',
];

/** Whether the provider's client lets only the users its access control rules name sign in. */
export const hasAppAccessControl = (client: unknown): boolean =>
  (client as { appLevelAccessControlEnabled?: boolean } | undefined)?.appLevelAccessControlEnabled === true;

/** Whether the provider's client is a third-party application (asks its users for consent). */
export const isThirdPartyClient = (client: unknown): boolean =>
  (client as { tesseraThirdParty?: boolean } | undefined)?.tesseraThirdParty === true;
