import { z } from 'zod';
import type { WebAuthnVerificationRecord } from './webauthn.schemas.js';

/** The MFA factors this server can bind and verify (a subset of the settings' `mfa.factors`). */
export const supportedMfaFactors = ['Totp', 'WebAuthn', 'BackupCode'] as const;
export type SupportedMfaFactor = (typeof supportedMfaFactors)[number];
/** Factors a user has by holding a verified email or phone: verified with a code sent there, never bound here. */
export const codeMfaFactors = ['EmailVerificationCode', 'PhoneVerificationCode'] as const;
export type CodeMfaFactor = (typeof codeMfaFactors)[number];
export type MfaFactor = SupportedMfaFactor | CodeMfaFactor;

/**
 * A TOTP verification: either a new secret being bound (sealed with the master key, `step`
 * the time step of the code that verified it), or a code checked against the user's bound
 * secret (`userId` set).
 */
export interface TotpVerificationRecord {
  id: string;
  type: 'Totp';
  verified: boolean;
  secretSealed?: string;
  step?: number;
  userId?: string;
}

/** Backup codes: freshly generated ones (salted hashes only) to bind, or one used by `userId`. */
export interface BackupCodeVerificationRecord {
  id: string;
  type: 'BackupCode';
  verified: boolean;
  codes?: { hash: string; salt: string }[];
  userId?: string;
}

/**
 * MFA steps of an interaction: factors to bind at submit, whether the user skipped the
 * prompt, and the WebAuthn ceremonies by verification id (kept here rather than among the
 * interaction's verification records, so their challenges never reach GET /interaction).
 */
export interface MfaState {
  /** A code factor's binding is the email or phone the profile adds (its verification id). */
  bindings?: { type: MfaFactor; verificationId: string }[];
  skipped?: boolean;
  /** Logto's `mfa-enabled`: the user turned MFA on (kept on the user at submit). */
  enabled?: boolean;
  /** Logto's `passkey-skipped`: the user declined adding a passkey for sign-in. */
  passkeySkipped?: boolean;
  webAuthn?: Record<string, WebAuthnVerificationRecord>;
}

export const totpSecretResponse = z.object({
  verificationId: z.string(),
  secret: z.string(),
  secretQrCode: z.string(),
});
export const totpVerifyBodySchema = z
  .object({ code: z.string().min(1).max(16), verificationId: z.string().min(1).max(64).optional() })
  .strict();
export const backupCodesResponse = z.object({ verificationId: z.string(), codes: z.array(z.string()) });
export const backupCodeVerifyBodySchema = z.object({ code: z.string().min(1).max(32) }).strict();
/** A code sent to the identified user's own email or phone as the second factor. */
export const mfaCodeSendBodySchema = z.object({ identifierType: z.enum(['email', 'phone']) }).strict();
export const mfaCodeVerifyBodySchema = z
  .object({
    identifierType: z.enum(['email', 'phone']),
    verificationId: z.string().min(1).max(64),
    code: z.string().min(1).max(32),
  })
  .strict();
export const bindPasskeyBodySchema = z
  .object({ verificationId: z.string().min(1).max(64).describe('A verified WebAuthn registration') })
  .strict();
export const bindMfaBodySchema = z
  .object({
    type: z.enum([...supportedMfaFactors, ...codeMfaFactors]),
    verificationId: z
      .string()
      .min(1)
      .max(64)
      .describe('For EmailVerificationCode / PhoneVerificationCode: a verified code sent to the new email or phone'),
  })
  .strict();
