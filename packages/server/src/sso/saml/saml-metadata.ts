import { parseCertificates, type SamlConnectorConfig, type SamlIdpMetadata } from './saml.config.js';
import { childElements, descendants, ns, parseXml, text } from './saml-xml.js';

export class SamlMetadataError extends Error {}

const redirectBinding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/**
 * An IdP's metadata (`EntityDescriptor`, or the first one of an `EntitiesDescriptor` with an
 * IDPSSODescriptor): its entity id, the HTTP-Redirect SingleSignOnService location, and every
 * signing certificate (KeyDescriptor `use="signing"` or without `use`): during a rotation the IdP
 * publishes the old and the new one, and both are accepted.
 */
export function parseIdpMetadata(xml: string): SamlIdpMetadata {
  let document: Document;
  try {
    document = parseXml(xml, { refuseComments: false });
  } catch (error) {
    throw new SamlMetadataError(`The IdP metadata is not valid XML: ${(error as Error).message}.`);
  }
  const entity = descendants(document, ns.metadata, 'EntityDescriptor').find(
    (candidate) => childElements(candidate, ns.metadata, 'IDPSSODescriptor').length > 0,
  );
  const idp = entity && childElements(entity, ns.metadata, 'IDPSSODescriptor')[0];
  if (!entity || !idp) throw new SamlMetadataError('The metadata has no EntityDescriptor with an IDPSSODescriptor.');
  const entityId = entity.getAttribute('entityID') ?? '';
  if (!entityId) throw new SamlMetadataError('The metadata EntityDescriptor has no entityID.');
  const signInEndpoint = childElements(idp, ns.metadata, 'SingleSignOnService')
    .find((service) => service.getAttribute('Binding') === redirectBinding)
    ?.getAttribute('Location');
  if (!signInEndpoint)
    throw new SamlMetadataError('The metadata has no SingleSignOnService with the HTTP-Redirect binding.');
  const certificates = childElements(idp, ns.metadata, 'KeyDescriptor')
    .filter((key) => (key.getAttribute('use') ?? 'signing') === 'signing' || key.getAttribute('use') === '')
    .flatMap((key) => descendants(key, ns.dsig, 'X509Certificate').map((element) => text(element)));
  return { entityId, signInEndpoint, certificates: toPem(certificates) };
}

/** Each text is PEM (one or several blocks) or one bare base64 certificate. */
function toPem(texts: string[]): string[] {
  let certificates: ReturnType<typeof parseCertificates>;
  try {
    certificates = texts.flatMap((certificateText) => parseCertificates(certificateText));
  } catch {
    throw new SamlMetadataError('An IdP certificate is not a valid X.509 certificate.');
  }
  if (certificates.length === 0) throw new SamlMetadataError('The IdP has no signing certificate.');
  return certificates.map((certificate) => certificate.toString());
}

/**
 * The IdP described by a connector's config: metadata XML is parsed, a metadata URL fetched with
 * `fetchMetadata`, a manual config taken as it is.
 */
export async function resolveIdpMetadata(
  config: SamlConnectorConfig,
  fetchMetadata: (url: string) => Promise<string>,
): Promise<SamlIdpMetadata> {
  if (config.metadataUrl) return parseIdpMetadata(await fetchMetadata(config.metadataUrl));
  if (config.metadata) return parseIdpMetadata(config.metadata);
  if (!config.entityId || !config.signInEndpoint || !config.x509Certificate)
    throw new SamlMetadataError('The IdP needs an entity ID, a sign-in URL and a certificate.');
  return {
    entityId: config.entityId,
    signInEndpoint: config.signInEndpoint,
    certificates: toPem([config.x509Certificate]),
  };
}
