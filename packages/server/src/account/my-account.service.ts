import { generateBackupCodes } from '../experience/mfa.backup-codes.js';
import { newTotpSecret, totpQrCode } from '../experience/mfa.totp.js';
import { guardPasswordPolicy } from '../experience/password-policy.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { TokenVault } from '../token-vault/index.js';
import type { User, UserMfaService, UsersService } from '../users/index.js';
import type { AccountCenter, AccountCenterField } from './account-center.schemas.js';
import type { AccountCenterStore } from './account-center.store.js';
import { guardEditable, guardScope, readable } from './account-guards.js';
import type { AccountProfile, AddMfa, UpdateAccount } from './my-account.schemas.js';
import type { VerificationRecords } from './verification-records.service.js';

/** Who calls: the user of the access token, its scopes, and the `logto-verification-id` header. */
export interface AccountCaller {
  userId: string;
  scopes: ReadonlySet<string>;
  verificationId?: string;
  /** The uid of the sign-in session the caller's access token was issued in, when it has one. */
  sessionUid?: string;
}

type Settings = Pick<
  Awaited<ReturnType<SignInExperienceService['settings']>>,
  'passwordPolicy' | 'signUp' | 'mfa' | 'passkeySignIn'
>;

/** Logto's scoped profile: each part only with its scope, then only the fields the account center shows. */
function visibleProfile(user: User, scopes: ReadonlySet<string>, center: AccountCenter): AccountProfile {
  const { id, username, primaryEmail, primaryPhone, name, avatar, customData, identities, profile, hasPassword } = user;
  const { address, ...restProfile } = profile;
  const profileScope = scopes.has('profile');
  const shown: AccountProfile = {
    id,
    ...(profileScope && {
      lastSignInAt: user.lastSignInAt,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      applicationId: user.applicationId,
      isSuspended: user.isSuspended,
    }),
  };
  const parts: [AccountCenterField, boolean, Partial<AccountProfile>][] = [
    ['name', profileScope, { name }],
    ['avatar', profileScope, { avatar }],
    ['username', profileScope, { username }],
    ['profile', profileScope, { profile: { ...restProfile, ...(scopes.has('address') && address && { address }) } }],
    ['password', profileScope, { hasPassword }],
    ['email', scopes.has('email'), { primaryEmail }],
    ['phone', scopes.has('phone'), { primaryPhone }],
    ['customData', scopes.has('custom_data'), { customData }],
    ['social', scopes.has('identities'), { identities }],
  ];
  for (const [field, scoped, value] of parts) if (scoped && readable(center, field)) Object.assign(shown, value);
  return shown;
}

/**
 * The signed-in user's own account (Logto's Account API). Every call needs the account center
 * on; each field follows its permission (Off: hidden and refused, ReadOnly: shown, Edit: changeable);
 * sensitive changes need a verification record proving the user's identity.
 */
