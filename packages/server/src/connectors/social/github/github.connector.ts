import { z } from 'zod';
import { defineConnector, type ProviderHttp, type SocialConnector } from '../../kit/index.js';
import { authorizationCode, authorizationUrl, sessionRedirectUri } from '../shared/authorization-request.js';
import { clientFields } from '../shared/client-config.js';
import { exchangeCode, refreshAccessToken } from '../shared/token-request.js';
import { fetchWithToken } from '../shared/user-info-request.js';
import { githubProfile } from './github-profile.js';

const provider = 'GitHub';
const apiBaseUrl = 'https://api.github.com';

const configSchema = z
  .object({
    ...clientFields,
    scope: z
      .string()
      .max(1024)
      .default('read:user user:email')
      .describe(
        'OAuth scopes, space-separated; `user:email` lets Tessera read the e-mail addresses and whether GitHub verified them',
      ),
  })
  .strict();

/**
 * GitHub signs in on github.com and serves the user on api.github.com. The internal test
 * setting replaces the API base URL; both hosts then go to the one fake.
 */
function hosts(http: ProviderHttp) {
  const overridden = http.baseUrl !== apiBaseUrl;
  return { web: overridden ? http.baseUrl : 'https://github.com', api: http.baseUrl };
}

// GitHub's REST API asks for a User-Agent and a pinned API version.
const apiHeaders = {
  accept: 'application/vnd.github+json',
  'user-agent': 'Tessera',
  'x-github-api-version': '2022-11-28',
};

/** GitHub's token endpoint takes the client's id and secret in the form. */
const tokenClient = (config: z.output<typeof configSchema>, web: string) => ({
  ...config,
  tokenEndpoint: `${web}/login/oauth/access_token`,
  tokenEndpointAuthMethod: 'client_secret_post' as const,
  clientSecretJwtSigningAlgorithm: 'HS256' as const,
});

type Read = NonNullable<SocialConnector<typeof configSchema>['getTokenResponseAndUserInfo']>;

/** Code for tokens, then the profile (and the e-mail addresses when the profile has none). */
const readUser: Read = async (data, config, { http, getSession }) => {
  const { web, api } = hosts(http);
  const code = authorizationCode(data, provider);
  const redirectUri = sessionRedirectUri(await getSession(), provider);
  const client = tokenClient(config, web);
  // With Accept: application/json GitHub answers JSON instead of its default query string.
  const tokenResponse = await exchangeCode(http, client, { code, redirectUri }, { format: 'json', provider });
  const options = { provider, headers: apiHeaders };
  const user = await fetchWithToken(http, `${api}/user`, tokenResponse.access_token, options);
  const userInfo = await githubProfile(user, () =>
    fetchWithToken(http, `${api}/user/emails`, tokenResponse.access_token, options),
  );
  return { userInfo, tokenResponse };
};

/** GitHub OAuth apps (docs.github.com, "Authorizing OAuth apps"): web application flow. */
export const github = defineConnector({
  type: 'Social',
  apiBaseUrl,
  metadata: {
    id: 'github-universal',
    target: 'github',
    platform: 'Universal',
    isTokenStorageSupported: true,
    name: { en: 'GitHub' },
    description: { en: 'Sign in with a GitHub account (GitHub OAuth app).' },
    logo: '/connectors/github.svg',
    configExample: { clientId: '<client id>', clientSecret: '<client secret>', scope: 'read:user user:email' },
  },
  configSchema,

  async getAuthorizationUri({ state, redirectUri, scope }, config, { http, setSession }) {
    await setSession({ state, redirectUri });
    return authorizationUrl(`${hosts(http).web}/login/oauth/authorize`, {
      client_id: config.clientId,
      redirect_uri: redirectUri,
      scope: scope ?? config.scope,
      state,
    });
  },

  getUserInfo: async (data, config, runtime) => (await readUser(data, config, runtime)).userInfo,
  getTokenResponseAndUserInfo: readUser,
  // GitHub apps with expiring user tokens hand out refresh tokens; OAuth apps' tokens do not expire.
  getAccessTokenByRefreshToken: (refreshToken, config, { http }) =>
    refreshAccessToken(http, tokenClient(config, hosts(http).web), refreshToken, { format: 'json', provider }),
});
