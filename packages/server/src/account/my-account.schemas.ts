import { z } from 'zod';
import { registrationPayloadSchema, registrationResponse } from '../experience/webauthn.schemas.js';
import { jsonObject, text } from '../management/fields.js';
import { providerAccessTokenSchema } from '../token-vault/token-vault.schemas.js';
import { emailRegex, phoneRegex, usernameRegex, userProfileSchema, userSchema } from '../users/users.schemas.js';

/** Shapes of the Account API (`/api/my-account`) and the Verification API (`/api/verifications`), as Logto's. */

export const codeTargetSchema = z.object({ type: z.enum(['email', 'phone']), value: text(128).min(1) }).strict();
export type CodeTarget = z.output<typeof codeTargetSchema>;

export const passwordVerificationBody = z.object({ password: z.string().min(1).max(256) }).strict();
export const createdVerificationRecord = z.object({ verificationRecordId: z.string(), expiresAt: z.string() });
export const sendCodeBody = z.object({ identifier: codeTargetSchema }).strict();
export const verifyCodeBody = z
  .object({ identifier: codeTargetSchema, verificationId: text(64).min(1), code: text(32).min(1) })
  .strict();
export const verifiedRecord = z.object({ verificationRecordId: z.string() });

/** What GET /api/my-account may show; each field only with its scope and a readable field permission. */
export const accountProfileSchema = userSchema.partial();
export type AccountProfile = z.output<typeof accountProfileSchema>;

export const updateAccountBody = z
  .object({
    name: text(128).nullable().optional(),
    avatar: z.string().url().max(2048).nullable().optional(),
    username: z.string().max(128).regex(usernameRegex).nullable().optional(),
    customData: jsonObject.optional(),
  })
  .strict();
export type UpdateAccount = z.output<typeof updateAccountBody>;

export const updateProfileBody = userProfileSchema;
export const profileResponse = userProfileSchema;

export const primaryEmailBody = z
  .object({ email: z.string().max(128).regex(emailRegex), newIdentifierVerificationRecordId: text(64).min(1) })
  .strict();
export const primaryPhoneBody = z
  .object({ phone: z.string().max(32).regex(phoneRegex), newIdentifierVerificationRecordId: text(64).min(1) })
  .strict();
export const newPasswordBody = z.object({ password: z.string().min(1).max(256) }).strict();

export const identityTargetParams = z.object({ target: text(64).min(1) });
export const mfaVerificationParams = z.object({ verificationId: text(64).min(1) });

export const addMfaBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Totp'), secret: text(128).min(1), code: text(16).optional() }).strict(),
  z.object({ type: z.literal('BackupCode'), codes: z.array(text(32)).max(20) }).strict(),
  z
    .object({
      type: z.literal('WebAuthn'),
      newIdentifierVerificationRecordId: text(64)
        .min(1)
        .describe('A verified POST /api/verifications/web-authn/registration'),
      name: text(64).min(1).optional(),
    })
    .strict(),
]);
export const mfaNameBody = z.object({ name: text(64).min(1) }).strict();
export const webAuthnRegistrationResponse = z.object({
  verificationRecordId: z.string(),
  registrationOptions: registrationResponse.shape.registrationOptions,
  expiresAt: z.string(),
});
export const webAuthnRegistrationVerifyBody = z
  .object({ verificationRecordId: text(64).min(1), payload: registrationPayloadSchema })
  .strict();
export type AddMfa = z.output<typeof addMfaBody>;
/** Logto answers `{ secret }`; Tessera adds the otpauth:// URI as a QR code (PNG data URL) to show. */
export const totpSecretResponse = z.object({ secret: z.string(), secretQrCode: z.string() });
export const backupCodesResponse = z.object({ codes: z.array(z.string()) });

export const socialAuthorizationBody = z
  .object({ connectorId: text(64).min(1), state: text(512).min(1), redirectUri: z.string().url().max(2048) })
  .strict();
export const socialAuthorizationResponse = createdVerificationRecord.extend({ authorizationUri: z.string() });
export const socialVerifyBody = z.object({ connectorData: jsonObject, verificationRecordId: text(64).min(1) }).strict();
export const linkIdentityBody = z.object({ newIdentifierVerificationRecordId: text(64).min(1) }).strict();

/** Logto's `PATCH /my-account/logto-configs`: the MFA and passkey sign-in switches given are merged. */
export const logtoConfigPatchBody = z
  .object({
    mfa: z
      .object({
        enabled: z.boolean().optional(),
        skipped: z.boolean().optional(),
        skipMfaOnSignIn: z.boolean().optional(),
      })
      .strict()
      .optional(),
    passkeySignIn: z.object({ skipped: z.boolean().optional() }).strict().optional(),
  })
  .strict();
export type LogtoConfigPatch = z.output<typeof logtoConfigPatchBody>;
export const logtoConfigResponse = z.object({
  mfa: z.object({ enabled: z.boolean().optional(), skipped: z.boolean(), skipMfaOnSignIn: z.boolean() }),
  passkeySignIn: z.object({ skipped: z.boolean() }),
});
export const mfaSettingsBody = z.object({ skipMfaOnSignIn: z.boolean() }).strict();
export const mfaSettingsResponse = z.object({ skipMfaOnSignIn: z.boolean() });
export const replaceTotpBody = z.object({ secret: text(128).min(1), code: text(16).min(1) }).strict();
export const sessionIdParams = z.object({ sessionId: text(128).min(1) });
export const grantIdParams = z.object({ grantId: text(128).min(1) });
export const providerTokenBody = z.object({ verificationRecordId: text(64).min(1) }).strict();
/** Logto's `getThirdPartyAccessTokenResponseGuard`. */
export const providerTokenResponse = providerAccessTokenSchema;
