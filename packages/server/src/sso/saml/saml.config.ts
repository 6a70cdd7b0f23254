import { X509Certificate } from 'node:crypto';
import { z } from 'zod';

/**
 * Logto's SAML SSO connector config (`SAML` and `AzureAD`): the IdP is described by a metadata
 * URL, by metadata XML, or by hand (entity id, sign-in URL, certificate). `x509Certificate` may
 * hold several PEM certificates one after the other: during an IdP's certificate rotation the old
 * and the new one are both accepted.
 */
const attributeMappingGuard = z
  .object({
    id: z.string().min(1),
    email: z.string().min(1),
    name: z.string().min(1),
    given_name: z.string().min(1),
    family_name: z.string().min(1),
    picture: z.string().min(1),
  })
  .partial();

export type SamlAttributeMapping = z.infer<typeof attributeMappingGuard>;

/**
 * One object (so its JSON schema lists every field for forms), valid in Logto's three forms:
 * `metadataUrl`, `metadata`, or `entityId` + `signInEndpoint` + `x509Certificate`.
 */
export const samlConnectorConfigGuard = z
  .object({
    metadataUrl: z.url().optional().describe("URL of the IdP's SAML metadata (fetched at each sign-in)"),
    metadata: z.string().min(1).optional().describe("The IdP's SAML metadata XML"),
    entityId: z.string().min(1).optional().describe("The IdP's entity ID (when set by hand)"),
    signInEndpoint: z.url().optional().describe("The IdP's single sign-on URL, HTTP-Redirect binding (by hand)"),
    x509Certificate: z
      .string()
      .min(1)
      .optional()
      .describe("The IdP's signing certificate(s), PEM; several during a rotation (by hand)"),
    attributeMapping: attributeMappingGuard.optional(),
  })
  .superRefine((config, ctx) => {
    const manual = config.entityId && config.signInEndpoint && config.x509Certificate;
    if (!config.metadataUrl && !config.metadata && !manual)
      ctx.addIssue({
        code: 'custom',
        path: ['metadataUrl'],
        message: 'Give a metadata URL, the metadata XML, or the entity ID, sign-in URL and certificate.',
      });
  });

export type SamlConnectorConfig = z.infer<typeof samlConnectorConfigGuard>;

/** What Tessera needs of an IdP: where to send people, and the certificates its signatures may use. */
export interface SamlIdpMetadata {
  entityId: string;
  signInEndpoint: string;
  certificates: string[];
}

const pemBlock = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * Certificates from a PEM text (one or several blocks) or from the bare base64 of metadata's
 * `<X509Certificate>`: each parsed (a malformed one is an error), returned as PEM.
 */
export function parseCertificates(text: string): X509Certificate[] {
  const blocks = text.match(pemBlock) ?? [];
  const bodies = blocks.length > 0 ? blocks : text.trim() ? [text] : [];
  return bodies.map((body) => {
    const base64 = body.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    const lines = base64.match(/.{1,64}/g) ?? [];
    return new X509Certificate(`-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`);
  });
}

/** Logto's `identityProvider` part of providerConfig; `x509Certificate` lists every accepted certificate. */
export function describeIdp(idp: SamlIdpMetadata, now: number) {
  const certificates = idp.certificates.map((pem) => new X509Certificate(pem));
  const expiries = certificates.map((certificate) => new Date(certificate.validTo).getTime());
  const certificateExpiresAt = Math.max(...expiries);
  return {
    entityId: idp.entityId,
    signInEndpoint: idp.signInEndpoint,
    x509Certificate: certificates.map((certificate) => certificate.toString()).join(''),
    certificateExpiresAt,
    isCertificateValid: certificates.some(
      (certificate) =>
        new Date(certificate.validFrom).getTime() <= now && now < new Date(certificate.validTo).getTime(),
    ),
  };
}
