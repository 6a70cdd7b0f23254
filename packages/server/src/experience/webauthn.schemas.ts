import { z } from 'zod';

/**
 * A WebAuthn ceremony of the interaction. The challenge is dropped as soon as a response was
 * checked against it, so it is single use; the record dies with `expiresAt` (the options'
 * timeout). A verified registration carries the new credential to bind at submit; a verified
 * authentication names the user it proved.
 */
export interface WebAuthnVerificationRecord {
  id: string;
  /** `SignInPasskey`: a passkey as the first factor (it names the user it proved once verified). */
  type: 'WebAuthn' | 'SignInPasskey';
  ceremony: 'registration' | 'authentication';
  challenge?: string;
  expiresAt: number;
  userId?: string;
  verified: boolean;
  credential?: NewWebAuthnCredential;
}

/** What is stored for a passkey: its id and COSE public key (base64url), counter, transports, user agent. */
export interface NewWebAuthnCredential {
  id: string;
  publicKey: string;
  counter: number;
  transports?: string[];
  agent?: string;
}

const base64url = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[\w-]+={0,2}$/, 'must be base64url');

/**
 * The browser's answer as @simplewebauthn/browser returns it. `type` is 'public-key', or
 * 'WebAuthn' as Logto's own sign-in pages send it. Unknown members are dropped rather than
 * refused, and null stands for absent, so what browsers' `credential.toJSON()` gives is taken.
 */
const credentialBase = {
  id: base64url(1400),
  rawId: base64url(1400),
  type: z.enum(['public-key', 'WebAuthn']),
  authenticatorAttachment: z
    .enum(['platform', 'cross-platform'])
    .nullish()
    .transform((value) => value ?? undefined),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

export const registrationPayloadSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url(8192),
    attestationObject: base64url(65_536),
    authenticatorData: base64url(65_536).optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(8192).optional(),
  }),
});
export type RegistrationPayload = z.output<typeof registrationPayloadSchema>;

export const authenticationPayloadSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url(8192),
    authenticatorData: base64url(65_536),
    signature: base64url(8192),
    userHandle: base64url(1024)
      .nullish()
      .transform((value) => value ?? undefined),
  }),
});
export type AuthenticationPayload = z.output<typeof authenticationPayloadSchema>;

const verificationId = z.string().min(1).max(64);
export const registrationVerifyBodySchema = z.object({ verificationId, payload: registrationPayloadSchema }).strict();
export const authenticationVerifyBodySchema = z
  .object({ verificationId, payload: authenticationPayloadSchema })
  .strict();
export const signInPasskeyVerifyBodySchema = z
  .object({
    verificationId: verificationId
      .optional()
      .describe('From the identifier-first options; absent for the preflight (discoverable) options'),
    payload: authenticationPayloadSchema,
  })
  .strict();
export const signInPasskeyOptionsBodySchema = z
  .object({
    identifier: z.object({ type: z.enum(['username', 'email', 'phone']), value: z.string().min(1).max(256) }).strict(),
  })
  .strict();

// Only the extensions this server asks for (credProps, set by @simplewebauthn/server).
const extensions = z.object({ credProps: z.boolean().optional() }).optional();
const hints = z.array(z.string()).optional();
const descriptor = z.object({ id: z.string(), type: z.string(), transports: z.array(z.string()).optional() });

/** PublicKeyCredentialCreationOptionsJSON: hand it to startRegistration({ optionsJSON }). */
export const registrationResponse = z.object({
  verificationId: z.string(),
  registrationOptions: z.object({
    rp: z.object({ id: z.string().optional(), name: z.string() }),
    user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
    challenge: z.string(),
    pubKeyCredParams: z.array(z.object({ type: z.string(), alg: z.number() })),
    timeout: z.number().optional(),
    excludeCredentials: z.array(descriptor).optional(),
    authenticatorSelection: z
      .object({
        authenticatorAttachment: z.string().optional(),
        residentKey: z.string().optional(),
        requireResidentKey: z.boolean().optional(),
        userVerification: z.string().optional(),
      })
      .optional(),
    attestation: z.string().optional(),
    extensions,
    hints,
  }),
});

/** PublicKeyCredentialRequestOptionsJSON: hand it to startAuthentication({ optionsJSON }). */
export const authenticationResponse = z.object({
  verificationId: z.string(),
  authenticationOptions: z.object({
    challenge: z.string(),
    timeout: z.number().optional(),
    rpId: z.string().optional(),
    allowCredentials: z.array(descriptor).optional(),
    userVerification: z.string().optional(),
    extensions,
    hints,
  }),
});

/** The preflight's answer: options for a discoverable passkey (no allowCredentials), before identification. */
export const preflightResponse = authenticationResponse.omit({ verificationId: true });
