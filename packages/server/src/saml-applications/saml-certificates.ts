import { createHash, randomBytes, webcrypto, X509Certificate } from 'node:crypto';

/**
 * @peculiar/x509, loaded when a certificate is first made (its start-up time and memory are
 * paid only by servers that create SAML applications). It resolves its algorithms through
 * tsyringe, which needs the Reflect metadata API loaded first.
 */
async function loadX509() {
  await import('reflect-metadata');
  return import('@peculiar/x509');
}

const algorithm = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g)
      ?.join('\n') ?? ''
  }\n-----END ${label}-----\n`;

/**
 * A new RSA-2048 key and a self-signed X.509 certificate for it (SHA-256 with RSA), valid from
 * now for `lifeSpanInYears`. The subject is `commonName`; the other party trusts the certificate
 * itself (from metadata or a copy), not a chain. Used by SAML applications (IdP side) and by
 * enterprise SSO connectors' SP signing keys.
 */
export async function generateSigningCertificate(input: { commonName: string; now: number; lifeSpanInYears: number }) {
  const x509 = await loadX509();
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const notBefore = new Date(input.now);
  const notAfter = new Date(input.now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + input.lifeSpanInYears);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: `01${randomBytes(15).toString('hex')}`,
      name: `CN=${input.commonName}`,
      notBefore,
      notAfter,
      signingAlgorithm: algorithm,
      keys,
      extensions: [new x509.BasicConstraintsExtension(false, undefined, true)],
    },
    webcrypto as unknown as Crypto,
  );
  const privateKey = pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { privateKey, certificate: certificate.toString('pem'), expiresAt: notAfter.getTime() };
}

/** Logto's fingerprint shapes: colon-separated upper-case hex, and plain lower-case hex. */
export function certificateFingerprints(certificatePem: string) {
  const der = new X509Certificate(certificatePem).raw;
  const hex = createHash('sha256').update(der).digest('hex');
  return {
    sha256: {
      formatted: (hex.toUpperCase().match(/.{2}/g) ?? []).join(':'),
      unformatted: hex,
    },
  };
}

/** The certificate's base64 body, as metadata and KeyInfo carry it. */
export const certificateBody = (certificatePem: string) =>
  certificatePem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

/** Whether a text is one PEM certificate Node can read. */
export function isReadableCertificate(certificatePem: string): boolean {
  try {
    new X509Certificate(certificatePem);
    return true;
  } catch {
    return false;
  }
}
