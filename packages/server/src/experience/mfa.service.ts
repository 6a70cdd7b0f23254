import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { UsersService } from '../users/index.js';
import type { ExperienceState, InteractionEvent, VerificationRecord } from './experience.schemas.js';
import { generateBackupCodes } from './mfa.backup-codes.js';
import {
  type CodeMfaFactor,
  codeMfaFactors,
  type MfaFactor,
  type SupportedMfaFactor,
  supportedMfaFactors,
} from './mfa.schemas.js';
import type { MfaRow, MfaStore, StoredBackupCode } from './mfa.store.js';
import { matchingTotpStep, newTotpSecret, totpQrCode } from './mfa.totp.js';
import { codeMatches } from './verification-code.js';
import type { WebAuthnVerificationRecord } from './webauthn.schemas.js';

const mfaAction = 'mfa';

type MfaPolicy = Awaited<ReturnType<SignInExperienceService['settings']>>['mfa']['policy'];

/** Whether the policy makes the user set up a factor before finishing this event. */
function isMandatory(policy: MfaPolicy, event: InteractionEvent): boolean {
  if (policy === 'PromptOnlyAtSignInMandatory') return event === 'SignIn';
  return policy === 'Mandatory' || policy === 'PromptAtSignInAndSignUpMandatory';
}

/** Whether the policy offers (skippably) to set up a factor at this event. */
function prompts(policy: MfaPolicy, event: InteractionEvent): boolean {
  if (policy === 'NoPrompt') return false;
  if (policy === 'PromptOnlyAtSignIn' || policy === 'PromptOnlyAtSignInMandatory') return event === 'SignIn';
  return true;
}

const unusedCodes = (row: MfaRow): StoredBackupCode[] =>
  (JSON.parse(row.codes ?? '[]') as StoredBackupCode[]).filter((c) => c.usedAt === null);

/** A verification record of the interaction, WebAuthn ceremonies (kept in the MFA state) included. */
const findRecord = (state: ExperienceState, id: string): VerificationRecord | WebAuthnVerificationRecord | undefined =>
  (state.verifications[id] as VerificationRecord | undefined) ?? state.mfa?.webAuthn?.[id];

const addRecord = (state: ExperienceState, record: VerificationRecord): ExperienceState => ({
  ...state,
  verifications: { ...state.verifications, [record.id]: record },
});

/**
 * Multi-factor authentication in the Experience API: TOTP (authenticator apps), backup codes,
 * and the binding and submit rules of WebAuthn (its ceremonies are in webauthn.service.ts).
 * Factors are verified or created as verification records of the interaction, bound at
 * submit, and submit refuses a user who has a factor but verified none.
 */
