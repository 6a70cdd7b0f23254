import { errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { hasAppAccessControl } from './client-metadata.js';
import type { GrantContext, GrantStep } from './grant-steps.js';

/** Whether a user may sign in to an application with app-level access control on. */
export type AppAccessCheck = (applicationId: string, userId: string) => Promise<boolean>;

const { Check } = interactionPolicy;

/** Logto answers `access_denied` (400); the JSON body also carries `code: oidc.access_denied` (error-shape.ts). */
const denied = () => new errors.AccessDenied('the user is not allowed to access this application');

/**
 * The authorization request's check (a consent-prompt check, so it runs once the user is signed
 * in, after the sign-in pages and for a browser already signed in alike): a user no rule of the
 * app's access control allows is refused, and the app gets `error=access_denied` at its redirect
 * URI without a code. Apps without access control are passed by their client flag alone.
 */
export function appAccessConsentCheck(allows: AppAccessCheck) {
  return new Check(
    'app_access_control',
    'the user is not allowed to access this application',
    'access_denied',
    async (ctx) => {
      const { client, session } = (ctx as KoaContextWithOIDC).oidc;
      const accountId = session?.accountId;
      if (!client || !accountId || !hasAppAccessControl(client)) return Check.NO_NEED_TO_PROMPT;
      if (await allows(client.clientId, accountId)) return Check.NO_NEED_TO_PROMPT;
      throw denied();
    },
  );
}

/**
 * The token endpoint's check for the authorization code and refresh token grants, run before the
 * grant spends anything: a user who no longer matches the rules gets no new tokens (Logto:
 * 400 `access_denied`). A token that is not this client's, or expired, is left to the grant.
 */
export function appAccessGrantStep(allows: AppAccessCheck, kind: 'RefreshToken' | 'AuthorizationCode'): GrantStep {
  return async (ctx: GrantContext) => {
    const { client, params, provider } = ctx.oidc;
    if (!hasAppAccessControl(client)) return;
    const value = kind === 'RefreshToken' ? params.refresh_token : params.code;
    if (typeof value !== 'string' || value === '') return;
    const token =
      kind === 'RefreshToken' ? await provider.RefreshToken.find(value) : await provider.AuthorizationCode.find(value);
    if (!token || token.clientId !== client.clientId || !token.accountId) return;
    if (!(await allows(client.clientId, token.accountId))) throw denied();
  };
}

/**
 * The token exchange grant's check (personal access tokens and impersonation subject tokens): the
 * user the subject token stands for gets no token of an app whose access control refuses them
 * (400 `access_denied`, as at refresh). Apps without access control are passed by their client flag.
 */
export async function assertAppAccess(
  allows: AppAccessCheck | undefined,
  client: { clientId: string },
  accountId: string,
): Promise<void> {
  if (!allows || !hasAppAccessControl(client)) return;
  if (!(await allows(client.clientId, accountId))) throw denied();
}
