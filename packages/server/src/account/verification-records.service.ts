import type { ConnectorsService } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import type { ExperienceState, SocialVerificationRecord } from '../experience/experience.schemas.js';
import type { MfaStore } from '../experience/mfa.store.js';
import { identityTokensOf, type SocialVerification } from '../experience/social-verification.service.js';
import {
  codeMatches,
  generateCode,
  guardCodeUsable,
  hashCode,
  isValidIdentifier,
  newSalt,
  normalizeIdentifier,
} from '../experience/verification-code.js';
import type { NewWebAuthnCredential, RegistrationPayload } from '../experience/webauthn.schemas.js';
import {
  passkeyInUse,
  passkeyRegistrationOptions,
  passkeysOf,
  type RelyingParty,
  verifyPasskeyRegistration,
} from '../experience/webauthn.service.js';
import { RequestError } from '../http/request-error.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import type { UsersService } from '../users/index.js';
import type { CodeTarget } from './my-account.schemas.js';
import type { VerificationRecordsStore } from './verification-records.store.js';

/** Logto's verification records live ten minutes. */
export const verificationRecordTtlMs = 10 * 60 * 1000;

type Proof =
  | { type: 'Password' }
  /** A passkey registration: the challenge until the browser answers, then the new passkey to add. */
  | { type: 'WebAuthn'; challenge?: string; credential?: NewWebAuthnCredential }
  /** A social account the user signed in to at its provider (the connector's session, then the user it read). */
  | { type: 'Social'; record: SocialVerificationRecord }
  | {
      type: 'EmailVerificationCode' | 'PhoneVerificationCode';
      identifier: CodeTarget;
      /** The code went to the user's own primary email or phone: once verified, it proves who they are. */
      ownIdentifier: boolean;
      salt: string;
      codeHash?: string;
      expiresAt: number;
      verified: boolean;
    };

const permissionDenied = () =>
  new RequestError('verification_record.permission_denied', 401, {
    message: 'Verify your identity first (header `logto-verification-id`).',
  });
const notFound = () => new RequestError('verification_record.not_found', 400);

/**
 * The Account API's verification records: a user proves who they are (password, or a code sent
 * to their own email or phone) or that they own a new email or phone (a code sent there). Each
 * record belongs to the user who made it, lives ten minutes, and a record proving a new
 * identifier is spent by the change it allows. Tries are counted by the shared sentinel before
 * a password or code is compared, so concurrent tries cannot outrun the limits.
 */
