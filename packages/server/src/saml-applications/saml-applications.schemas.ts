import { z } from 'zod';
import { jsonObject, text } from '../management/fields.js';

/** SAML 2.0 bindings, by their URNs as Logto names them. */
export const samlBindings = {
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
} as const;

/** The NameID formats Logto offers; `persistent` (the user id) by default. */
export const nameIdFormats = [
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
] as const;
export type NameIdFormat = (typeof nameIdFormats)[number];
export const defaultNameIdFormat: NameIdFormat = nameIdFormats[0];

/** The user claims an attribute mapping may name (Logto's list), each to a SAML attribute name. */
export const samlUserClaims = [
  'sub',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'email',
  'email_verified',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
  'phone_number_verified',
  'address',
  'updated_at',
  'username',
  'roles',
  'organizations',
  'organization_data',
  'organization_roles',
  'custom_data',
  'identities',
  'sso_identities',
  'created_at',
] as const;
export type SamlUserClaim = (typeof samlUserClaims)[number];

const attributeName = text(256).min(1);
export const samlAttributeMappingSchema = z
  .partialRecord(z.enum(samlUserClaims), attributeName)
  .describe('User claim → SAML attribute name; empty sends `sub`, `email` and `name` under their own names');

const httpUrl = text(2048).refine((value) => {
  const url = URL.parse(value);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
}, 'must be an http or https URL');

export const samlAcsUrlSchema = z.strictObject({
  binding: z.enum([samlBindings.post, samlBindings.redirect]),
  url: httpUrl,
});
export type SamlAcsUrl = z.output<typeof samlAcsUrlSchema>;

const pemCertificate = text(16_384).refine(
  (value) => /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(value),
  'must be a PEM certificate (-----BEGIN CERTIFICATE-----)',
);

export const samlEncryptionSchema = z
  .strictObject({
    encryptAssertion: z.boolean().optional(),
    encryptThenSign: z.boolean().optional(),
    /** The service provider's certificate: its public key encrypts the assertion. */
    certificate: pemCertificate.optional(),
  })
  .refine(
    (value) => !value.encryptAssertion || (value.encryptThenSign !== undefined && value.certificate !== undefined),
    '`encryptThenSign` and `certificate` are required when `encryptAssertion` is `true`',
  );
export type SamlEncryption = z.output<typeof samlEncryptionSchema>;

export const samlAuthnRequestConfigSchema = z
  .strictObject({
    /** Refuse AuthnRequests without a valid signature. */
    requireSignedAuthnRequests: z.boolean().optional(),
    /** The service provider's signing certificate: signed AuthnRequests are checked with it. */
    signingCertificate: pemCertificate.optional(),
  })
  .refine(
    (value) => !value.requireSignedAuthnRequests || value.signingCertificate !== undefined,
    '`signingCertificate` is required when `requireSignedAuthnRequests` is `true`',
  );
export type SamlAuthnRequestConfig = z.output<typeof samlAuthnRequestConfigSchema>;

const configFields = {
  attributeMapping: samlAttributeMappingSchema,
  entityId: text(128).min(1).nullable(),
  acsUrl: samlAcsUrlSchema.nullable(),
  encryption: samlEncryptionSchema.nullable(),
  nameIdFormat: z.enum(nameIdFormats),
  authnRequestConfig: samlAuthnRequestConfigSchema
    .nullable()
    .describe('Tessera: how AuthnRequest signatures are checked (Logto names it the same in later releases)'),
};

export const createSamlApplicationSchema = z.strictObject({
  name: text(256).min(1),
  description: text(2048).nullable().optional(),
  customData: jsonObject.optional(),
  attributeMapping: configFields.attributeMapping.optional(),
  entityId: configFields.entityId.optional(),
  acsUrl: configFields.acsUrl.optional(),
  encryption: configFields.encryption.optional(),
  nameIdFormat: configFields.nameIdFormat.optional(),
  authnRequestConfig: configFields.authnRequestConfig.optional(),
});
export type CreateSamlApplication = z.output<typeof createSamlApplicationSchema>;

export const updateSamlApplicationSchema = createSamlApplicationSchema.partial().strict();
export type UpdateSamlApplication = z.output<typeof updateSamlApplicationSchema>;

export const samlApplicationSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: z.literal('SAML'),
  customData: z.record(z.string(), z.unknown()),
  isThirdParty: z.boolean(),
  createdAt: z.number(),
  attributeMapping: z.record(z.string(), z.string()),
  entityId: z.string().nullable(),
  acsUrl: z.object({ binding: z.string(), url: z.string() }).nullable(),
  encryption: z
    .object({
      encryptAssertion: z.boolean().optional(),
      encryptThenSign: z.boolean().optional(),
      certificate: z.string().optional(),
    })
    .nullable(),
  nameIdFormat: z.enum(nameIdFormats),
  authnRequestConfig: z
    .object({ requireSignedAuthnRequests: z.boolean().optional(), signingCertificate: z.string().optional() })
    .nullable(),
});
export type SamlApplication = z.output<typeof samlApplicationSchema>;

const fingerprint = z.object({ formatted: z.string(), unformatted: z.string() });

/** A signing certificate as answered: never its private key. */
export const samlApplicationSecretSchema = z.object({
  id: z.string(),
  certificate: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
  active: z.boolean(),
  fingerprints: z.object({ sha256: fingerprint }),
});
export type SamlApplicationSecret = z.output<typeof samlApplicationSecretSchema>;

export const createSamlSecretSchema = z.strictObject({
  lifeSpanInYears: z.number().int().min(1).max(20).describe('How long the new certificate is valid, in years'),
});

export const updateSamlSecretSchema = z.strictObject({
  active: z.boolean().describe('Activate this certificate (the active one is deactivated), or deactivate it'),
});

/** Where the service provider's browser is sent and what it is told, for `GET /saml/...` pages. */
export const samlCallbackPath = (applicationId: string) =>
  `/api/saml-applications/${encodeURIComponent(applicationId)}/callback`;
export const samlSingleSignOnPath = (applicationId: string) => `/api/saml/${encodeURIComponent(applicationId)}/authn`;
export const samlIdpEntityPath = (applicationId: string) => `/saml/${encodeURIComponent(applicationId)}`;
export const samlMetadataPath = (applicationId: string) =>
  `/api/saml-applications/${encodeURIComponent(applicationId)}/metadata`;
export const samlIdpInitiatedPath = (applicationId: string) =>
  `/api/saml/${encodeURIComponent(applicationId)}/idp-initiated`;
