/** The query of a plain authorization request (code, PKCE) for a client and redirect URI. */
export const authorizationQuery = (clientId: string, redirectUri: string) =>
  new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  });
