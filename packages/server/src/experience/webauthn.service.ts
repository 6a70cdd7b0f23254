import { randomBytes } from 'node:crypto';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { UsersService } from '../users/index.js';
import { verifiedCodeRecord } from './code-identification.js';
import type { ExperienceState } from './experience.schemas.js';
import type { MfaService } from './mfa.service.js';
import type { MfaStore } from './mfa.store.js';
import type {
  AuthenticationPayload,
  NewWebAuthnCredential,
  RegistrationPayload,
  WebAuthnVerificationRecord,
} from './webauthn.schemas.js';

/** Loaded on the first ceremony: it (and its ASN.1 stack) would add ~100 ms to every start. */
export const webAuthnLibrary = () => import('@simplewebauthn/server');

/** How long the browser may take, and how long the challenge lives. */
export const ceremonyTimeoutMs = 5 * 60_000;

/** The relying party: the server's public endpoint (rpID = its hostname, origin = its origin). */
export interface RelyingParty {
  id: string;
  name: string;
  origin: string;
}

export function relyingPartyOf(endpoint: string, name = 'Tessera'): RelyingParty {
  const url = new URL(endpoint);
  return { id: url.hostname, name, origin: url.origin };
}

/** A verify step's answer: the verification id, or the refusal to raise once the consumed challenge is saved. */
export type WebAuthnOutcome = { verificationId: string } | { error: RequestError };

export const failed = (): WebAuthnOutcome => ({
  error: new RequestError('session.mfa.webauthn_verification_failed', 400, {
    message: 'The passkey response could not be verified. Request new options and try again.',
  }),
});

export const passkeyInUse = () =>
  new RequestError('user.webauthn_already_in_use', 422, { message: 'This passkey is already registered.' });

