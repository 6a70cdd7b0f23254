import type { z } from 'zod';
import type { SsoDriver } from '../sso-driver.js';
import { samlConnectorConfigGuard } from './saml.config.js';
import type { SamlSso } from './saml.service.js';

const svg = (body: string) => `data:image/svg+xml;base64,${Buffer.from(body).toString('base64')}`;
const badge = (color: string, text: string) =>
  svg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="${color}"/><text x="12" y="15.5" font-family="Arial,sans-serif" font-size="7" font-weight="700" fill="#fff" text-anchor="middle">${text}</text></svg>`,
  );
const entra = (color: string) =>
  svg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M12 2 3 13l9 9 9-9z" fill="${color}"/><path d="M12 6 7 13l5 5 5-5z" fill="#fff" opacity=".55"/></svg>`,
  );

const configGuard = samlConnectorConfigGuard as unknown as z.ZodType<Record<string, unknown>>;

/**
 * The SAML family of enterprise SSO drivers: `SAML` (any SAML 2.0 IdP) and `AzureAD` (Microsoft
 * Entra ID's SAML, with its claim URIs as default attributes). `verify` takes the identity the
 * ACS (`POST /api/authn/single-sign-on/saml/:connectorId`) stored for the session's AuthnRequest.
 */
export function createSamlDrivers(saml: SamlSso): SsoDriver[] {
  const common = {
    providerType: 'saml' as const,
    configGuard,
    secretKeys: [] as const,
    providerConfig: saml.providerConfig,
    authorizationUri: saml.authorizationUri,
    verify: (connector: Parameters<SsoDriver['verify']>[0], input: Parameters<SsoDriver['verify']>[1]) =>
      saml.takeIdentity(connector, input),
  };
  return [
    {
      ...common,
      providerName: 'SAML',
      logo: badge('#c1272d', 'SAML'),
      logoDark: badge('#e2474d', 'SAML'),
      description: {
        en: 'XML-based open standard for web single sign-on and identity federation.',
        'zh-CN': '基于 XML 的 Web 单点登录和身份联合开放标准。',
      },
    },
    {
      ...common,
      providerName: 'AzureAD',
      logo: entra('#0078d4'),
      logoDark: entra('#4aa3ee'),
      description: {
        en: 'Microsoft Entra ID (formerly Azure AD) single sign-on over SAML 2.0.',
        'zh-CN': '通过 SAML 2.0 连接 Microsoft Entra ID（原 Azure AD）单点登录。',
      },
    },
  ];
}
