import type { SsoDriverDeps } from '../drivers.js';
import { initialsLogo } from '../provider-logos.js';
import { type SsoDriver, SsoDriverError } from '../sso-driver.js';
import { googleWorkspaceSsoConfig, oidcSsoConfig } from './oidc-config.js';
import { createOidcDriver, type OidcPreset } from './oidc-driver.js';

const issuerFromConfig = (config: Record<string, unknown>) => String(config.issuer ?? '');
const googleIssuer = 'https://accounts.google.com';

/** The generic driver and Logto's OIDC presets: only the config and a few rules differ. */
export const oidcPresets: OidcPreset[] = [
  {
    providerName: 'OIDC',
    name: 'OIDC',
    logo: initialsLogo('ID', '#5d34f2'),
    logoDark: initialsLogo('ID', '#a78bfa', '#1a1a1a'),
    description: {
      en: 'Any identity provider that speaks OpenID Connect.',
      'zh-CN': '任何支持 OpenID Connect 的身份提供商。',
    },
    configGuard: oidcSsoConfig,
    issuerOf: issuerFromConfig,
  },
  {
    providerName: 'AzureAdOidc',
    name: 'Microsoft Entra ID (OIDC)',
    logo: initialsLogo('E', '#0078d4'),
    logoDark: initialsLogo('E', '#50a7f0', '#1a1a1a'),
    description: {
      en: 'Microsoft Entra ID (formerly Azure AD) over OpenID Connect.',
      'zh-CN': '通过 OpenID Connect 连接 Microsoft Entra ID（原 Azure AD）。',
    },
    configGuard: oidcSsoConfig,
    issuerOf: issuerFromConfig,
  },
  {
    providerName: 'GoogleWorkspace',
    name: 'Google Workspace',
    logo: initialsLogo('G', '#4285f4'),
    logoDark: initialsLogo('G', '#8ab4f8', '#1a1a1a'),
    description: {
      en: 'Google Workspace accounts of the connector’s domains.',
      'zh-CN': '连接器所配置域名下的 Google Workspace 账户。',
    },
    configGuard: googleWorkspaceSsoConfig,
    issuerOf: () => googleIssuer,
    // Google's account chooser shows only accounts of the domain when there is one (`*`: any Workspace account).
    authorizationParams: ({ domains }) => ({
      hd: domains.length === 1 ? domains[0] : domains.length > 1 ? '*' : undefined,
    }),
    // `hd` in the ID token is the only proof the account belongs to a Workspace domain (not a consumer account).
    checkClaims({ domains }, claims) {
      if (domains.length === 0) return;
      const hd = typeof claims.hd === 'string' ? claims.hd.toLowerCase() : undefined;
      if (!hd || !domains.includes(hd))
        throw new SsoDriverError(
          'authorization_failed',
          `The Google account is not one of the connector's Workspace domains (${domains.join(', ')}).`,
        );
    },
  },
  {
    providerName: 'Okta',
    name: 'Okta',
    logo: initialsLogo('O', '#00297a'),
    logoDark: initialsLogo('O', '#6d9eff', '#1a1a1a'),
    description: {
      en: 'Okta over OpenID Connect.',
      'zh-CN': '通过 OpenID Connect 连接 Okta。',
    },
    configGuard: oidcSsoConfig,
    issuerOf: issuerFromConfig,
  },
];

export const createOidcDrivers = (deps: SsoDriverDeps): SsoDriver[] =>
  oidcPresets.map((preset) => createOidcDriver(preset, deps));
