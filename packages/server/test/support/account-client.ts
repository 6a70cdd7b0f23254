/** The Account API as a signed-in user calls it: the user's access token, and `logto-verification-id` when given. */
export function accountApiCall(serverUrl: string, accessToken: string) {
  return async function call(method: string, path: string, body?: unknown, verificationId?: string) {
    const response = await fetch(`${serverUrl}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(verificationId && { 'logto-verification-id': verificationId }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}