export function createMyAccount(deps: {
  users: Pick<UsersService, 'get' | 'update' | 'setPassword' | 'linkSocialIdentity' | 'unlinkSocialIdentity'>;
  accountCenter: Pick<AccountCenterStore, 'get'>;
  records: Pick<VerificationRecords, 'proveIdentity' | 'spendNewIdentifier' | 'spendSocial' | 'spendWebAuthn'>;
  settings: () => Promise<Settings>;
  mfa: Pick<UserMfaService, 'list' | 'create' | 'remove' | 'bindBackupCodes' | 'addPasskey' | 'renamePasskey'>;
  /** Keeps the provider tokens a linking verification brought (connectors with token storage on). */
  tokenVault: Pick<TokenVault, 'keep'>;
}) {
  const { users, records } = deps;

  /** The account center (refused while off) and the caller's account (refused when suspended). */
  async function open(caller: AccountCaller): Promise<{ center: AccountCenter; user: User }> {
    const center = await deps.accountCenter.get();
    if (!center.enabled) throw new RequestError('account_center.not_enabled', 400);
    const user = await users.get(caller.userId).catch(() => undefined);
    if (!user || user.isSuspended) throw new RequestError('auth.unauthorized', 401);
    return { center, user };
  }

  const proveIdentity = (caller: AccountCaller) => records.proveIdentity(caller.userId, caller.verificationId);

  async function setIdentifier(
    caller: AccountCaller,
    kind: 'email' | 'phone',
    value: string | null,
    newRecordId?: string,
  ): Promise<void> {
    const { center, user } = await open(caller);
    await proveIdentity(caller);
    guardEditable(center, kind);
    guardScope(caller, kind);
    if (value === null) {
      const { signUp } = await deps.settings();
      const other = kind === 'email' ? 'phone' : 'email';
      if (signUp.identifiers.includes(kind)) {
        if (!signUp.identifiers.includes(other)) throw new RequestError(`user.${kind}_required`, 400);
        if (!(other === 'email' ? user.primaryEmail : user.primaryPhone))
          throw new RequestError('user.email_or_phone_required', 400);
      }
    } else {
      await records.spendNewIdentifier(caller.userId, newRecordId as string, { type: kind, value });
    }
    await users.update(caller.userId, kind === 'email' ? { primaryEmail: value } : { primaryPhone: value });
  }

  async function guardMfa(caller: AccountCaller, need: 'read' | 'edit'): Promise<void> {
    const { center } = await open(caller);
    if (need === 'edit') await proveIdentity(caller);
    if (need === 'edit') guardEditable(center, 'mfa');
    else if (!readable(center, 'mfa')) throw new RequestError('account_center.field_not_enabled', 400);
    guardScope(caller, 'identities', 401);
  }

  return {
    guardOpen: open,
    proveIdentity,

    async get(caller: AccountCaller): Promise<AccountProfile> {
      const { center, user } = await open(caller);
      return visibleProfile(user, caller.scopes, center);
    },

    async update(caller: AccountCaller, body: UpdateAccount): Promise<AccountProfile> {
      const { center } = await open(caller);
      for (const field of ['name', 'avatar', 'username', 'customData'] as const)
        if (body[field] !== undefined) guardEditable(center, field);
      guardScope(caller, 'profile');
      if (body.customData !== undefined) guardScope(caller, 'custom_data');
      if (body.username !== undefined) await proveIdentity(caller);
      const user = await users.update(caller.userId, body);
      return visibleProfile(user, caller.scopes, center);
    },

    async updateProfile(caller: AccountCaller, profile: User['profile']): Promise<User['profile']> {
      const { center, user } = await open(caller);
      guardEditable(center, 'profile');
      guardScope(caller, 'profile');
      if (profile.address !== undefined) guardScope(caller, 'address');
      const updated = await users.update(caller.userId, { profile: { ...user.profile, ...profile } });
      return updated.profile;
    },

    async setPassword(caller: AccountCaller, password: string): Promise<void> {
      const { center, user } = await open(caller);
      if (user.hasPassword || user.primaryEmail || user.primaryPhone) await proveIdentity(caller);
      guardEditable(center, 'password');
      const { passwordPolicy } = await deps.settings();
      guardPasswordPolicy(password, [user.username, user.primaryEmail, user.primaryPhone, user.name], passwordPolicy);
      await users.setPassword(caller.userId, password);
    },

    setPrimaryEmail: (caller: AccountCaller, email: string, recordId: string) =>
      setIdentifier(caller, 'email', email, recordId),
    removePrimaryEmail: (caller: AccountCaller) => setIdentifier(caller, 'email', null),
    setPrimaryPhone: (caller: AccountCaller, phone: string, recordId: string) =>
      setIdentifier(caller, 'phone', phone, recordId),
    removePrimaryPhone: (caller: AccountCaller) => setIdentifier(caller, 'phone', null),

    /**
     * Links the social account a verified social record read (`user.identity_already_in_use` when
     * another user has it). `replace` (Logto's PUT) swaps an account of the same provider; without
     * it (POST) a provider the user already linked is refused.
     */
    async linkIdentity(caller: AccountCaller, recordId: string, replace = false): Promise<void> {
      const { center, user } = await open(caller);
      await proveIdentity(caller);
      guardEditable(center, 'social');
      guardScope(caller, 'identities', 401);
      const { target, identity, tokens } = await records.spendSocial(caller.userId, recordId);
      if (!replace && user.identities[target] !== undefined)
        throw new RequestError('user.identity_already_in_use', 422);
      await users.linkSocialIdentity(caller.userId, target, identity);
      await deps.tokenVault.keep(caller.userId, tokens);
    },

    async removeIdentity(caller: AccountCaller, target: string): Promise<void> {
      const { center } = await open(caller);
      await proveIdentity(caller);
      guardEditable(center, 'social');
      guardScope(caller, 'identities', 401);
      await users.unlinkSocialIdentity(caller.userId, target);
    },

    async mfaVerifications(caller: AccountCaller) {
      await guardMfa(caller, 'read');
      return deps.mfa.list(caller.userId);
    },

    /** A new secret for the user's authenticator app, and its QR code; nothing is kept until the user binds it. */
    async totpSecret(caller: AccountCaller) {
      const { user } = await open(caller);
      const secret = newTotpSecret();
      const label = user.username ?? user.primaryEmail ?? user.primaryPhone ?? user.name ?? user.id;
      return { secret, secretQrCode: await totpQrCode(secret, 'Tessera', label) };
    },

    /** Ten new codes to show the user; nothing is kept until the user binds them. */
    async newBackupCodes(caller: AccountCaller) {
      await open(caller);
      return { codes: generateBackupCodes().codes };
    },

    async addMfa(caller: AccountCaller, body: AddMfa): Promise<void> {
      await guardMfa(caller, 'edit');
      const { mfa, passkeySignIn } = await deps.settings();
      // A passkey also serves passkey sign-in, so it may be added when that is on.
      const passkeyAllowed = body.type === 'WebAuthn' && passkeySignIn.enabled;
      if (!mfa.factors.includes(body.type) && !passkeyAllowed)
        throw new RequestError('session.mfa.mfa_factor_not_enabled', 400, {
          message: `The ${body.type} factor is not enabled in the sign-in experience.`,
        });
      if (body.type === 'Totp') await deps.mfa.create(caller.userId, body);
      else if (body.type === 'WebAuthn') {
        const credential = await records.spendWebAuthn(caller.userId, body.newIdentifierVerificationRecordId);
        await deps.mfa.addPasskey(caller.userId, credential, body.name);
      } else await deps.mfa.bindBackupCodes(caller.userId, body.codes);
    },

    /** Logto's `PATCH /api/my-account/mfa-verifications/:verificationId/name`: a passkey's name. */
    async renameMfa(caller: AccountCaller, verificationId: string, name: string): Promise<void> {
      await guardMfa(caller, 'edit');
      await deps.mfa.renamePasskey(caller.userId, verificationId, name);
    },

    async removeMfa(caller: AccountCaller, verificationId: string): Promise<void> {
      await guardMfa(caller, 'edit');
      await deps.mfa.remove(caller.userId, verificationId).catch((error: unknown) => {
        if (error instanceof RequestError && error.status === 404)
          throw new RequestError('verification_record.not_found', 400);
        throw error;
      });
    },
  };
}

export type MyAccount = ReturnType<typeof createMyAccount>;
