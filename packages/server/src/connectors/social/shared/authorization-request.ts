import { ConnectorError } from '../../kit/index.js';

/**
 * The authorization URL: the endpoint as configured (its own query kept), then the extra
 * parameters, then the protocol ones, so `customConfig` can add but never replace `state` or
 * `redirect_uri`.
 */
export function authorizationUrl(
  endpoint: string,
  protocol: Record<string, string | undefined>,
  extra: Record<string, string | undefined> = {},
): string {
  const url = new URL(endpoint);
  for (const params of [extra, protocol])
    for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * What the provider sent back to the redirect URI: the code, or its refusal (`error`,
 * RFC 6749 §4.1.2.1), named for the administrator. The state is checked by the caller, which
 * keeps the session.
 */
export function authorizationCode(data: Record<string, unknown>, provider: string): string {
  if (typeof data.error === 'string') {
    const description = typeof data.error_description === 'string' ? `: ${data.error_description}` : '';
    throw new ConnectorError('authorization_failed', {
      message: `${provider} did not authorize the sign-in (${data.error}${description}).`,
      provider,
      providerCode: data.error,
    });
  }
  if (typeof data.code !== 'string' || data.code === '')
    throw new ConnectorError('insufficient_request_parameters', {
      message: `The answer from ${provider} carries no authorization code.`,
      provider,
    });
  return data.code;
}

/** The redirect URI the authorization request used; the token request must repeat it. */
export function sessionRedirectUri(session: { redirectUri?: unknown }, provider: string): string {
  if (typeof session.redirectUri !== 'string')
    throw new ConnectorError('general', {
      message: `The ${provider} sign-in session has no redirect URI; start the sign-in again.`,
      provider,
    });
  return session.redirectUri;
}
