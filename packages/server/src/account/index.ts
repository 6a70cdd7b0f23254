import type { Kysely } from 'kysely';
import type { ConnectorsService } from '../connectors/index.js';
import type { MfaStore } from '../experience/mfa.store.js';
import type { SocialVerification } from '../experience/social-verification.service.js';
import type { RelyingParty } from '../experience/webauthn.service.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { Database } from '../storage/schema.js';
import type { TokenVault } from '../token-vault/index.js';
import type { UserAssets } from '../user-assets/index.js';
import type { UserMfaService, UserSessions, UsersService } from '../users/index.js';
import { createAccountCenterStore } from './account-center.store.js';
import { createMyAccount } from './my-account.service.js';
import { createMyAccountExtras } from './my-account-extras.service.js';
import { createVerificationRecords } from './verification-records.service.js';
import { createVerificationRecordsStore } from './verification-records.store.js';

export { registerAccountCenterRoutes, registerPublicAccountCenterRoute } from './account-center.routes.js';
export type { AccountCenterStore } from './account-center.store.js';
export { createMyAccountRouter, verificationIdHeader } from './my-account.routes.js';
export { createVerificationsRouter, createWebAuthnWellKnownRouter } from './verifications.routes.js';

/** The Account API: account center settings, verification records and the user's own account. */
export function createAccountModule(deps: {
  db: Kysely<Database>;
  users: UsersService;
  userMfa: UserMfaService;
  connectors: Pick<ConnectorsService, 'sendMessage'>;
  signInExperience: Pick<SignInExperienceService, 'settings'>;
  /** Password tries per user: the sign-in lockout policy. */
  sentinel: Sentinel;
  /** The Experience API's code limits, so a user can not send more codes here than there. */
  codeLimits: { perIdentifier: Sentinel; perIp: Sentinel; perCode: Sentinel };
  /** The Experience API's social verification (authorization URL, then the provider's callback). */
  social: Pick<SocialVerification, 'createAuthorization' | 'verify'>;
  /** The user's sign-in sessions and grants (the Users API's), for `/my-account/sessions` and `/grants`. */
  sessions: UserSessions;
  assets: UserAssets;
  /** The users' passkeys and the relying party, for passkey registration. */
  mfaStore: MfaStore;
  relyingParty: RelyingParty;
  /** Social provider tokens: kept when a link brings them, read by their owner. */
  tokenVault: TokenVault;
  clock: () => number;
}) {
  const accountCenter = createAccountCenterStore(deps.db);
  const settings = () => deps.signInExperience.settings();
  const records = createVerificationRecords({
    store: createVerificationRecordsStore(deps.db),
    users: deps.users,
    sendMessage: (type, message) => deps.connectors.sendMessage(type, message),
    codePolicy: async () => (await settings()).verificationCodePolicy,
    sentinel: deps.sentinel,
    codeLimits: deps.codeLimits,
    social: deps.social,
    webAuthn: {
      relyingParty: deps.relyingParty,
      store: deps.mfaStore,
      relatedOrigins: async () => (await accountCenter.get()).webauthnRelatedOrigins,
    },
    clock: deps.clock,
  });
  const myAccount = createMyAccount({
    users: deps.users,
    accountCenter,
    records,
    settings,
    mfa: deps.userMfa,
    tokenVault: deps.tokenVault,
  });
  const extras = createMyAccountExtras({
    myAccount,
    users: deps.users,
    sessions: deps.sessions,
    mfa: deps.userMfa,
    settings,
    assets: deps.assets,
    records,
    tokenVault: deps.tokenVault,
  });
  return { accountCenter, records, myAccount, extras };
}

export type AccountModule = ReturnType<typeof createAccountModule>;
