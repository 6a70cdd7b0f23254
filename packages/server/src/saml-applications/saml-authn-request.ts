import { createVerify, randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import type * as Xmldom from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import type * as XmlCrypto from 'xml-crypto';
import { lazyRequire } from '../lazy-require.js';

const xmldom = lazyRequire<typeof Xmldom>('@xmldom/xmldom');
const xmlCrypto = lazyRequire<typeof XmlCrypto>('xml-crypto');

import xpath from 'xpath';
import { RequestError } from '../http/request-error.js';

/** Why an AuthnRequest is refused; the route turns it into a `{ code, message }` answer. */
export class AuthnRequestError extends RequestError {
  constructor(code: string, message: string) {
    super(code, 400, { message });
  }
}

const protocolNs = 'urn:oasis:names:tc:SAML:2.0:protocol';
const assertionNs = 'urn:oasis:names:tc:SAML:2.0:assertion';
const maxRequestBytes = 64 * 1024;
const select = xpath.useNamespaces({ samlp: protocolNs, saml: assertionNs, ds: 'http://www.w3.org/2000/09/xmldsig#' });
const rsaSha256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';

const invalid = (message: string) => new AuthnRequestError('application.saml.invalid_saml_request', message);

export interface AuthnRequest {
  id: string;
  issuer: string;
  issueInstant: number;
  /** Where the service provider wants the response; absent means its registered ACS URL. */
  acsUrl?: string;
  protocolBinding?: string;
  destination?: string;
  forceAuthn: boolean;
  /** The document as received (XML text). */
  xml: string;
}

/** An XML document without a DOCTYPE (no entities), or an error. */
export function parseXml(xml: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw invalid('The request must not carry a DOCTYPE.');
  const parser = new (xmldom().DOMParser)({
    onError: (level, message) => {
      if (level !== 'warning') throw invalid(`The request is not well-formed XML: ${message}`);
    },
  });
  try {
    return parser.parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (error) {
    if (error instanceof AuthnRequestError) throw error;
    throw invalid('The request is not well-formed XML.');
  }
}

/** `SAMLRequest` of the HTTP-Redirect binding: base64 of raw DEFLATE. */
export function decodeRedirectRequest(value: string): string {
  try {
    const inflated = inflateRawSync(Buffer.from(value, 'base64'), { maxOutputLength: maxRequestBytes });
    return inflated.toString('utf8');
  } catch {
    throw invalid('SAMLRequest is not base64 of a DEFLATE-compressed AuthnRequest.');
  }
}

/**
 * `SAMLRequest` of the HTTP-POST binding: base64 of the XML. Some service providers (node-saml
 * among them) deflate it as for the Redirect binding; that is accepted too.
 */
export function decodePostRequest(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  const xml = bytes.toString('utf8');
  if (xml.trimStart().startsWith('<')) {
    if (xml.length > maxRequestBytes) throw invalid('SAMLRequest is too large.');
    return xml;
  }
  return decodeRedirectRequest(value);
}

export function parseAuthnRequest(xml: string): AuthnRequest {
  const doc = parseXml(xml);
  const root = doc.documentElement as unknown as Element | null;
  if (root?.localName !== 'AuthnRequest' || root.namespaceURI !== protocolNs)
    throw invalid('The message is not a SAML 2.0 AuthnRequest.');
  const attribute = (name: string) => root.getAttribute(name) ?? undefined;
  const id = attribute('ID');
  const issueInstant = Date.parse(attribute('IssueInstant') ?? '');
  if (!id || id.length > 256) throw invalid('The AuthnRequest has no ID.');
  if (attribute('Version') !== '2.0') throw invalid('Only SAML 2.0 AuthnRequests are accepted.');
  if (Number.isNaN(issueInstant)) throw invalid('The AuthnRequest has no valid IssueInstant.');
  const issuers = select('./saml:Issuer', root as unknown as Node) as Node[];
  const issuer = issuers.length === 1 ? issuers[0]?.textContent?.trim() : undefined;
  if (!issuer) throw invalid('The AuthnRequest names no Issuer.');
  return {
    id,
    issuer,
    issueInstant,
    acsUrl: attribute('AssertionConsumerServiceURL'),
    protocolBinding: attribute('ProtocolBinding'),
    destination: attribute('Destination'),
    forceAuthn: attribute('ForceAuthn') === 'true' || attribute('ForceAuthn') === '1',
    xml,
  };
}

/** The raw (still URL-encoded) value of each query parameter, as the signer saw them. */
function rawQueryValues(querystring: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const pair of querystring.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && !values.has(pair.slice(0, eq))) values.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return values;
}

/**
 * HTTP-Redirect binding signature (SAML bindings §3.4.4.1): RSA-SHA256 over
 * `SAMLRequest=…&RelayState=…&SigAlg=…` exactly as the parameters were encoded in the URL.
 */
export function verifyRedirectSignature(querystring: string, certificate: string): boolean {
  const raw = rawQueryValues(querystring);
  const sigAlg = raw.get('SigAlg');
  const signature = raw.get('Signature');
  if (!sigAlg || !signature) return false;
  if (decodeURIComponent(sigAlg) !== rsaSha256)
    throw new AuthnRequestError(
      'application.saml.invalid_saml_request',
      'Only RSA-SHA256 request signatures are accepted.',
    );
  const signed = ['SAMLRequest', 'RelayState', 'SigAlg']
    .filter((name) => raw.has(name))
    .map((name) => `${name}=${raw.get(name)}`)
    .join('&');
  return createVerify('RSA-SHA256')
    .update(signed)
    .verify(certificate, Buffer.from(decodeURIComponent(signature), 'base64'));
}

/** Whether the POSTed AuthnRequest carries an XML signature of its own. */
export const hasEnvelopedSignature = (request: AuthnRequest) =>
  (select('/samlp:AuthnRequest/ds:Signature', parseXml(request.xml) as unknown as Node) as Node[]).length > 0;

/**
 * HTTP-POST binding: an enveloped XML signature (RSA-SHA256) whose one reference is the
 * AuthnRequest element itself, so no other element can be passed off as the signed one.
 */
export function verifyPostSignature(request: AuthnRequest, certificate: string): boolean {
  const doc = parseXml(request.xml);
  const signatures = select('/samlp:AuthnRequest/ds:Signature', doc as unknown as Node) as Node[];
  if (signatures.length !== 1) return false;
  const verifier = new (xmlCrypto().SignedXml)({ publicCert: certificate, getCertFromKeyInfo: () => null });
  verifier.loadSignature(signatures[0]?.toString() ?? '');
  try {
    if (!verifier.checkSignature(request.xml)) return false;
  } catch {
    return false;
  }
  const references = verifier.getReferences();
  return (
    verifier.signatureAlgorithm === rsaSha256 &&
    references.length === 1 &&
    references[0]?.uri === `#${request.id}` &&
    (select(`//*[@ID='${request.id.replace(/'/g, '')}']`, doc as unknown as Node) as Node[]).length === 1
  );
}

/** An XML ID: starts with a letter or underscore. */
export const xmlId = () => `_${randomUUID().replace(/-/g, '')}`;
