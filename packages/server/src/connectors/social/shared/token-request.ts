import { ConnectorError, type ConnectorErrorCode, type ProviderHttp, type ProviderResponse } from '../../kit/index.js';
import { clientAssertion } from './client-assertion.js';
import type { TokenClient } from './client-config.js';

/** How the token endpoint words its answer: JSON (RFC 6749) or a query string (GitHub's default, older providers). */
export type TokenResponseFormat = 'json' | 'query-string';

export interface TokenResponse {
  access_token: string;
  token_type?: string;
  id_token?: string;
  [key: string]: unknown;
}

/** Error codes of RFC 6749 §5.2 and GitHub's own, by what they mean for the administrator. */
const refusals: Record<string, ConnectorErrorCode> = {
  invalid_grant: 'social_auth_code_invalid',
  bad_verification_code: 'social_auth_code_invalid',
  invalid_client: 'authorization_failed',
  unauthorized_client: 'authorization_failed',
  incorrect_client_credentials: 'authorization_failed',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// RFC 6749 §2.3.1: the client id and secret are form-encoded before they are joined for Basic.
const formEncode = (value: string) => new URLSearchParams([['v', value]]).toString().slice(2);

function parse(response: ProviderResponse, format: TokenResponseFormat): Record<string, unknown> {
  if (isObject(response.json)) return format === 'json' || response.status >= 400 ? response.json : {};
  if (format === 'json') return {};
  return Object.fromEntries(new URLSearchParams(response.text.trim()));
}

function refusal(body: Record<string, unknown>, status: number, provider: string): ConnectorError {
  const providerCode = typeof body.error === 'string' ? body.error : undefined;
  const providerMessage = typeof body.error_description === 'string' ? body.error_description : undefined;
  const said = [providerCode, providerMessage].filter(Boolean).join(': ') || `HTTP ${status}`;
  const known = providerCode === undefined ? undefined : refusals[providerCode];
  const code: ConnectorErrorCode = known ?? (status === 401 ? 'authorization_failed' : 'invalid_response');
  const why: Partial<Record<ConnectorErrorCode, string>> = {
    social_auth_code_invalid: 'The authorization code is invalid, expired or already used; sign in again.',
    authorization_failed: 'Check the client ID, the client secret and the token endpoint auth method.',
  };
  return new ConnectorError(code, {
    message: `${provider} refused the token request (${said}). ${why[code] ?? ''}`.trim(),
    provider,
    providerStatus: status,
    providerCode,
    providerMessage,
  });
}

async function authenticate(client: TokenClient, form: URLSearchParams, headers: Record<string, string>) {
  if (client.tokenEndpointAuthMethod === 'client_secret_basic') {
    const pair = `${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    return;
  }
  form.set('client_id', client.clientId);
  if (client.tokenEndpointAuthMethod === 'client_secret_post') {
    form.set('client_secret', client.clientSecret);
    return;
  }
  form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  form.set('client_assertion', await clientAssertion(client));
}

/** A token request with the client's authentication; the answer must carry an access token. */
async function tokenRequest(
  http: ProviderHttp,
  client: TokenClient,
  form: URLSearchParams,
  options: { format: TokenResponseFormat; provider: string },
): Promise<TokenResponse> {
  const { format, provider } = options;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (format === 'json') headers.accept = 'application/json';
  await authenticate(client, form, headers);

  const response = await http.request(client.tokenEndpoint, { method: 'POST', headers, body: form.toString() });
  const body = parse(response, format);
  // GitHub answers refusals with HTTP 200 and an `error` field.
  if (response.status >= 400 || typeof body.error === 'string') throw refusal(body, response.status, provider);
  if (typeof body.access_token === 'string' && body.access_token !== '') return body as TokenResponse;
  const hint =
    format === 'query-string' && isObject(response.json)
      ? ' It answered JSON: set tokenEndpointResponseType to "json".'
      : '';
  throw new ConnectorError('invalid_response', {
    message: `${provider} answered the token request without an access token.${hint}`,
    provider,
    providerStatus: response.status,
  });
}

/** Exchanges the authorization code at the token endpoint (RFC 6749 §4.1.3). */
export function exchangeCode(
  http: ProviderHttp,
  client: TokenClient,
  grant: { code: string; redirectUri: string; codeVerifier?: string },
  options: { format: TokenResponseFormat; provider: string },
): Promise<TokenResponse> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: grant.code,
    redirect_uri: grant.redirectUri,
  });
  if (grant.codeVerifier) form.set('code_verifier', grant.codeVerifier);
  return tokenRequest(http, client, form, options);
}

/** A new access token for a stored refresh token (RFC 6749 §6). */
export function refreshAccessToken(
  http: ProviderHttp,
  client: TokenClient,
  refreshToken: string,
  options: { format: TokenResponseFormat; provider: string },
): Promise<TokenResponse> {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken });
  return tokenRequest(http, client, form, options);
}
