import { defineConnector, type SocialConnector } from '../../kit/index.js';
import { authorizationCode, authorizationUrl, sessionRedirectUri } from '../shared/authorization-request.js';
import { mapProfile } from '../shared/profile-map.js';
import { exchangeCode, refreshAccessToken } from '../shared/token-request.js';
import { fetchWithToken } from '../shared/user-info-request.js';
import { oauth2ConfigSchema } from './oauth2.config.js';

const provider = 'OAuth 2.0 provider';

type Read = NonNullable<SocialConnector<typeof oauth2ConfigSchema>['getTokenResponseAndUserInfo']>;

/** Code for tokens, then the user info with the access token. */
const readUser: Read = async (data, config, { http, getSession }) => {
  const code = authorizationCode(data, provider);
  const redirectUri = sessionRedirectUri(await getSession(), provider);
  const tokenResponse = await exchangeCode(
    http,
    config,
    { code, redirectUri },
    { format: config.tokenEndpointResponseType, provider },
  );
  const raw = await fetchWithToken(http, config.userInfoEndpoint, tokenResponse.access_token, { provider });
  return { userInfo: mapProfile(raw, config.profileMap, provider), tokenResponse };
};

/**
 * Any OAuth 2.0 provider with an authorization code flow and a JSON user info endpoint. It is
 * standard: added once per target (set in the connector's metadata), each with its own config.
 */
export const oauth2 = defineConnector({
  type: 'Social',
  metadata: {
    id: 'oauth2',
    target: 'oauth2',
    platform: 'Universal',
    isStandard: true,
    isTokenStorageSupported: true,
    name: { en: 'OAuth 2.0' },
    description: { en: 'Sign in with any OAuth 2.0 provider: authorization code flow and a user info endpoint.' },
    logo: '/connectors/oauth2.svg',
    configExample: {
      authorizationEndpoint: 'https://idp.example.com/oauth/authorize',
      tokenEndpoint: 'https://idp.example.com/oauth/token',
      userInfoEndpoint: 'https://idp.example.com/api/me',
      clientId: '<client id>',
      clientSecret: '<client secret>',
      tokenEndpointAuthMethod: 'client_secret_post',
      tokenEndpointResponseType: 'json',
      scope: 'profile email',
      profileMap: {
        id: 'id',
        name: 'name',
        avatar: 'picture',
        email: 'email',
        phone: 'phone',
        emailVerified: 'email_verified',
      },
    },
  },
  configSchema: oauth2ConfigSchema,

  async getAuthorizationUri({ state, redirectUri, scope }, config, { setSession }) {
    await setSession({ state, redirectUri });
    return authorizationUrl(
      config.authorizationEndpoint,
      {
        response_type: config.responseType,
        client_id: config.clientId,
        redirect_uri: redirectUri,
        state,
        scope: scope ?? config.scope,
      },
      config.customConfig,
    );
  },

  getUserInfo: async (data, config, runtime) => (await readUser(data, config, runtime)).userInfo,
  getTokenResponseAndUserInfo: readUser,
  getAccessTokenByRefreshToken: (refreshToken, config, { http }) =>
    refreshAccessToken(http, config, refreshToken, { format: config.tokenEndpointResponseType, provider }),
});
