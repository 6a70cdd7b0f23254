import { X509Certificate } from 'node:crypto';
import type * as XmlCrypto from 'xml-crypto';
import type * as XmlEncryption from 'xml-encryption';
import { lazyRequire } from '../lazy-require.js';
import { samlBindings } from './saml-applications.schemas.js';
import { xmlId } from './saml-authn-request.js';
import { certificateBody } from './saml-certificates.js';

const xmlCrypto = lazyRequire<typeof XmlCrypto>('xml-crypto');
const xmlEncryption = lazyRequire<typeof XmlEncryption>('xml-encryption');

const rsaSha256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const sha256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const excC14n = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const enveloped = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const aes256Gcm = 'http://www.w3.org/2009/xmlenc11#aes256-gcm';
const rsaOaep = 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p';
const ns = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
};

/** Text and attribute values escaped for XML. */
export const escapeXml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );

const iso = (ms: number) => new Date(ms).toISOString();

/** IdP metadata: entity id, the SSO service for both bindings, and the active signing certificate. */
export function idpMetadata(input: {
  entityId: string;
  ssoUrl: string;
  certificate: string;
  nameIdFormat: string;
  wantAuthnRequestsSigned: boolean;
}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="${ns.md}" xmlns:ds="${ns.ds}" entityID="${escapeXml(input.entityId)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="${input.wantAuthnRequestsSigned}" protocolSupportEnumeration="${ns.samlp}">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(input.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>${escapeXml(input.nameIdFormat)}</md:NameIDFormat>
    <md:SingleSignOnService Binding="${samlBindings.redirect}" Location="${escapeXml(input.ssoUrl)}"/>
    <md:SingleSignOnService Binding="${samlBindings.post}" Location="${escapeXml(input.ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;
}

/** Signs the document's root element (enveloped, RSA-SHA256, exclusive C14N); the signature follows its Issuer. */
function signRoot(xml: string, key: { privateKey: string; certificate: string }): string {
  const signer = new (xmlCrypto().SignedXml)({
    privateKey: key.privateKey,
    publicCert: key.certificate,
    signatureAlgorithm: rsaSha256,
    canonicalizationAlgorithm: excC14n,
  });
  signer.addReference({ xpath: '/*', digestAlgorithm: sha256, transforms: [enveloped, excC14n] });
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: "/*/*[local-name(.)='Issuer']", action: 'after' },
  });
  return signer.getSignedXml();
}

/** AES-256-GCM content key, wrapped with RSA-OAEP for the service provider's certificate. */
function encryptAssertion(assertion: string, certificate: string): Promise<string> {
  const publicKey = new X509Certificate(certificate).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return new Promise((resolve, reject) => {
    xmlEncryption().encrypt(
      assertion,
      {
        rsa_pub: publicKey,
        pem: certificate,
        encryptionAlgorithm: aes256Gcm,
        keyEncryptionAlgorithm: rsaOaep,
        disallowEncryptionWithInsecureAlgorithm: true,
        warnInsecureAlgorithm: false,
      } as Parameters<typeof XmlEncryption.encrypt>[1],
      (error, result) =>
        error ? reject(error) : resolve(`<saml:EncryptedAssertion>${result}</saml:EncryptedAssertion>`),
    );
  });
}

export interface SamlResponseInput {
  idpEntityId: string;
  spEntityId: string;
  acsUrl: string;
  /** The AuthnRequest's ID; none for an IdP-initiated sign-in. */
  inResponseTo?: string;
  nameId: { format: string; value: string };
  attributes: Array<{ name: string; values: string[] }>;
  authnInstant: number;
  sessionIndex: string;
  now: number;
  /** How long the assertion may be used: Conditions and SubjectConfirmationData NotOnOrAfter. */
  lifetimeMs: number;
  key: { privateKey: string; certificate: string };
  /** The service provider's certificate, to encrypt the assertion for. */
  encryptFor?: string;
}

/**
 * A signed `samlp:Response` holding one signed assertion (encrypted for the service provider
 * when asked): the assertion is signed first, then encrypted, then the response is signed, so
 * either signature can be checked and the encrypted one still carries its own.
 */
export async function buildSamlResponse(input: SamlResponseInput): Promise<string> {
  const issued = iso(input.now);
  const notOnOrAfter = iso(input.now + input.lifetimeMs);
  const inResponseTo = input.inResponseTo ? ` InResponseTo="${escapeXml(input.inResponseTo)}"` : '';
  const attributes =
    input.attributes.length === 0
      ? ''
      : `<saml:AttributeStatement>${input.attributes
          .map(
            ({ name, values }) =>
              `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${values
                .map((value) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue>`)
                .join('')}</saml:Attribute>`,
          )
          .join('')}</saml:AttributeStatement>`;
  const assertion = `<saml:Assertion xmlns:saml="${ns.saml}" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${xmlId()}" Version="2.0" IssueInstant="${issued}"><saml:Issuer>${escapeXml(input.idpEntityId)}</saml:Issuer><saml:Subject><saml:NameID Format="${escapeXml(input.nameId.format)}">${escapeXml(input.nameId.value)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${escapeXml(input.acsUrl)}"${inResponseTo}/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${issued}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${escapeXml(input.spEntityId)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${iso(input.authnInstant)}" SessionIndex="${escapeXml(input.sessionIndex)}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>${attributes}</saml:Assertion>`;
  const signedAssertion = signRoot(assertion, input.key);
  const carried = input.encryptFor ? await encryptAssertion(signedAssertion, input.encryptFor) : signedAssertion;
  const response = `<samlp:Response xmlns:samlp="${ns.samlp}" xmlns:saml="${ns.saml}" ID="${xmlId()}" Version="2.0" IssueInstant="${issued}" Destination="${escapeXml(input.acsUrl)}"${inResponseTo}><saml:Issuer>${escapeXml(input.idpEntityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${carried}</samlp:Response>`;
  return signRoot(response, input.key);
}
