import { z } from 'zod';
import { createOidcConnector } from '../oidc/create-oidc-connector.js';
import { oidcScopeField } from '../oidc/oidc.config.js';
import { clientFields } from '../shared/client-config.js';

const issuer = 'https://accounts.google.com';

const configSchema = z
  .object({
    ...clientFields,
    scope: oidcScopeField,
    prompts: z
      .array(z.enum(['none', 'consent', 'select_account', 'login']))
      .optional()
      .describe('`prompt` values sent to Google, e.g. ["select_account"]'),
    oneTap: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Accepted so Logto configs import unchanged; Google One Tap is not offered yet'),
  })
  .strict();

/**
 * Google is an OpenID Connect provider: this is the OIDC connector with Google's issuer fixed
 * (the internal test setting may point it at a fake). Google writes `iss` as the URL or the
 * bare host, so both are accepted.
 */
export const google = createOidcConnector({
  apiBaseUrl: issuer,
  metadata: {
    id: 'google-universal',
    target: 'google',
    platform: 'Universal',
    name: { en: 'Google' },
    description: { en: 'Sign in with a Google account (OpenID Connect).' },
    logo: '/connectors/google.svg',
    configExample: { clientId: '<client id>.apps.googleusercontent.com', clientSecret: '<client secret>' },
  },
  configSchema,
  settings: (config, http) => {
    const base = http.baseUrl.replace(/\/+$/, '');
    return {
      ...config,
      issuer: base,
      issuerAliases: base === issuer ? ['accounts.google.com'] : [],
      tokenEndpointAuthMethod: 'client_secret_post',
      clientSecretJwtSigningAlgorithm: 'HS256',
      authorizationParams: { prompt: config.prompts?.join(' ') },
      fetchUserInfo: false,
    };
  },
});
