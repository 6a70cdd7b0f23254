// The demo app's OpenID Connect client (oidc-client.js) and the parameters it forwards.
import { createOidcClient } from './oidc-client.js';

/** Authorization request parameters a visitor may add to /demo-app's address, forwarded as they are. */
export const forwardedParams = [
  'first_screen',
  'identifier',
  'login_hint',
  'direct_sign_in',
  'organization_id',
  'ui_locales',
  'interaction_mode',
];

// The point of the demo is the sign-in experience: show it even when a session exists.
const client = createOidcClient({
  clientId: 'demo-app',
  path: '/demo-app',
  scope: 'openid profile email phone',
  prompt: 'login',
});
export const { signIn, completeSignIn, currentSession } = client;
export const signOut = () => client.signOut();
