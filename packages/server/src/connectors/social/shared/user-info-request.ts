import { ConnectorError, type ProviderHttp } from '../../kit/index.js';

/**
 * GET a protected JSON document with the access token (RFC 6750 bearer header). A 401 or 403
 * means the provider does not accept the token it just issued; anything but a JSON document
 * is an invalid response.
 */
export async function fetchWithToken(
  http: ProviderHttp,
  url: string,
  accessToken: string,
  options: { provider: string; headers?: Record<string, string> },
): Promise<unknown> {
  const { provider } = options;
  const response = await http.request(url, {
    headers: { accept: 'application/json', ...options.headers, authorization: `Bearer ${accessToken}` },
  });
  if (response.status === 401 || response.status === 403)
    throw new ConnectorError('social_invalid_access_token', {
      message: `${provider} refused the access token at ${new URL(url).pathname} (HTTP ${response.status}).`,
      provider,
      providerStatus: response.status,
    });
  if (response.status >= 400 || response.json === undefined)
    throw new ConnectorError('invalid_response', {
      message: `${provider} answered ${new URL(url).pathname} with HTTP ${response.status}${response.json === undefined ? ' and no JSON' : ''}.`,
      provider,
      providerStatus: response.status,
    });
  return response.json;
}