/** PublicKeyCredentialCreationOptionsJSON for a new passkey, excluding the ones the user has. */
export async function passkeyRegistrationOptions(
  relyingParty: RelyingParty,
  names: { userName: string; userDisplayName: string },
  excludeCredentials: { id: string; transports?: string[] }[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return (await webAuthnLibrary()).generateRegistrationOptions({
    rpName: relyingParty.name,
    rpID: relyingParty.id,
    ...names,
    // A random handle: it must not reveal the account, and no one is looked up by it.
    userID: randomBytes(32),
    timeout: ceremonyTimeoutMs,
    attestationType: 'none',
    excludeCredentials: excludeCredentials as PublicKeyCredentialCreationOptionsJSON['excludeCredentials'],
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
}

/**
 * The new passkey an attestation proves, when it answers `challenge` from one of `origins`
 * (the server's own, and the account center's related origins) for our RP ID; else undefined.
 */
export async function verifyPasskeyRegistration(
  relyingParty: RelyingParty,
  challenge: string,
  payload: RegistrationPayload,
  agent: string | undefined,
  origins: string[] = [relyingParty.origin],
): Promise<NewWebAuthnCredential | undefined> {
  const result = await (await webAuthnLibrary())
    .verifyRegistrationResponse({
      response: { ...payload, type: 'public-key' },
      expectedChallenge: challenge,
      expectedOrigin: origins,
      expectedRPID: relyingParty.id,
      requireUserVerification: false,
    })
    .catch(() => undefined);
  if (!result?.verified) return undefined;
  const { credential } = result.registrationInfo;
  return {
    id: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: payload.response.transports,
    agent: agent?.slice(0, 256),
  };
}

/** Adds or replaces a ceremony, dropping expired ones so the interaction stays small. */
export function withCeremony(state: ExperienceState, record: WebAuthnVerificationRecord, now: number): ExperienceState {
  const kept = Object.values(state.mfa?.webAuthn ?? {}).filter((r) => r.expiresAt > now || r.verified);
  const webAuthn = Object.fromEntries([...kept, record].map((r) => [r.id, r]));
  return { ...state, mfa: { ...state.mfa, webAuthn } };
}

/** The user's passkeys, with the descriptors the options list them by. */
export async function passkeysOf(store: MfaStore, userId: string) {
  return (await store.list(userId))
    .filter((row) => row.type === 'WebAuthn' && row.credential_id)
    .map((row) => ({
      row,
      descriptor: {
        id: row.credential_id as string,
        transports: row.transports ? (JSON.parse(row.transports) as string[]) : undefined,
      },
    }));
}

/**
 * WebAuthn (passkeys) as an MFA factor in the Experience API: the registration and
 * authentication ceremonies, kept as records in the interaction's MFA state. Binding and the
 * submit rules are the MFA service's, like every factor's.
 */
export function createWebAuthn({
  mfa,
  store,
  users,
  clock,
  relyingParty,
}: {
  mfa: MfaService;
  store: MfaStore;
  users: UsersService;
  clock: () => number;
  relyingParty: RelyingParty;
}) {
  const { id: rpID, origin } = relyingParty;

  const withRecord = (state: ExperienceState, record: WebAuthnVerificationRecord) =>
    withCeremony(state, record, clock());

  /** A new ceremony waiting for the browser's answer to `challenge`. */
  function ceremony(
    kind: WebAuthnVerificationRecord['ceremony'],
    challenge: string,
    userId: string | undefined,
  ): WebAuthnVerificationRecord {
    const expiresAt = clock() + ceremonyTimeoutMs;
    return { id: generateId(), type: 'WebAuthn', ceremony: kind, challenge, expiresAt, userId, verified: false };
  }

  /** The ceremony waiting for a response: known, of this kind, for this user, unexpired, challenge unused. */
  function pending(
    state: ExperienceState,
    id: string,
    ceremony: WebAuthnVerificationRecord['ceremony'],
  ): WebAuthnVerificationRecord & { challenge: string } {
    const record = state.mfa?.webAuthn?.[id];
    if (
      record?.type !== 'WebAuthn' ||
      record.ceremony !== ceremony ||
      !record.challenge ||
      record.expiresAt <= clock() ||
      (record.userId !== undefined && record.userId !== state.userId)
    )
      throw new RequestError('session.verification_session_not_found', 404);
    return record as WebAuthnVerificationRecord & { challenge: string };
  }

  async function userNames(state: ExperienceState): Promise<{ userName: string; userDisplayName: string }> {
    if (!state.userId) {
      const name = state.profile?.username ?? verifiedCodeRecord(state)?.identifier.value ?? 'New account';
      return { userName: name, userDisplayName: name };
    }
    const user = await users.findOrThrow(state.userId);
    const userName = user.username ?? user.primary_email ?? user.primary_phone ?? user.id;
    return { userName, userDisplayName: user.name ?? userName };
  }

  return {
    /** Options for navigator.credentials.create(), for the identified user or the account being registered. */
    async createRegistration(
      state: ExperienceState,
    ): Promise<
      [ExperienceState, { verificationId: string; registrationOptions: PublicKeyCredentialCreationOptionsJSON }]
    > {
      await mfa.guardPasskeyRegistration();
      const existing = state.userId ? await passkeysOf(store, state.userId) : [];
      const registrationOptions = await passkeyRegistrationOptions(
        relyingParty,
        await userNames(state),
        existing.map((p) => p.descriptor),
      );
      const record = ceremony('registration', registrationOptions.challenge, state.userId);
      return [withRecord(state, record), { verificationId: record.id, registrationOptions }];
    },

    /** Checks the browser's attestation against the challenge; the new passkey is bound at submit. */
    async verifyRegistration(
      state: ExperienceState,
      verificationId: string,
      payload: RegistrationPayload,
      agent: string | undefined,
    ): Promise<[ExperienceState, WebAuthnOutcome]> {
      const record = pending(state, verificationId, 'registration');
      const consumed = withRecord(state, { ...record, challenge: undefined });
      const credential = await verifyPasskeyRegistration(relyingParty, record.challenge, payload, agent);
      if (!credential) return [consumed, failed()];
      if (await store.findWebAuthn(credential.id)) return [consumed, { error: passkeyInUse() }];
      const verified: WebAuthnVerificationRecord = { ...record, challenge: undefined, verified: true, credential };
      return [withRecord(state, verified), { verificationId: record.id }];
    },

    /** Options for navigator.credentials.get(), limited to the identified user's passkeys. */
    async createAuthentication(
      state: ExperienceState,
    ): Promise<
      [ExperienceState, { verificationId: string; authenticationOptions: PublicKeyCredentialRequestOptionsJSON }]
    > {
      await mfa.guardEnabled('WebAuthn');
      if (!state.userId) throw new RequestError('session.identifier_not_found', 404);
      const passkeys = await passkeysOf(store, state.userId);
      if (passkeys.length === 0)
        throw new RequestError('session.mfa.mfa_factor_not_found', 422, {
          message: 'The user has no passkey (WebAuthn) factor.',
        });
      const authenticationOptions = await (await webAuthnLibrary()).generateAuthenticationOptions({
        rpID,
        allowCredentials: passkeys.map((p) => p.descriptor),
        userVerification: 'preferred',
        timeout: ceremonyTimeoutMs,
      });
      const record = ceremony('authentication', authenticationOptions.challenge, state.userId);
      return [withRecord(state, record), { verificationId: record.id, authenticationOptions }];
    },

    /** Checks an assertion by one of the user's passkeys; failures count toward the MFA lockout. */
    async verifyAuthentication(
      state: ExperienceState,
      verificationId: string,
      payload: AuthenticationPayload,
    ): Promise<[ExperienceState, WebAuthnOutcome]> {
      await mfa.guardEnabled('WebAuthn');
      const record = pending(state, verificationId, 'authentication');
      const userId = record.userId as string;
      await mfa.attempts.guard(userId);
      const consumed = withRecord(state, { ...record, challenge: undefined });
      const row = await store.findWebAuthn(payload.id);
      const result =
        row?.user_id === userId && row.public_key
          ? await (await webAuthnLibrary())
              .verifyAuthenticationResponse({
                response: { ...payload, type: 'public-key' },
                expectedChallenge: record.challenge,
                expectedOrigin: origin,
                expectedRPID: rpID,
                credential: {
                  id: payload.id,
                  publicKey: Buffer.from(row.public_key, 'base64url'),
                  counter: row.counter ?? 0,
                },
                requireUserVerification: false,
              })
              .catch(() => undefined)
          : undefined;
      if (
        !row ||
        !result?.verified ||
        !(await store.useWebAuthn(row.id, row.counter ?? 0, result.authenticationInfo.newCounter, clock()))
      )
        return [consumed, failed()]; // the try was counted by the guard
      await mfa.attempts.reset(userId);
      return [withRecord(state, { ...record, challenge: undefined, verified: true }), { verificationId: record.id }];
    },
  };
}

export type WebAuthnService = ReturnType<typeof createWebAuthn>;
