import { z } from 'zod';
import type { SocialSession, SocialUserInfo } from '../connectors/index.js';
import type { EnterpriseSsoVerificationRecord, SsoPendingLink } from '../sso/index.js';
import type { SealedTokenSet } from '../token-vault/index.js';
import type { SocialIdentity, SocialProfile } from '../users/index.js';
import type { BackupCodeVerificationRecord, MfaState, TotpVerificationRecord } from './mfa.schemas.js';

export const interactionEvents = ['SignIn', 'Register', 'ForgotPassword'] as const;
export type InteractionEvent = (typeof interactionEvents)[number];

export const identifierSchema = z
  .object({ type: z.enum(['username', 'email', 'phone']), value: z.string().min(1).max(256) })
  .strict();
export type Identifier = z.output<typeof identifierSchema>;

export const startBodySchema = z
  .object({ interactionEvent: z.enum(interactionEvents), captchaToken: z.string().max(8192).optional() })
  .strict();
export const eventBodySchema = z.object({ interactionEvent: z.enum(interactionEvents) }).strict();
export const passwordVerificationBodySchema = z
  .object({ identifier: identifierSchema, password: z.string().min(1).max(256) })
  .strict();
export const identificationBodySchema = z
  .object({
    verificationId: z.string().min(1).max(64).optional(),
    linkSocialIdentity: z
      .boolean()
      .optional()
      .describe(
        'Link the new social identity to the account this interaction already signed in to (identify with its password or a code first); written at submit',
      ),
  })
  .strict();
export const codeIdentifierSchema = z
  .object({ type: z.enum(['email', 'phone']), value: z.string().min(1).max(128) })
  .strict();
export type CodeIdentifier = z.output<typeof codeIdentifierSchema>;
export const sendCodeBodySchema = z
  .object({ identifier: codeIdentifierSchema, interactionEvent: z.enum(interactionEvents) })
  .strict();
export const verifyCodeBodySchema = z
  .object({
    identifier: codeIdentifierSchema,
    verificationId: z.string().min(1).max(64),
    code: z.string().min(1).max(32),
  })
  .strict();
export const newPasswordBodySchema = z.object({ password: z.string().min(1).max(256) }).strict();
export const profileBodySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['username', 'password']), value: z.string().min(1).max(256) }),
  z.strictObject({
    type: z.literal('extraProfile'),
    values: z
      .record(z.string().regex(/^[\dA-Za-z]{1,128}$/, 'field names hold letters and digits only'), z.unknown())
      .refine((values) => Object.keys(values).length <= 50, 'at most 50 fields')
      .describe('Values of the custom profile fields, by field name'),
  }),
  z.strictObject({
    type: z.enum(['email', 'phone', 'social']),
    verificationId: z
      .string()
      .min(1)
      .max(64)
      .describe('A verified email or phone code record, or a verified social record, of this interaction'),
  }),
]);
export type ProfileBody = z.output<typeof profileBodySchema>;

export const verificationIdResponse = z.object({ verificationId: z.string() });
export const redirectResponse = z.object({ redirectTo: z.string() });

/**
 * A social verification: the connector session (state, redirect URI, nonce …) from the
 * authorization URI step, then the provider's user and the connector's target once verified.
 */
export interface SocialVerificationRecord {
  id: string;
  type: 'Social';
  connectorId: string;
  session: SocialSession;
  verified?: {
    target: string;
    userInfo: SocialUserInfo;
    syncProfile: boolean;
    /** The provider's tokens, sealed, when the connector keeps them (`enableTokenStorage`). */
    tokenSet?: SealedTokenSet;
  };
}

/**
 * A code sent by email or SMS: only its salted hash is kept, with its expiry and the wrong
 * tries so far; once verified the hash is dropped, so a code works once.
 */
