import LogtoClient from '@logto/browser';

/**
 * The console signs in like any single page app: authorization code + PKCE with the public
 * client `tessera-console` of the admin realm (issuer `/admin/oidc`, found from `endpoint`).
 */
const origin = location.origin;

/**
 * The Management API's resource indicator; the server writes it into index.html. The fallback is
 * the server's default, for a page not served by Tessera (Vite's dev server).
 */
export const managementApi =
  document.querySelector<HTMLMetaElement>('meta[name="tessera-management-api"]')?.content ||
  'https://default.logto.app/api';

export const redirectUri = `${origin}/console/callback`;
export const postLogoutRedirectUri = `${origin}/console`;

export const logto = new LogtoClient({
  endpoint: `${origin}/admin`,
  appId: 'tessera-console',
  resources: [managementApi],
  // Asks for every console permission; the token holds only those of the administrator's role.
  scopes: ['all', 'read', 'admins:manage'],
});
