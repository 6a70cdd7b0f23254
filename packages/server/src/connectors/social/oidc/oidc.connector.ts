import { createOidcConnector } from './create-oidc-connector.js';
import { oidcConfigSchema } from './oidc.config.js';

/** Any OpenID Connect provider, found by its issuer. Standard: one per target, set in the metadata. */
export const oidc = createOidcConnector({
  metadata: {
    id: 'oidc',
    target: 'oidc',
    platform: 'Universal',
    isStandard: true,
    name: { en: 'OpenID Connect' },
    description: { en: 'Sign in with any OpenID Connect provider, found by its issuer (discovery).' },
    logo: '/connectors/oidc.svg',
    configExample: {
      issuer: 'https://idp.example.com',
      clientId: '<client id>',
      clientSecret: '<client secret>',
      scope: 'openid profile email',
      tokenEndpointAuthMethod: 'client_secret_basic',
    },
  },
  configSchema: oidcConfigSchema,
  settings: (config) => {
    const optional = config.authRequestOptionalConfig ?? {};
    return {
      ...config,
      authorizationParams: {
        ...config.customConfig,
        prompt: optional.prompt,
        display: optional.display,
        max_age: optional.maxAge,
        ui_locales: optional.uiLocales,
        login_hint: optional.loginHint,
        acr_values: optional.acrValues,
      },
    };
  },
});
