import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { UsersService } from '../users/index.js';
import type { ExperienceState } from './experience.schemas.js';
import type { Interaction } from './interaction-state.js';
import type { MfaService } from './mfa.service.js';
import type { MfaStore } from './mfa.store.js';
import type { AuthenticationPayload, WebAuthnVerificationRecord } from './webauthn.schemas.js';
import {
  ceremonyTimeoutMs,
  failed,
  passkeysOf,
  type RelyingParty,
  type WebAuthnOutcome,
  webAuthnLibrary,
  withCeremony,
} from './webauthn.service.js';

/** The preflight's challenge, kept in the interaction beside (not inside) the Experience API state. */
interface PreflightChallenge {
  challenge: string;
  expiresAt: number;
}

const preflightOf = (interaction: Interaction): PreflightChallenge | undefined =>
  (interaction.result as { signInPasskey?: PreflightChallenge } | undefined)?.signInPasskey;

type Identifier = { type: 'username' | 'email' | 'phone'; value: string };

/**
 * A passkey as the first factor (Logto's "sign-in passkey"): options before anyone is
 * identified (a discoverable passkey, for a button or the browser's autofill), or for the
 * passkeys of an identifier; the verified assertion names the user its passkey belongs to,
 * and POST /identification signs that user in. Passkeys are the WebAuthn factors users
 * registered (as an MFA factor, after sign-in, or in the Account API): one user may have several.
 */
export function createSignInPasskey({
  mfa,
  store,
  users,
  signInExperience,
  clock,
  relyingParty,
}: {
  mfa: MfaService;
  store: MfaStore;
  users: UsersService;
  signInExperience: SignInExperienceService;
  clock: () => number;
  relyingParty: RelyingParty;
}) {
  const { id: rpID, origin } = relyingParty;

  async function guardEnabled(): Promise<void> {
    if (!(await signInExperience.settings()).passkeySignIn.enabled)
      throw new RequestError('user.sign_in_method_not_enabled', 422, {
        message: 'Passkey sign-in is not enabled in the sign-in experience.',
      });
  }

  /** A passkey that signs in on its own must have proved the user (biometrics or PIN), not only presence. */
  async function options(allowCredentials?: { id: string; transports?: string[] }[]) {
    return (await webAuthnLibrary()).generateAuthenticationOptions({
      rpID,
      userVerification: 'required',
      timeout: ceremonyTimeoutMs,
      ...(allowCredentials && { allowCredentials }),
    });
  }

  return {
    /** Options for a discoverable passkey, before the interaction knows anyone; the challenge waits in the interaction. */
    async preflight(
      interaction: Interaction,
    ): Promise<{ authenticationOptions: PublicKeyCredentialRequestOptionsJSON }> {
      await guardEnabled();
      const authenticationOptions = await options();
      const signInPasskey: PreflightChallenge = {
        challenge: authenticationOptions.challenge,
        expiresAt: clock() + ceremonyTimeoutMs,
      };
      interaction.result = { ...interaction.result, signInPasskey };
      const remaining = Math.max(1, (interaction.exp ?? 0) - Math.floor(clock() / 1000));
      await interaction.save(remaining);
      return { authenticationOptions };
    },

    /** Identifier first: options listing that account's passkeys (the same refusal whether it is unknown or has none). */
    async createAuthentication(
      state: ExperienceState,
      identifier: Identifier,
    ): Promise<
      [ExperienceState, { verificationId: string; authenticationOptions: PublicKeyCredentialRequestOptionsJSON }]
    > {
      await guardEnabled();
      if (state.event !== 'SignIn') throw new RequestError('session.verification_failed', 400);
      const user = await users.findByIdentifier(identifier.type, identifier.value);
      const passkeys = user ? await passkeysOf(store, user.id) : [];
      if (!user || passkeys.length === 0)
        throw new RequestError('session.mfa.mfa_factor_not_found', 422, {
          message: 'No passkey is registered for this account.',
        });
      const authenticationOptions = await options(passkeys.map((p) => p.descriptor));
      const record: WebAuthnVerificationRecord = {
        id: generateId(),
        type: 'SignInPasskey',
        ceremony: 'authentication',
        challenge: authenticationOptions.challenge,
        expiresAt: clock() + ceremonyTimeoutMs,
        userId: user.id,
        verified: false,
      };
      return [withCeremony(state, record, clock()), { verificationId: record.id, authenticationOptions }];
    },

    /**
     * Checks an assertion against the identifier-first challenge (verificationId) or the
     * preflight's. Either challenge is spent by the try. The credential names the user; the
     * signature, origin, RP ID, user verification and a counter that never goes back are checked.
     */
    async verify(
      state: ExperienceState,
      interaction: Interaction,
      verificationId: string | undefined,
      payload: AuthenticationPayload,
    ): Promise<[ExperienceState, WebAuthnOutcome]> {
      await guardEnabled();
      if (state.event !== 'SignIn') throw new RequestError('session.verification_failed', 400);
      const now = clock();
      let challenge: string;
      let expectedUser: string | undefined;
      let spent: ExperienceState;
      if (verificationId) {
        const record = state.mfa?.webAuthn?.[verificationId];
        if (record?.type !== 'SignInPasskey' || !record.challenge || record.expiresAt <= now)
          throw new RequestError('session.verification_session_not_found', 404);
        challenge = record.challenge;
        expectedUser = record.userId;
        spent = withCeremony(state, { ...record, challenge: undefined }, now);
      } else {
        const preflight = preflightOf(interaction);
        if (!preflight || preflight.expiresAt <= now)
          throw new RequestError('session.verification_session_not_found', 404, {
            message: 'Request options with POST /api/experience/preflight/sign-in-passkey/authentication first.',
          });
        challenge = preflight.challenge;
        interaction.result = { ...interaction.result, signInPasskey: undefined };
        spent = state;
      }
      const row = await store.findWebAuthn(payload.id);
      if (!row?.public_key || (expectedUser !== undefined && row.user_id !== expectedUser)) return [spent, failed()];
      await mfa.attempts.guard(row.user_id);
      const result = await (await webAuthnLibrary())
        .verifyAuthenticationResponse({
          response: { ...payload, type: 'public-key' },
          expectedChallenge: challenge,
          expectedOrigin: origin,
          expectedRPID: rpID,
          credential: {
            id: payload.id,
            publicKey: Buffer.from(row.public_key, 'base64url'),
            counter: row.counter ?? 0,
          },
          requireUserVerification: true,
        })
        .catch(() => undefined);
      if (
        !result?.verified ||
        !(await store.useWebAuthn(row.id, row.counter ?? 0, result.authenticationInfo.newCounter, now))
      )
        return [spent, failed()];
      await mfa.attempts.reset(row.user_id);
      const verified: WebAuthnVerificationRecord = {
        id: verificationId ?? generateId(),
        type: 'SignInPasskey',
        ceremony: 'authentication',
        expiresAt: now + ceremonyTimeoutMs,
        userId: row.user_id,
        verified: true,
      };
      return [withCeremony(spent, verified, now), { verificationId: verified.id }];
    },

    /** The user a verified sign-in passkey proved, for POST /identification. */
    signedInUser(state: ExperienceState, verificationId: string | undefined): string | undefined {
      const record = verificationId ? state.mfa?.webAuthn?.[verificationId] : undefined;
      if (record?.type !== 'SignInPasskey') return undefined;
      if (!record.verified || !record.userId) throw new RequestError('session.verification_failed', 400);
      return record.userId;
    },
  };
}

export type SignInPasskeyService = ReturnType<typeof createSignInPasskey>;