export function createMfa({
  store,
  box,
  sentinel,
  signInExperience,
  users,
  clock,
  issuer = 'Tessera',
}: {
  store: MfaStore;
  box: SecretBox;
  sentinel: Sentinel;
  signInExperience: SignInExperienceService;
  users: UsersService;
  clock: () => number;
  issuer?: string;
}) {
  const matchingStep = (secret: string, code: string) => matchingTotpStep(secret, code, clock());

  async function enabledFactors(): Promise<MfaFactor[]> {
    const { mfa } = await signInExperience.settings();
    return [...supportedMfaFactors, ...codeMfaFactors].filter((factor) => mfa.factors.includes(factor));
  }

  async function guardEnabled(type: MfaFactor): Promise<void> {
    if (!(await enabledFactors()).includes(type))
      throw new RequestError('session.mfa.mfa_factor_not_enabled', 400, {
        message: `The ${type} factor is not enabled in the sign-in experience.`,
      });
  }

  /** Counts the try before the code is checked (one atomic statement), so concurrent tries can not overshoot. */
  async function guardAttempts(target: string): Promise<void> {
    if (!(await sentinel.attempt(target, mfaAction)))
      throw new RequestError('session.verification_blocked_too_many_attempts', 429);
  }

  function identifiedUser(state: ExperienceState): string {
    if (!state.userId) throw new RequestError('session.identifier_not_found', 404);
    return state.userId;
  }

  /** Bound factors that count for this user under the current settings; a verified email or phone is one. */
  async function boundFactors(userId: string, enabled: MfaFactor[]): Promise<MfaFactor[]> {
    const rows = await store.list(userId);
    const user = await users.findOrThrow(userId);
    return enabled.filter((type) => {
      if (type === 'EmailVerificationCode') return Boolean(user.primary_email);
      if (type === 'PhoneVerificationCode') return Boolean(user.primary_phone);
      return rows.some((row) => row.type === type && (type !== 'BackupCode' || unusedCodes(row).length > 0));
    });
  }

  /** The factor a verified record of this interaction proves for `userId`, if any. */
  function provedFactor(
    record: VerificationRecord | WebAuthnVerificationRecord,
    userId: string | undefined,
  ): MfaFactor | undefined {
    if (!('verified' in record) || record.verified !== true || !('userId' in record) || record.userId !== userId)
      return undefined;
    if (record.type === 'Totp' || record.type === 'BackupCode') return record.type;
    // A passkey that signed the user in is the WebAuthn factor too: it proved possession and the user.
    if (record.type === 'WebAuthn' || record.type === 'SignInPasskey')
      return record.ceremony === 'authentication' ? 'WebAuthn' : undefined;
    if (record.type === 'MfaEmailVerificationCode') return 'EmailVerificationCode';
    if (record.type === 'MfaPhoneVerificationCode') return 'PhoneVerificationCode';
    return undefined;
  }

  /** The lockout shared by every factor: wrong codes and failed passkey checks count together. */
  const attempts = {
    async guard(userId: string): Promise<void> {
      await guardAttempts(`user:${userId}`);
    },
    reset: (userId: string) => sentinel.reset(`user:${userId}`, mfaAction),
  };

  return {
    guardEnabled,
    attempts,

    /** A passkey may be registered as an MFA factor, or for passkey sign-in when that is on. */
    async guardPasskeyRegistration(): Promise<void> {
      if ((await signInExperience.settings()).passkeySignIn.enabled) return;
      await guardEnabled('WebAuthn');
    },

    /** Logto's `mfa-enabled`: the user turns MFA on in this interaction (kept on the user at submit). */
    enable(state: ExperienceState): ExperienceState {
      identifiedUser(state);
      return { ...state, mfa: { ...state.mfa, enabled: true } };
    },

    /** Logto's `passkey-skipped`: no passkey now (remembered for the user when signing in). */
    skipPasskey(state: ExperienceState): ExperienceState {
      identifiedUser(state);
      return { ...state, mfa: { ...state.mfa, passkeySkipped: true } };
    },

    /**
     * With passkey sign-in on, a user without a passkey is asked to add one at submit (422
     * `user.passkey_preferred`), unless they skipped it now or at an earlier sign-in.
     */
    async guardPasskeyPreferred(
      state: ExperienceState,
      userId: string | undefined,
      skippedBefore = false,
    ): Promise<void> {
      if (!(await signInExperience.settings()).passkeySignIn.enabled) return;
      if (state.mfa?.passkeySkipped || skippedBefore) return;
      const binding = (state.mfa?.bindings ?? []).some((b) => b.type === 'WebAuthn');
      if (binding || (userId && (await store.list(userId)).some((row) => row.type === 'WebAuthn'))) return;
      throw new RequestError('user.passkey_preferred', 422, {
        message: 'Add a passkey to sign in with it next time, or skip.',
      });
    },

    /** Binds a verified new passkey for sign-in (Logto's `profile/mfa/passkey`), whether or not WebAuthn is an MFA factor. */
    async bindPasskey(state: ExperienceState, verificationId: string): Promise<ExperienceState> {
      const record = state.mfa?.webAuthn?.[verificationId];
      if (!record) throw new RequestError('session.verification_session_not_found', 404);
      if (
        record.type !== 'WebAuthn' ||
        !record.credential ||
        !record.verified ||
        (record.userId && record.userId !== state.userId)
      )
        throw new RequestError('session.verification_failed', 400);
      const bindings = (state.mfa?.bindings ?? []).filter((b) => b.verificationId !== verificationId);
      return { ...state, mfa: { ...state.mfa, bindings: [...bindings, { type: 'WebAuthn', verificationId }] } };
    },

    /** A new TOTP secret to bind, with its otpauth:// URI as a QR code (data URL). */
    async createTotpSecret(
      state: ExperienceState,
    ): Promise<[ExperienceState, { verificationId: string; secret: string; secretQrCode: string }]> {
      await guardEnabled('Totp');
      let label = 'account';
      if (state.userId) {
        if (await store.find(state.userId, 'Totp')) throw new RequestError('user.totp_already_in_use', 422);
        const user = await users.findOrThrow(state.userId);
        label = user.username ?? user.primary_email ?? user.primary_phone ?? user.id;
      }
      const secret = newTotpSecret();
      const secretQrCode = await totpQrCode(secret, issuer, label);
      const id = generateId();
      const record: VerificationRecord = { id, type: 'Totp', verified: false, secretSealed: box.seal(secret) };
      return [addRecord(state, record), { verificationId: id, secret, secretQrCode }];
    },

    /**
     * With a verificationId: checks a code against the secret being bound. Without: checks it
     * against the user's bound secret; a code's time step is accepted once.
     */
    async verifyTotp(
      state: ExperienceState,
      code: string,
      verificationId?: string,
    ): Promise<[ExperienceState, string]> {
      if (verificationId) {
        const record = state.verifications[verificationId];
        if (record?.type !== 'Totp' || !record.secretSealed)
          throw new RequestError('session.verification_session_not_found', 404);
        const target = state.userId ? `user:${state.userId}` : `verification:${record.id}`;
        await guardAttempts(target);
        const step = matchingStep(box.open(record.secretSealed), code);
        if (step === undefined) {
          throw new RequestError('session.mfa.invalid_totp_code', 400);
        }
        await sentinel.reset(target, mfaAction);
        return [addRecord(state, { ...record, verified: true, step }), record.id];
      }
      const userId = identifiedUser(state);
      const factor = await store.find(userId, 'Totp');
      if (!factor?.secret) throw new RequestError('session.mfa.mfa_factor_not_found', 422);
      const target = `user:${userId}`;
      await guardAttempts(target);
      const step = matchingStep(box.open(factor.secret), code);
      if (step === undefined || !(await store.useTotpStep(factor.id, step, clock()))) {
        throw new RequestError('session.mfa.invalid_totp_code', 400);
      }
      await sentinel.reset(target, mfaAction);
      const id = generateId();
      return [addRecord(state, { id, type: 'Totp', verified: true, userId }), id];
    },

    /** Ten random single-use codes; only their salted hashes stay in the interaction. */
    async generateBackupCodes(
      state: ExperienceState,
    ): Promise<[ExperienceState, { verificationId: string; codes: string[] }]> {
      await guardEnabled('BackupCode');
      const { codes, hashed } = generateBackupCodes();
      const id = generateId();
      return [
        addRecord(state, { id, type: 'BackupCode', verified: true, codes: hashed }),
        { verificationId: id, codes },
      ];
    },

    async verifyBackupCode(state: ExperienceState, code: string): Promise<[ExperienceState, string]> {
      const userId = identifiedUser(state);
      const target = `user:${userId}`;
      await guardAttempts(target);
      const row = await store.find(userId, 'BackupCode');
      const codes = JSON.parse(row?.codes ?? '[]') as StoredBackupCode[];
      const index = codes.findIndex((c) => c.usedAt === null && codeMatches(code.toLowerCase(), c.salt, c.hash));
      const now = clock();
      const used = codes.map((c, i) => (i === index ? { ...c, usedAt: now } : c));
      if (!row || index < 0 || !(await store.useBackupCode(row, used, now))) {
        throw new RequestError('session.mfa.invalid_backup_code', 400);
      }
      await sentinel.reset(target, mfaAction);
      const id = generateId();
      return [addRecord(state, { id, type: 'BackupCode', verified: true, userId }), id];
    },

    /** Marks a verified new factor to bind at submit. Backup codes need another factor beside them. */
    /**
     * Logto's email or phone MFA factor set up: the email or phone the profile just took (from a
     * verified code of this interaction) becomes the factor, and that code counts as verified.
     */
    async bindCode(state: ExperienceState, type: CodeMfaFactor, verificationId: string): Promise<ExperienceState> {
      const bindings = (state.mfa?.bindings ?? []).filter((b) => b.type !== type);
      return { ...state, mfa: { ...state.mfa, bindings: [...bindings, { type, verificationId }] } };
    },

    async bind(state: ExperienceState, type: SupportedMfaFactor, verificationId: string): Promise<ExperienceState> {
      await guardEnabled(type);
      const record = findRecord(state, verificationId);
      if (!record) throw new RequestError('session.verification_session_not_found', 404);
      const fresh =
        (record.type === 'Totp' && record.secretSealed) ||
        (record.type === 'BackupCode' && record.codes) ||
        (record.type === 'WebAuthn' && record.credential && (!record.userId || record.userId === state.userId));
      if (record.type !== type || !fresh || !record.verified)
        throw new RequestError('session.verification_failed', 400);
      if (type === 'Totp' && state.userId && (await store.find(state.userId, 'Totp')))
        throw new RequestError('user.totp_already_in_use', 422);
      const bindings = (state.mfa?.bindings ?? []).filter((b) => b.type !== type);
      if (type === 'BackupCode') {
        const others = state.userId ? (await store.list(state.userId)).filter((r) => r.type !== 'BackupCode') : [];
        if (others.length === 0 && bindings.length === 0)
          throw new RequestError('session.mfa.backup_code_can_not_be_alone', 422, {
            message: 'Backup codes can only be added beside another factor.',
          });
      }
      return { ...state, mfa: { ...state.mfa, bindings: [...bindings, { type, verificationId }] } };
    },

    /** Skips setting up MFA for this interaction, when the policy allows it. */
    async skip(state: ExperienceState): Promise<ExperienceState> {
      const { mfa } = await signInExperience.settings();
      if (isMandatory(mfa.policy, state.event))
        throw new RequestError('session.mfa.mfa_policy_not_user_controlled', 422, {
          message: 'The sign-in experience makes multi-factor authentication mandatory.',
        });
      return { ...state, mfa: { ...state.mfa, skipped: true } };
    },

    /**
     * Before submit: a user with a factor must have verified one in this interaction; a user
     * without one must bind one when the policy says so (or skip when it is optional).
     * `userId` is undefined for an account submit is about to create.
     */
    async guardSubmit(state: ExperienceState, userId: string | undefined): Promise<void> {
      const { mfa } = await signInExperience.settings();
      const enabled = await enabledFactors();
      if (enabled.length === 0) return;
      const bound = userId ? await boundFactors(userId, enabled) : [];
      if (bound.length > 0) {
        // Logto's `skipMfaOnSignIn` (Account API mfa-settings): the user chose not to be asked,
        // which a mandatory policy overrides.
        if (userId && !isMandatory(mfa.policy, state.event) && (await users.logtoConfig(userId)).mfa?.skipMfaOnSignIn)
          return;
        const records = [...Object.values(state.verifications), ...Object.values(state.mfa?.webAuthn ?? {})];
        const verified = records.some((v) => {
          const factor = provedFactor(v, userId);
          return factor !== undefined && enabled.includes(factor);
        });
        if (!verified)
          throw new RequestError('session.mfa.require_mfa_verification', 403, {
            message: 'Verify with one of your multi-factor authentication factors.',
            data: { availableFactors: bound },
          });
        return;
      }
      const binding = (state.mfa?.bindings ?? []).some((b) => enabled.includes(b.type));
      if (binding) return;
      const mandatory = isMandatory(mfa.policy, state.event);
      if (mandatory || (prompts(mfa.policy, state.event) && !state.mfa?.skipped))
        throw new RequestError('user.missing_mfa', 422, {
          message: 'Set up multi-factor authentication before signing in.',
          data: { availableFactors: enabled, skippable: !mandatory },
        });
    },

    /** Stores the factors bound in this interaction on the (now known) user. */
    async persistBindings(state: ExperienceState, userId: string): Promise<void> {
      const enabled = await enabledFactors();
      const { passkeySignIn } = await signInExperience.settings();
      for (const { type, verificationId } of state.mfa?.bindings ?? []) {
        const record = findRecord(state, verificationId);
        const allowed = enabled.includes(type) || (type === 'WebAuthn' && passkeySignIn.enabled);
        if (!allowed || !record) continue;
        if (record.type === 'Totp' && record.verified && record.secretSealed)
          await store.bind(userId, 'Totp', { secret: record.secretSealed, totpLastStep: record.step }, clock());
        if (record.type === 'BackupCode' && record.codes)
          await store.bind(userId, 'BackupCode', { codes: record.codes.map((c) => ({ ...c, usedAt: null })) }, clock());
        if (record.type === 'WebAuthn' && record.verified && record.credential)
          await store.addWebAuthn(userId, record.credential, clock());
      }
    },
  };
}

export type MfaService = ReturnType<typeof createMfa>;
