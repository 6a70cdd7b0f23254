import { interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { type AppAccessCheck, appAccessConsentCheck } from './app-access.js';

const { Check } = interactionPolicy;

/**
 * Which interactions the provider asks for.
 *
 * Login: oidc-provider's checks, plus one for a session whose account is gone (the user was
 * suspended or deleted after signing in): that session no longer counts as signed in, and one
 * for a magic link (`one_time_token`), which always shows the sign-in page.
 *
 * Consent: no screen. Applications are first-party and consented automatically (grants.ts
 * records what they ask for), as Logto's auto-consent does, so an explicit `prompt=consent`
 * (the Logto SDKs send it by default) and native apps go straight back to the app once the
 * user is signed in, and silent SSO into a second app needs no page at all. An app with
 * app-level access control refuses a user no rule allows (app-access.ts).
 */
export function createInteractionPolicy(appAccess?: AppAccessCheck) {
  const policy = interactionPolicy.base();
  const login = policy.get('login');
  login?.checks.unshift(
    new Check('account_unavailable', 'the signed-in account can no longer sign in', 'login_required', (ctx) => {
      const { oidc } = ctx as KoaContextWithOIDC;
      return oidc.session?.accountId && !oidc.account ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT;
    }),
  );
  // A magic link signs its own user in even where the browser already has a session (Logto
  // does the same for prompt=login, and asks first otherwise); without this check an existing
  // session would answer the app and the token would never be looked at.
  login?.checks.add(
    new Check('one_time_token', 'a magic link signs its user in', 'login_required', (ctx) => {
      const { oidc } = ctx as KoaContextWithOIDC;
      return oidc.params?.one_time_token && !oidc.result?.login ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT;
    }),
  );
  const consent = policy.get('consent');
  consent?.checks.remove('consent_prompt');
  consent?.checks.remove('native_client_prompt');
  // App-level access control: refused after sign-in, before the app gets a code.
  if (appAccess) consent?.checks.add(appAccessConsentCheck(appAccess));
  return policy;
}
