// The OpenID Connect client of the built-in pages (demo app, account page): authorization code
// with PKCE (S256), as a public single page app. Hand-rolled on WebCrypto and fetch (about a
// hundred lines) so the pages stay plain modules like the sign-in pages, with no bundle to build.
// Everything it talks to is this server's own origin: discovery, the authorization, token, user
// info and end-session endpoints.

const endpoint = document.querySelector('meta[name="tessera-endpoint"]')?.getAttribute('content') ?? location.origin;
const issuer = `${endpoint}/oidc`;

const base64url = (bytes) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const randomString = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** The JSON payload of a JWT, decoded as UTF-8. */
function jwtPayload(jwt) {
  const part = (jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

let metadata;
async function discovery() {
  metadata ??= await fetch(`${issuer}/.well-known/openid-configuration`).then((response) => {
    if (!response.ok) throw new Error(`discovery: HTTP ${response.status}`);
    return response.json();
  });
  return metadata;
}

/**
 * A client signing in as `clientId`, coming back to `<ENDPOINT><path>`, asking for `scope`;
 * `prompt` (e.g. `login`) is sent when given. The tab's session lives in sessionStorage.
 */
export function createOidcClient({ clientId, path, scope, prompt }) {
  const redirectUri = `${endpoint}${path}`;
  const pendingKey = `tessera.${clientId}.pending`;
  const sessionKey = `tessera.${clientId}.session`;

  /** The signed-in session of this tab, if any. */
  const currentSession = () => JSON.parse(sessionStorage.getItem(sessionKey) ?? 'null');

  /** Sends the browser to the authorization endpoint, with `extra` parameters (forwarded ones). */
  async function signIn(extra = {}) {
    const { authorization_endpoint: authorizationEndpoint } = await discovery();
    const pending = { verifier: randomString(), state: randomString(), nonce: randomString() };
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pending.verifier)));
    sessionStorage.setItem(pendingKey, JSON.stringify(pending));
    const url = new URL(authorizationEndpoint);
    for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
    url.searchParams.set('client_id', clientId);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', scope);
    if (prompt) url.searchParams.set('prompt', prompt);
    url.searchParams.set('state', pending.state);
    url.searchParams.set('nonce', pending.nonce);
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('code_challenge_method', 'S256');
    location.assign(url.toString());
  }

  /**
   * Finishes a sign-in from the callback's parameters: checks state and issuer, redeems the code
   * with the PKCE verifier, checks the ID token's issuer, audience and nonce, then reads user info.
   */
  async function completeSignIn(query) {
    const pending = JSON.parse(sessionStorage.getItem(pendingKey) ?? 'null');
    sessionStorage.removeItem(pendingKey);
    if (query.get('error')) throw new Error(`${query.get('error')}: ${query.get('error_description') ?? ''}`);
    if (!pending || query.get('state') !== pending.state) throw new Error('state_mismatch');
    if (query.has('iss') && query.get('iss') !== issuer) throw new Error('issuer_mismatch');
    const { token_endpoint: tokenEndpoint, userinfo_endpoint: userinfoEndpoint } = await discovery();
    const response = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: query.get('code') ?? '',
        redirect_uri: redirectUri,
        client_id: clientId,
        code_verifier: pending.verifier,
      }),
    });
    const tokens = await response.json();
    if (!response.ok) throw new Error(`${tokens.error}: ${tokens.error_description ?? ''}`);
    // The token came straight from the issuer over this origin's connection (OIDC Core 3.1.3.7).
    const claims = jwtPayload(tokens.id_token);
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (claims.iss !== issuer || !audience.includes(clientId) || claims.nonce !== pending.nonce) {
      throw new Error('invalid_id_token');
    }
    const info = await fetch(userinfoEndpoint, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    if (!info.ok) throw new Error(`userinfo: HTTP ${info.status}`);
    const session = {
      idToken: tokens.id_token,
      claims,
      userInfo: await info.json(),
      accessToken: tokens.access_token,
      expiresAt: Date.now() + Number(tokens.expires_in ?? 0) * 1000,
    };
    sessionStorage.setItem(sessionKey, JSON.stringify(session));
    return session;
  }

  /** Forgets the tab's session (without leaving the page). */
  const forget = () => sessionStorage.removeItem(sessionKey);

  /** Forgets the tab's session and ends the provider's session, coming back here after (with `state`, when given). */
  async function signOut(state) {
    const session = currentSession();
    forget();
    const { end_session_endpoint: endSessionEndpoint } = await discovery();
    const url = new URL(endSessionEndpoint);
    url.searchParams.set('client_id', clientId);
    url.searchParams.set('post_logout_redirect_uri', redirectUri);
    if (session?.idToken) url.searchParams.set('id_token_hint', session.idToken);
    if (state) url.searchParams.set('state', state);
    location.assign(url.toString());
  }

  return { signIn, completeSignIn, currentSession, forget, signOut };
}