export interface CodeVerificationRecord {
  id: string;
  /** The Mfa* types are second-factor codes, sent to the identified user's own email or phone. */
  type: 'EmailVerificationCode' | 'PhoneVerificationCode' | 'MfaEmailVerificationCode' | 'MfaPhoneVerificationCode';
  identifier: CodeIdentifier;
  /** For a second-factor code: the user it was sent to. */
  userId?: string;
  event: InteractionEvent;
  codeHash?: string;
  salt: string;
  expiresAt: number;
  failedAttempts: number;
  verified: boolean;
}

/** A consumed one-time token (magic link): proves the email; its context names organizations to join. */
export interface OneTimeTokenVerificationRecord {
  id: string;
  type: 'OneTimeToken';
  identifier: { type: 'email'; value: string };
  verified: true;
  jitOrganizationIds: string[];
}

export const oneTimeTokenVerifyBodySchema = z
  .object({
    identifier: z.object({ type: z.literal('email'), value: z.string().min(1).max(256) }).strict(),
    token: z.string().min(1).max(256),
  })
  .strict();

export type VerificationRecord =
  | { id: string; type: 'Password'; identifier: Identifier; verified: boolean; userId?: string }
  | CodeVerificationRecord
  | OneTimeTokenVerificationRecord
  | { id: string; type: 'NewPasswordIdentity'; identifier: Identifier; passwordEncrypted: string }
  | SocialVerificationRecord
  | EnterpriseSsoVerificationRecord
  | TotpVerificationRecord
  | BackupCodeVerificationRecord;

/** What an interaction remembers between calls, kept inside the provider's Interaction record. */
export interface ExperienceState {
  event: InteractionEvent;
  verifications: Record<string, VerificationRecord>;
  /** The CAPTCHA token of `PUT /api/experience` passed the provider's check. */
  captchaVerified?: boolean;
  userId?: string;
  profile?: {
    username?: string;
    passwordEncrypted?: string;
    passwordReset?: boolean;
    /** An email or phone proven by a verified code (POST /profile): set on the new or signed-in user. */
    primaryEmail?: string;
    primaryPhone?: string;
    /** The custom profile fields' values (checked when given), applied to the new user at submit. */
    extra?: Record<string, unknown>;
  };
  mfa?: MfaState;
  /** Logto's `mfa-suggestion-skipped`: the user declined adding another factor; kept on the user at submit. */
  mfaSuggestionSkipped?: boolean;
  /**
   * A new social identity to link to `userId` (the account this interaction signed in to, or at
   * sign-up the new account: none yet when it is created at submit), kept until submit so it is
   * linked only once every factor of that account has passed.
   */
  socialLink?: { userId?: string; target: string; identity: SocialIdentity; profile: SocialProfile };
  /** An enterprise SSO identification: the new link (written at submit) and its JIT organizations. */
  ssoPending?: { link: SsoPendingLink; created: boolean };
}

export const interactionResponse = z.object({
  interactionEvent: z.enum(interactionEvents),
  userId: z.string().optional(),
  profile: z.object({ username: z.string().optional() }),
  verificationRecords: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      identifier: identifierSchema.optional(),
      connectorId: z.string().optional(),
      verified: z.boolean().optional(),
    }),
  ),
  applicationId: z.string().optional(),
  params: z.record(z.string(), z.string()),
});

export const connectorParams = z.object({ connectorId: z.string().min(1).max(128) });
export const socialAuthorizationBodySchema = z
  .object({
    state: z.string().min(1).max(512).describe('Opaque value the provider sends back; the callback must match it'),
    redirectUri: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .describe('Where the provider sends the browser back, e.g. <endpoint>/callback/<connectorId>'),
    scope: z.string().max(2048).optional().describe('Scopes replacing the configured ones for this request'),
  })
  .strict();
export const socialVerifyBodySchema = z
  .object({
    connectorData: z
      .record(z.string(), z.unknown())
      .describe('What the provider sent to the redirect URI (its query), e.g. { code, state }'),
    verificationId: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('From the authorization URI step; found by state when absent'),
  })
  .strict();
export const socialAuthorizationResponse = z.object({ authorizationUri: z.string(), verificationId: z.string() });
