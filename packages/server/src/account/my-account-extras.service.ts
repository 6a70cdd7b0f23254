import type { UploadedFile } from '../http/multipart.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { TokenVault } from '../token-vault/index.js';
import type { UserAssets } from '../user-assets/index.js';
import type { GrantAppType, RevokeGrantsTarget, UserMfaService, UserSessions, UsersService } from '../users/index.js';
import { guardEditable, guardReadable, guardScope } from './account-guards.js';
import type { LogtoConfigPatch } from './my-account.schemas.js';
import type { AccountCaller, MyAccount } from './my-account.service.js';
import type { VerificationRecords } from './verification-records.service.js';

/** Logto's `UserScope.Sessions`: the Account API's sessions and grants need it. */
export const sessionsScope = 'urn:logto:scope:sessions';

/** Logto's logto-configs answer: every switch, `false` when never set. */
function logtoConfigView(config: Awaited<ReturnType<UsersService['logtoConfig']>>) {
  return {
    mfa: {
      ...(config.mfa?.enabled !== undefined && { enabled: config.mfa.enabled === true }),
      skipped: config.mfa?.skipped === true,
      skipMfaOnSignIn: config.mfa?.skipMfaOnSignIn === true,
    },
    passkeySignIn: { skipped: config.passkeySignIn?.skipped === true },
  };
}

/** A missing session or grant, or another user's: one answer, so ids of others reveal nothing. */
const notFoundAs = (code: string) => (error: unknown) => {
  if (error instanceof RequestError && error.status === 404) throw new RequestError(code, 404);
  throw error;
};

/**
 * The Account API's other routes (Logto 1.42): the user's sessions and grants, logto-configs,
 * MFA settings, TOTP replacement, provider tokens and avatar upload. Same rules as the profile
 * routes: the account center must be on, each feature follows its field's permission, and
 * changes (and the session list) need a verification record.
 */
export function createMyAccountExtras(deps: {
  myAccount: Pick<MyAccount, 'guardOpen' | 'proveIdentity'>;
  users: Pick<UsersService, 'logtoConfig' | 'updateLogtoConfig'>;
  sessions: UserSessions;
  mfa: Pick<UserMfaService, 'replaceTotp'>;
  settings: () => Promise<Pick<Awaited<ReturnType<SignInExperienceService['settings']>>, 'mfa'>>;
  assets: Pick<UserAssets, 'upload' | 'guardUploadRate'>;
  records: Pick<VerificationRecords, 'socialTokens'>;
  tokenVault: Pick<TokenVault, 'accessToken' | 'replace'>;
}) {
  const { myAccount, users, sessions } = deps;

  /** Sessions and grants: Logto asks for a verification even to read them. */
  async function guardSessions(caller: AccountCaller, need: 'read' | 'edit') {
    const { center } = await myAccount.guardOpen(caller);
    await myAccount.proveIdentity(caller);
    if (need === 'edit') guardEditable(center, 'session');
    else guardReadable(center, 'session');
    guardScope(caller, sessionsScope, 401);
  }

  async function guardMfaField(caller: AccountCaller, need: 'read' | 'edit') {
    const { center, user } = await myAccount.guardOpen(caller);
    guardScope(caller, 'identities', 401);
    if (need === 'edit') guardEditable(center, 'mfa');
    else guardReadable(center, 'mfa');
    return user;
  }

  return {
    /** Logto's `isCurrent`: true on the session the caller's access token was issued in (at most one). */
    async listSessions(caller: AccountCaller) {
      await guardSessions(caller, 'read');
      const { sessions: list } = await sessions.list(caller.userId);
      return {
        sessions: list.map((session) => ({
          ...session,
          isCurrent: caller.sessionUid !== undefined && session.payload.uid === caller.sessionUid,
        })),
      };
    },

    /** Ends one of the caller's sessions; another user's id answers as an unknown one. */
    async revokeSession(caller: AccountCaller, sessionId: string, revokeGrants?: RevokeGrantsTarget): Promise<void> {
      await guardSessions(caller, 'edit');
      await sessions.revoke(caller.userId, sessionId, revokeGrants).catch(notFoundAs('oidc.session_not_found'));
    },

    async listGrants(caller: AccountCaller, appType?: GrantAppType) {
      await guardSessions(caller, 'read');
      return sessions.grants(caller.userId, appType);
    },

    async revokeGrant(caller: AccountCaller, grantId: string): Promise<void> {
      await guardSessions(caller, 'edit');
      await sessions.revokeGrant(caller.userId, grantId).catch(notFoundAs('entity.not_found'));
    },

    async logtoConfigs(caller: AccountCaller) {
      await guardMfaField(caller, 'read');
      return logtoConfigView(await users.logtoConfig(caller.userId));
    },

    async updateLogtoConfigs(caller: AccountCaller, patch: LogtoConfigPatch) {
      await guardMfaField(caller, 'edit');
      return logtoConfigView(await users.updateLogtoConfig(caller.userId, patch));
    },

    async mfaSettings(caller: AccountCaller) {
      await guardMfaField(caller, 'read');
      return { skipMfaOnSignIn: (await users.logtoConfig(caller.userId)).mfa?.skipMfaOnSignIn === true };
    },

    async updateMfaSettings(caller: AccountCaller, skipMfaOnSignIn: boolean) {
      await myAccount.proveIdentity(caller);
      await guardMfaField(caller, 'edit');
      await users.updateLogtoConfig(caller.userId, { mfa: { skipMfaOnSignIn } });
      return { skipMfaOnSignIn };
    },

    /** Binds a TOTP secret the user's app proves with a code, replacing the one they had. */
    async replaceTotp(caller: AccountCaller, secret: string, code: string): Promise<void> {
      await myAccount.proveIdentity(caller);
      await guardMfaField(caller, 'edit');
      const { mfa } = await deps.settings();
      if (!mfa.factors.includes('Totp'))
        throw new RequestError('session.mfa.mfa_factor_not_enabled', 400, {
          message: 'The Totp factor is not enabled in the sign-in experience.',
        });
      await deps.mfa.replaceTotp(caller.userId, secret, code);
    },

    /** Logto's stored provider tokens: the caller's own, for a social identity of theirs. */
    async providerAccessToken(caller: AccountCaller, target: string) {
      await myAccount.guardOpen(caller);
      return deps.tokenVault.accessToken(caller.userId, target);
    },

    /** Logto's `PUT …/access-token`: the social record must be for `target` and the caller's identity. */
    async storeProviderAccessToken(caller: AccountCaller, target: string, recordId: string) {
      await myAccount.guardOpen(caller);
      const tokens = await deps.records.socialTokens(caller.userId, recordId);
      return deps.tokenVault.replace(caller.userId, target, tokens);
    },

    async uploadAvatar(caller: AccountCaller, file: () => Promise<UploadedFile>) {
      const { center } = await myAccount.guardOpen(caller);
      guardScope(caller, 'profile', 401);
      guardEditable(center, 'avatar');
      await deps.assets.guardUploadRate(`user:${caller.userId}`);
      return deps.assets.upload(await file(), caller.userId);
    },
  };
}

export type MyAccountExtras = ReturnType<typeof createMyAccountExtras>;
