import { execFileSync } from 'node:child_process';
import { createVerify, randomUUID, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';

/**
 * A local SAML 2.0 identity provider for the tests: keys and self-signed certificates made with
 * openssl, metadata served over HTTP, AuthnRequests (HTTP-Redirect binding) read, and responses
 * built and signed with xml-crypto. The attack variants are built from these pieces in the tests.
 */

export interface TestKey {
  privateKey: string;
  certificate: string;
}

export function createTestKey(commonName = 'Test SAML IdP'): TestKey {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saml-key-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${commonName}`].concat([
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ]),
      { stdio: 'ignore' },
    );
    return { privateKey: fs.readFileSync(keyFile, 'utf8'), certificate: fs.readFileSync(certFile, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const certBody = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
const xmlEscape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iso = (date: Date) => date.toISOString();

export function metadataXml(input: { entityId: string; signInEndpoint: string; certificates: string[] }): string {
  const keys = input.certificates
    .map(
      (certificate) =>
        `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`,
    )
    .join('');
  return `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${xmlEscape(input.entityId)}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${keys}<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${xmlEscape(input.signInEndpoint)}"/><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${xmlEscape(input.signInEndpoint)}"/></md:IDPSSODescriptor></md:EntityDescriptor>`;
}

export interface AssertionInput {
  id?: string;
  issuer: string;
  nameId: string;
  audience: string;
  recipient: string;
  inResponseTo?: string;
  notBefore?: Date;
  notOnOrAfter?: Date;
  attributes?: Record<string, string | string[]>;
}

export function assertionXml(input: AssertionInput): string {
  const now = Date.now();
  const notBefore = input.notBefore ?? new Date(now - 30_000);
  const notOnOrAfter = input.notOnOrAfter ?? new Date(now + 5 * 60_000);
  const attributes = Object.entries(input.attributes ?? {})
    .map(([name, value]) => {
      const values = (Array.isArray(value) ? value : [value])
        .map((one) => `<saml:AttributeValue>${xmlEscape(one)}</saml:AttributeValue>`)
        .join('');
      return `<saml:Attribute Name="${xmlEscape(name)}">${values}</saml:Attribute>`;
    })
    .join('');
  const inResponseTo = input.inResponseTo ? ` InResponseTo="${xmlEscape(input.inResponseTo)}"` : '';
  return `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${input.id ?? `_a${randomUUID()}`}" Version="2.0" IssueInstant="${iso(new Date(now))}"><saml:Issuer>${xmlEscape(input.issuer)}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${xmlEscape(input.nameId)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(notOnOrAfter)}" Recipient="${xmlEscape(input.recipient)}"${inResponseTo}/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${iso(notBefore)}" NotOnOrAfter="${iso(notOnOrAfter)}"><saml:AudienceRestriction><saml:Audience>${xmlEscape(input.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${iso(new Date(now))}" SessionIndex="_s${randomUUID()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion>`;
}

/** A Response around `content` (assertions, or anything an attack needs); `extensions` goes into samlp:Extensions. */
export function responseXml(input: {
  id?: string;
  issuer: string;
  destination?: string;
  inResponseTo?: string;
  content: string;
  extensions?: string;
}): string {
  const destination = input.destination ? ` Destination="${xmlEscape(input.destination)}"` : '';
  const inResponseTo = input.inResponseTo ? ` InResponseTo="${xmlEscape(input.inResponseTo)}"` : '';
  const extensions = input.extensions ? `<samlp:Extensions>${input.extensions}</samlp:Extensions>` : '';
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${input.id ?? `_r${randomUUID()}`}" Version="2.0" IssueInstant="${iso(new Date())}"${destination}${inResponseTo}><saml:Issuer>${xmlEscape(input.issuer)}</saml:Issuer>${extensions}<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${input.content}</samlp:Response>`;
}

/**
 * Signs the element with ID `id` (an enveloped signature placed right after its Issuer, as SAML
 * wants), with RSA-SHA256 and exclusive canonicalization.
 */
export function signById(xml: string, id: string, key: TestKey): string {
  const signer = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.certificate,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: `//*[@ID='${id}']`,
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
  });
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `//*[@ID='${id}']/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signer.getSignedXml();
}

export const idOf = (xml: string) => /\sID="([^"]+)"/.exec(xml)?.[1] ?? '';
export const encode = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

/** What an AuthnRequest sent with the HTTP-Redirect binding says. */
export function readAuthnRequest(url: string) {
  const query = new URL(url).searchParams;
  const xml = inflateRawSync(Buffer.from(query.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
  return {
    xml,
    id: /\sID="([^"]+)"/.exec(xml)?.[1] ?? '',
    acsUrl: /AssertionConsumerServiceURL="([^"]+)"/.exec(xml)?.[1] ?? '',
    issuer: /<saml:Issuer[^>]*>([^<]+)</.exec(xml)?.[1] ?? '',
    destination: /Destination="([^"]+)"/.exec(xml)?.[1] ?? '',
    relayState: query.get('RelayState') ?? '',
    signed: query.has('Signature'),
  };
}

/**
 * Checks an HTTP-Redirect AuthnRequest signature as an IdP that requires signed requests does:
 * `Signature` over the raw `SAMLRequest=…&RelayState=…&SigAlg=…` query parts, with the SP's
 * certificate. True only for a valid RSA-SHA256 signature.
 */
export function authnRequestSignatureValid(url: string, certificatePem: string): boolean {
  const raw = new URL(url).search.slice(1).split('&');
  const part = (name: string) => raw.find((entry) => entry.startsWith(`${name}=`));
  const signature = new URL(url).searchParams.get('Signature');
  const sigAlg = new URL(url).searchParams.get('SigAlg');
  if (!signature || sigAlg !== 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256') return false;
  const signedText = ['SAMLRequest', 'RelayState', 'SigAlg']
    .map(part)
    .filter((entry) => entry !== undefined)
    .join('&');
  return createVerify('RSA-SHA256')
    .update(signedText)
    .verify(new X509Certificate(certificatePem).publicKey, Buffer.from(signature, 'base64'));
}

/**
 * The IdP over HTTP: `/metadata` (the published certificates can change: rotation) and `/sso`
 * (for `signedIn.user`, a page that POSTs the signed response to the ACS, as an IdP does).
 * `respond` answers a request as the IdP would, for a person: a Response with one signed
 * assertion, signed by the current key.
 */
interface Person {
  nameId: string;
  attributes?: Record<string, string | string[]>;
}

export async function startSamlIdp(options: { keys: TestKey[]; signingKey?: TestKey }) {
  let published = options.keys;
  let signing = options.signingKey ?? options.keys[0];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    if (url.pathname === '/metadata') {
      response.writeHead(200, { 'content-type': 'application/samlmetadata+xml' });
      response.end(metadata());
      return;
    }
    if (url.pathname === '/sso' && signedIn.user) {
      // The person is signed in at the IdP: its page POSTs the response to the ACS at once.
      const answer = respond(url.toString(), signedIn.user);
      const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${xmlEscape(value)}">`;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><title>IdP</title><form method="post" action="${xmlEscape(answer.acsUrl)}">${field('SAMLResponse', answer.SAMLResponse)}${field('RelayState', answer.RelayState)}</form><script>document.forms[0].submit()</script>`,
      );
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  const entityId = `${base}/entity`;
  const signInEndpoint = `${base}/sso`;
  const metadata = () =>
    metadataXml({ entityId, signInEndpoint, certificates: published.map((key) => key.certificate) });
  const signedIn: { user?: Person } = {};

  /** A signed response to the AuthnRequest in `authorizeUrl`, for the person: one assertion, signed by the current key. */
  function respond(authorizeUrl: string, person: Person) {
    const request = readAuthnRequest(authorizeUrl);
    if (!signing) throw new Error('no signing key');
    const assertion = assertionXml({
      issuer: entityId,
      nameId: person.nameId,
      audience: request.issuer,
      recipient: request.acsUrl,
      inResponseTo: request.id,
      attributes: person.attributes,
    });
    const signed = signById(assertion, idOf(assertion), signing);
    const xml = responseXml({
      issuer: entityId,
      destination: request.acsUrl,
      inResponseTo: request.id,
      content: signed,
    });
    return { acsUrl: request.acsUrl, SAMLResponse: encode(xml), RelayState: request.relayState, request };
  }

  return {
    entityId,
    signInEndpoint,
    metadataUrl: `${base}/metadata`,
    metadata,
    publish(keys: TestKey[]) {
      published = keys;
    },
    signWith(key: TestKey) {
      signing = key;
    },
    /** Who `/sso` signs in (the browser tests); without one `/sso` answers 404. */
    signedIn,
    respond,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SamlIdp = Awaited<ReturnType<typeof startSamlIdp>>;
