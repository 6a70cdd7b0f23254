import { issuerOf, oidcScope, secretPlaceholder, sh } from './format.js';
import type { Guide, GuideValues } from './types.js';

/**
 * Any OpenID Connect library: the raw parameters, an authorization URL, the token request and
 * the sign-out URL. Native and single-page apps are public clients (PKCE, no secret);
 * traditional web apps authenticate with a secret and use PKCE as well.
 */

type Kind = 'native' | 'spa' | 'traditional';

const q = encodeURIComponent;

function settings(values: GuideValues, kind: Kind): string {
  const issuer = issuerOf(values.endpoint);
  const confidential = kind === 'traditional';
  const document = {
    issuer,
    discovery: `${issuer}/.well-known/openid-configuration`,
    client_id: values.appId,
    ...(confidential ? { client_secret: secretPlaceholder(values) } : {}),
    token_endpoint_auth_method: confidential ? 'client_secret_basic' : 'none',
    redirect_uri: values.redirectUri,
    post_logout_redirect_uri: values.postSignOutRedirectUri,
    response_type: 'code',
    scope: oidcScope(values),
    ...(values.resources.length > 0 ? { resource: values.resources } : {}),
    code_challenge_method: 'S256',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function authorizationUrl(values: GuideValues): string {
  const parameters = [
    `client_id=${q(values.appId)}`,
    `redirect_uri=${q(values.redirectUri)}`,
    'response_type=code',
    `scope=${q(oidcScope(values))}`,
    ...values.resources.map((resource) => `resource=${q(resource)}`),
    'prompt=consent',
    'code_challenge=<BASE64URL(SHA256(code_verifier))>',
    'code_challenge_method=S256',
    'state=<random>',
  ];
  return `${issuerOf(values.endpoint)}/auth?${parameters.join('&')}\n`;
}

function tokenRequest(values: GuideValues, kind: Kind): string {
  const client =
    kind === 'traditional'
      ? `  --user ${sh(values.appId)}":$APP_SECRET"`
      : `  --data-urlencode ${sh(`client_id=${values.appId}`)}`;
  return `curl -s ${sh(`${issuerOf(values.endpoint)}/token`)} \\
${client} \\
  --data grant_type=authorization_code \\
  --data-urlencode ${sh(`redirect_uri=${values.redirectUri}`)} \\
  --data-urlencode "code=$CODE" \\
  --data-urlencode "code_verifier=$CODE_VERIFIER"
`;
}

function signOutUrl(values: GuideValues): string {
  return `${issuerOf(values.endpoint)}/session/end?client_id=${q(values.appId)}&post_logout_redirect_uri=${q(values.postSignOutRedirectUri)}\n`;
}

function genericGuide(kind: Kind): Guide {
  return (values) => [
    {
      titleKey: 'guides.generic.settings.title',
      bodyKey:
        kind === 'traditional' ? 'guides.generic.settings.bodyConfidential' : 'guides.generic.settings.bodyPublic',
      code: { language: 'json', filename: 'oidc-settings.json', text: settings(values, kind) },
    },
    {
      titleKey: 'guides.generic.authorize.title',
      bodyKey: 'guides.generic.authorize.body',
      code: { language: 'url', text: authorizationUrl(values) },
    },
    {
      titleKey: 'guides.generic.token.title',
      bodyKey: kind === 'traditional' ? 'guides.generic.token.bodyConfidential' : 'guides.generic.token.bodyPublic',
      code: { language: 'bash', text: tokenRequest(values, kind) },
    },
    {
      titleKey: 'guides.generic.signOut.title',
      bodyKey: 'guides.generic.signOut.body',
      code: { language: 'url', text: signOutUrl(values) },
    },
  ];
}

export const genericNativeGuide = genericGuide('native');
export const genericSpaGuide = genericGuide('spa');
export const genericTraditionalGuide = genericGuide('traditional');
