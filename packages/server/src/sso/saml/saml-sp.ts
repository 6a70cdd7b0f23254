import type { CacheProvider } from '@node-saml/node-saml';

// Loaded on first use: only servers with a SAML connector pay its start-up time and memory.
const nodeSaml = () => import('@node-saml/node-saml');

import type { SamlIdpMetadata } from './saml.config.js';
import { childElements, ns, onlyChild, parseXml, text } from './saml-xml.js';

/**
 * Tessera as a SAML 2.0 service provider, on @node-saml/node-saml: AuthnRequests over the
 * HTTP-Redirect binding, SAMLResponses over HTTP-POST. node-saml checks the XML signature (only
 * the bytes a valid signature covers are read, one assertion at most, the signature must
 * envelop the element it references), the time window, the audience and `InResponseTo`; the
 * checks it leaves out (Recipient, Destination, assertion Issuer, a bearer confirmation) are
 * made here on the verified assertion.
 */

/** Logto's SP entity id and ACS URL for a connector. */
export function serviceProvider(baseUrl: string, connectorId: string) {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    entityId: `${base}/enterprise-sso/${connectorId}`,
    assertionConsumerServiceUrl: `${base}/api/authn/single-sign-on/saml/${connectorId}`,
  };
}

export type ServiceProvider = ReturnType<typeof serviceProvider>;

export class SamlResponseError extends Error {}

export interface SpSigningKey {
  privateKey: string;
  certificate: string;
}

/** The IdP's sign-in URL carrying a deflated AuthnRequest with our `requestId` (signed when a key is given). */
export async function buildAuthnRequestUrl(input: {
  sp: ServiceProvider;
  idp: SamlIdpMetadata;
  requestId: string;
  relayState: string;
  signingKey?: SpSigningKey;
}): Promise<string> {
  const { SAML, ValidateInResponseTo } = await nodeSaml();
  const saml = new SAML({
    entryPoint: input.idp.signInEndpoint,
    issuer: input.sp.entityId,
    callbackUrl: input.sp.assertionConsumerServiceUrl,
    idpCert: input.idp.certificates,
    identifierFormat: null,
    // Asking for password authentication breaks IdPs that use MFA or passwordless sign-in.
    disableRequestedAuthnContext: true,
    generateUniqueId: () => input.requestId,
    validateInResponseTo: ValidateInResponseTo.never,
    ...(input.signingKey && {
      privateKey: input.signingKey.privateKey,
      publicCert: input.signingKey.certificate,
      signatureAlgorithm: 'sha256' as const,
    }),
  });
  return saml.getAuthorizeUrlAsync(input.relayState, undefined, {});
}

export interface PendingRequest {
  id: string;
  createdAt: number;
  expiresAt: number;
}

export interface VerifiedAssertion {
  assertionId: string;
  requestId: string;
  issuer: string;
  nameId: string;
  nameIdFormat?: string;
  /** When the assertion stops being usable: the replay cache keeps its id until then. */
  notOnOrAfter: number;
  attributes: Record<string, string | string[]>;
}

const maxResponseBytes = 512 * 1024;
const bearer = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/** Decodes a POSTed SAMLResponse and reads its `InResponseTo` (unverified: used to find the request). */
export function readSamlResponse(samlResponse: string): { xml: string; inResponseTo: string; destination?: string } {
  if (samlResponse.length > maxResponseBytes) throw new SamlResponseError('The SAMLResponse is too large.');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(samlResponse)) throw new SamlResponseError('The SAMLResponse is not base64.');
  const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
  let document: Document;
  try {
    document = parseXml(xml, { refuseComments: true });
  } catch (error) {
    throw new SamlResponseError(`The SAMLResponse is refused: ${(error as Error).message}.`);
  }
  const root = document.documentElement;
  if (root.namespaceURI !== ns.protocol || root.localName !== 'Response')
    throw new SamlResponseError('The SAMLResponse is not a SAML 2.0 Response.');
  const inResponseTo = root.getAttribute('InResponseTo') ?? '';
  if (!inResponseTo)
    throw new SamlResponseError('The SAMLResponse has no InResponseTo (IdP-initiated sign-in is not supported).');
  return { xml, inResponseTo, destination: root.getAttribute('Destination') || undefined };
}

/**
 * Validates a SAMLResponse answering `pending`, the AuthnRequest we issued: throws a
 * SamlResponseError naming the failed check, or returns what the verified assertion says.
 */