export function createVerificationRecords(deps: {
  store: VerificationRecordsStore;
  users: Pick<UsersService, 'findOrThrow' | 'checkPassword'>;
  sendMessage: ConnectorsService['sendMessage'];
  codePolicy: () => Promise<{ expirationDuration: number; maxRetryAttempts: number }>;
  /** Password tries per user (the sign-in lockout policy). */
  sentinel: Sentinel;
  codeLimits: { perIdentifier: Sentinel; perIp: Sentinel; perCode: Sentinel };
  /** The Experience API's social verification, run on a state holding just this record. */
  social: Pick<SocialVerification, 'createAuthorization' | 'verify'>;
  /** Passkey registration: the relying party, the users' passkeys, and the related origins allowed to register. */
  webAuthn: { relyingParty: RelyingParty; store: MfaStore; relatedOrigins: () => Promise<string[]> };
  clock: () => number;
}) {
  const { store, users, sentinel, codeLimits, clock } = deps;
  const isCode = (proof: Proof | undefined) =>
    proof?.type === 'EmailVerificationCode' || proof?.type === 'PhoneVerificationCode' ? proof : undefined;
  const stateWith = (records: SocialVerificationRecord[]): ExperienceState => ({
    event: 'SignIn',
    verifications: Object.fromEntries(records.map((record) => [record.id, record])),
  });

  async function save(userId: string, proof: Proof, id = generateId()) {
    const now = clock();
    const expiresAt = now + verificationRecordTtlMs;
    await store.insert({
      id,
      user_id: userId,
      type: proof.type,
      data: JSON.stringify(proof),
      expires_at: expiresAt,
      created_at: now,
    });
    return { verificationRecordId: id, expiresAt: new Date(expiresAt).toISOString() };
  }

  async function load(userId: string, id: string) {
    const row = await store.findActive(userId, id, clock());
    return row && { row, proof: JSON.parse(row.data) as Proof };
  }

  return {
    async byPassword(userId: string, password: string) {
      const target = `userId:${userId}`;
      if (!(await sentinel.attempt(target, 'password')))
        throw new RequestError('session.verification_blocked_too_many_attempts', 429);
      const user = await users.findOrThrow(userId);
      if (!(await users.checkPassword(user, password))) throw new RequestError('session.invalid_credentials', 422);
      await sentinel.reset(target, 'password');
      return save(userId, { type: 'Password' });
    },

    async sendCode(userId: string, given: CodeTarget, ip: string) {
      const identifier = normalizeIdentifier(given);
      if (!isValidIdentifier(identifier)) throw new RequestError(`guard.invalid_${identifier.type}`, 400);
      const user = await users.findOrThrow(userId);
      const own =
        (identifier.type === 'email' && identifier.value === user.primary_email) ||
        (identifier.type === 'phone' && identifier.value === user.primary_phone);
      const sendAction = 'verification_code_send';
      const identifierAllowed = await codeLimits.perIdentifier.attempt(
        `${identifier.type}:${identifier.value}`,
        sendAction,
      );
      const ipAllowed = await codeLimits.perIp.attempt(`ip:${ip}`, sendAction);
      if (!identifierAllowed || !ipAllowed)
        throw new RequestError('session.verification_blocked_too_many_attempts', 429, {
          message: 'Too many codes were sent. Please try again later.',
        });
      const { expirationDuration } = await deps.codePolicy();
      const code = generateCode();
      await deps.sendMessage(identifier.type === 'email' ? 'Email' : 'Sms', {
        to: identifier.value,
        type: own ? 'UserPermissionValidation' : 'BindNewIdentifier',
        payload: { code },
      });
      const salt = newSalt();
      return save(userId, {
        type: identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode',
        identifier,
        ownIdentifier: own,
        salt,
        codeHash: hashCode(code, salt),
        expiresAt: clock() + expirationDuration * 1000,
        verified: false,
      });
    },

    async verifyCode(userId: string, given: CodeTarget, id: string, code: string) {
      const identifier = normalizeIdentifier(given);
      const found = await load(userId, id);
      const proof = isCode(found?.proof);
      if (!found || !proof) throw notFound();
      const { row } = found;
      const codeHash = guardCodeUsable(proof, identifier, clock());
      const { maxRetryAttempts } = await deps.codePolicy();
      if (!(await codeLimits.perCode.attempt(`code:${id}`, 'verification_code', maxRetryAttempts)))
        throw new RequestError('verification_code.exceed_max_try', 400, {
          message: 'The code was entered wrong too many times. Request a new one.',
        });
      if (!codeMatches(code, proof.salt, codeHash))
        throw new RequestError('verification_code.code_mismatch', 400, { message: 'The code is wrong.' });
      const verified = JSON.stringify({ ...proof, verified: true, codeHash: undefined });
      if (!(await store.replaceData(id, row.data, verified))) throw notFound();
      return { verificationRecordId: id };
    },

    /** The `logto-verification-id` of a sensitive change: the user's password, or a code to their own email/phone. */
    async proveIdentity(userId: string, id: string | undefined): Promise<void> {
      const found = id ? await load(userId, id) : undefined;
      const proof = found?.proof;
      const code = isCode(proof);
      const proves = proof?.type === 'Password' || (code?.verified === true && code.ownIdentifier);
      if (!proves) throw permissionDenied();
    },

    /** Spends a verified code record that proves the user owns `identifier` (a new primary email/phone). */
    async spendNewIdentifier(userId: string, id: string, given: CodeTarget): Promise<void> {
      const identifier = normalizeIdentifier(given);
      const proof = isCode((await load(userId, id))?.proof);
      const matches =
        proof?.verified && proof.identifier.type === identifier.type && proof.identifier.value === identifier.value;
      if (!matches || !(await store.remove(id))) throw notFound();
    },

    /** Logto's `POST /api/verifications/social`: the provider's authorization URL, its session kept in a record. */
    async socialAuthorization(userId: string, connectorId: string, request: { state: string; redirectUri: string }) {
      const [state, { authorizationUri, verificationId }] = await deps.social.createAuthorization(
        stateWith([]),
        connectorId,
        request,
      );
      const record = state.verifications[verificationId] as SocialVerificationRecord;
      return { ...(await save(userId, { type: 'Social', record }, record.id)), authorizationUri };
    },

    /** The provider's callback data: the connector reads the user there, kept in the record. */
    async verifySocial(userId: string, id: string, connectorData: Record<string, unknown>) {
      const found = await load(userId, id);
      if (found?.proof.type !== 'Social') throw notFound();
      const { record } = found.proof;
      const [state] = await deps.social.verify(stateWith([record]), record.connectorId, connectorData, id);
      const verified = { type: 'Social', record: state.verifications[id] };
      if (!(await store.replaceData(id, found.row.data, JSON.stringify(verified)))) throw notFound();
      return { verificationRecordId: id };
    },

    /** Spends a verified social record: the identity to link to the user, and the provider's tokens if kept. */
    async spendSocial(userId: string, id: string) {
      const proof = (await load(userId, id))?.proof;
      const record = proof?.type === 'Social' ? proof.record : undefined;
      const tokens = record && identityTokensOf(record);
      if (!record?.verified || !tokens || !(await store.remove(id))) throw notFound();
      const { target, userInfo } = record.verified;
      return { target, identity: { userId: userInfo.id, details: { ...userInfo } }, tokens };
    },

    /** A verified social record of the user (not spent): the identity it read and the provider's tokens. */
    async socialTokens(userId: string, id: string) {
      const proof = (await load(userId, id))?.proof;
      const tokens = proof?.type === 'Social' ? identityTokensOf(proof.record) : undefined;
      if (!tokens) throw notFound();
      return tokens;
    },

    /** Logto's `POST /api/verifications/web-authn/registration`: options for a new passkey of the user. */
    async webAuthnRegistration(userId: string) {
      const { relyingParty, store: passkeys } = deps.webAuthn;
      const user = await users.findOrThrow(userId);
      const userName = user.username ?? user.primary_email ?? user.primary_phone ?? user.id;
      const existing = await passkeysOf(passkeys, userId);
      const registrationOptions = await passkeyRegistrationOptions(
        relyingParty,
        { userName, userDisplayName: user.name ?? userName },
        existing.map((p) => p.descriptor),
      );
      const saved = await save(userId, { type: 'WebAuthn', challenge: registrationOptions.challenge });
      return { ...saved, registrationOptions };
    },

    /** The browser's attestation: the challenge is spent by the try, the new passkey kept in the record. */
    async verifyWebAuthnRegistration(userId: string, id: string, payload: RegistrationPayload, agent?: string) {
      const found = await load(userId, id);
      const proof = found?.proof;
      if (!found || proof?.type !== 'WebAuthn' || !proof.challenge) throw notFound();
      const spent = JSON.stringify({ type: 'WebAuthn' });
      if (!(await store.replaceData(id, found.row.data, spent))) throw notFound();
      const { relyingParty, store: passkeys, relatedOrigins } = deps.webAuthn;
      const origins = [relyingParty.origin, ...(await relatedOrigins())];
      const credential = await verifyPasskeyRegistration(relyingParty, proof.challenge, payload, agent, origins);
      if (!credential)
        throw new RequestError('session.mfa.webauthn_verification_failed', 400, {
          message: 'The passkey response could not be verified. Request new options and try again.',
        });
      if (await passkeys.findWebAuthn(credential.id)) throw passkeyInUse();
      if (!(await store.replaceData(id, spent, JSON.stringify({ type: 'WebAuthn', credential })))) throw notFound();
      return { verificationRecordId: id };
    },

    /** Spends a verified passkey registration: the passkey to add to the user. */
    async spendWebAuthn(userId: string, id: string): Promise<NewWebAuthnCredential> {
      const proof = (await load(userId, id))?.proof;
      const credential = proof?.type === 'WebAuthn' ? proof.credential : undefined;
      if (!credential || !(await store.remove(id))) throw notFound();
      return credential;
    },

    prune: () => store.prune(clock()),
  };
}

export type VerificationRecords = ReturnType<typeof createVerificationRecords>;