export async function validateSamlResponse(input: {
  samlResponse: string;
  sp: ServiceProvider;
  idp: SamlIdpMetadata;
  pending: PendingRequest;
  clockSkewMs: number;
}): Promise<VerifiedAssertion> {
  const { sp, idp, pending } = input;
  const { inResponseTo, destination } = readSamlResponse(input.samlResponse);
  if (inResponseTo !== pending.id) throw new SamlResponseError('InResponseTo does not name this sign-in request.');
  if (destination !== undefined && destination !== sp.assertionConsumerServiceUrl)
    throw new SamlResponseError('The response Destination is not this connector’s ACS URL.');
  const { SAML, ValidateInResponseTo } = await nodeSaml();
  // node-saml asks the cache for the request by id: only ours, with its creation time.
  const cacheProvider: CacheProvider = {
    getAsync: async (key) => (key === pending.id ? new Date(pending.createdAt).toISOString() : null),
    saveAsync: async () => null,
    removeAsync: async () => null,
  };
  const saml = new SAML({
    entryPoint: idp.signInEndpoint,
    issuer: sp.entityId,
    callbackUrl: sp.assertionConsumerServiceUrl,
    audience: sp.entityId,
    idpCert: idp.certificates,
    // A valid signature on the response or on the assertion (either covers the assertion).
    wantAuthnResponseSigned: false,
    wantAssertionsSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: pending.expiresAt - pending.createdAt,
    acceptedClockSkewMs: input.clockSkewMs,
    cacheProvider,
  });
  let assertionXml: string;
  try {
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: input.samlResponse });
    if (!profile?.getAssertionXml) throw new Error('no assertion');
    assertionXml = profile.getAssertionXml();
  } catch (error) {
    throw new SamlResponseError(`The SAML response is refused: ${(error as Error).message}.`);
  }
  return readVerifiedAssertion(assertionXml, { sp, idp, requestId: pending.id });
}

/** The checks node-saml leaves out, on the assertion bytes the signature covers. */
function readVerifiedAssertion(
  xml: string,
  expected: { sp: ServiceProvider; idp: SamlIdpMetadata; requestId: string },
): VerifiedAssertion {
  const assertion = parseXml(xml, { refuseComments: true }).documentElement;
  const assertionId = assertion.getAttribute('ID') ?? '';
  if (!assertionId) throw new SamlResponseError('The assertion has no ID.');
  const issuer = text(onlyChild(assertion, ns.assertion, 'Issuer'));
  if (issuer !== expected.idp.entityId) throw new SamlResponseError('The assertion Issuer is not the IdP’s entity id.');
  const subject = onlyChild(assertion, ns.assertion, 'Subject');
  const nameIdElement = subject && onlyChild(subject, ns.assertion, 'NameID');
  const nameId = text(nameIdElement);
  if (!subject || !nameId) throw new SamlResponseError('The assertion has no Subject NameID.');
  const confirmation = childElements(subject, ns.assertion, 'SubjectConfirmation')
    .filter((element) => element.getAttribute('Method') === bearer)
    .map((element) => onlyChild(element, ns.assertion, 'SubjectConfirmationData'))
    .find((data) => data?.getAttribute('InResponseTo') === expected.requestId);
  if (!confirmation)
    throw new SamlResponseError('The assertion has no bearer SubjectConfirmation answering this request.');
  if (confirmation.getAttribute('Recipient') !== expected.sp.assertionConsumerServiceUrl)
    throw new SamlResponseError('The SubjectConfirmation Recipient is not this connector’s ACS URL.');
  const notOnOrAfter = Date.parse(confirmation.getAttribute('NotOnOrAfter') ?? '');
  if (Number.isNaN(notOnOrAfter)) throw new SamlResponseError('The SubjectConfirmation has no NotOnOrAfter.');
  return {
    assertionId,
    requestId: expected.requestId,
    issuer,
    nameId,
    nameIdFormat: nameIdElement?.getAttribute('Format') || undefined,
    notOnOrAfter,
    attributes: readAttributes(assertion),
  };
}

function readAttributes(assertion: Element): Record<string, string | string[]> {
  const attributes: Record<string, string | string[]> = {};
  for (const statement of childElements(assertion, ns.assertion, 'AttributeStatement'))
    for (const attribute of childElements(statement, ns.assertion, 'Attribute')) {
      const name = attribute.getAttribute('Name');
      if (!name) continue;
      const values = childElements(attribute, ns.assertion, 'AttributeValue').map((value) => text(value));
      if (values.length > 0) attributes[name] = values.length === 1 ? (values[0] as string) : values;
    }
  return attributes;
}
