import type { SsoIdentity } from '../sso-driver.js';
import type { SamlAttributeMapping } from './saml.config.js';
import type { VerifiedAssertion } from './saml-sp.js';

/** The identity a verified assertion gives. */
export type SamlIdentity = SsoIdentity;

type Field = Exclude<keyof SamlAttributeMapping, 'id'>;

const claims = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
const microsoft = 'http://schemas.microsoft.com/identity/claims';

/** Attribute names tried in order when the connector's `attributeMapping` names none. */
const genericDefaults: Record<Field, string[]> = {
  email: ['email', 'mail', 'emailAddress', 'urn:oid:0.9.2342.19200300.100.1.3', `${claims}/emailaddress`],
  name: ['name', 'displayName', 'urn:oid:2.16.840.1.113730.3.1.241', `${microsoft}/displayname`],
  given_name: ['given_name', 'givenName', 'firstName', 'urn:oid:2.5.4.42', `${claims}/givenname`],
  family_name: ['family_name', 'surname', 'sn', 'lastName', 'urn:oid:2.5.4.4', `${claims}/surname`],
  picture: ['picture', 'avatar'],
};

/** Microsoft Entra ID's claim URIs first (its default SAML claims), then the generic names. */
const azureAdDefaults: Record<Field, string[]> = {
  email: [`${claims}/emailaddress`, `${claims}/name`, ...genericDefaults.email],
  name: [`${microsoft}/displayname`, ...genericDefaults.name],
  given_name: [`${claims}/givenname`, ...genericDefaults.given_name],
  family_name: [`${claims}/surname`, ...genericDefaults.family_name],
  picture: genericDefaults.picture,
};

export const defaultAttributeMapping = { id: 'nameID', email: 'email', name: 'name' } as const;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * Maps a verified assertion to an identity. SAML says nothing of email verification: the email
 * counts as verified only when its domain is one of the connector's domains.
 */
export function identityFromAssertion(
  assertion: VerifiedAssertion,
  options: { dialect: 'SAML' | 'AzureAD'; mapping?: SamlAttributeMapping; domains: string[] },
): SamlIdentity {
  const defaults = options.dialect === 'AzureAD' ? azureAdDefaults : genericDefaults;
  const source: Record<string, string | string[]> = { ...assertion.attributes, nameID: assertion.nameId };
  const read = (field: Field) => {
    const mapped = options.mapping?.[field];
    const names = mapped ? [mapped] : defaults[field];
    for (const name of names) {
      const value = first(source[name]);
      if (value) return value;
    }
    return undefined;
  };
  const identityId = first(source[options.mapping?.id ?? 'nameID']);
  if (!identityId) throw new Error(`The assertion has no ${options.mapping?.id ?? 'nameID'} attribute for the id.`);
  const email = read('email')?.toLowerCase();
  const emailLooksValid = email !== undefined && /^[^@\s]+@[^@\s]+$/.test(email);
  const domain = emailLooksValid ? email.split('@')[1] : undefined;
  const givenName = read('given_name');
  const familyName = read('family_name');
  const name = read('name') ?? ([givenName, familyName].filter(Boolean).join(' ') || undefined);
  const picture = read('picture');
  return {
    issuer: assertion.issuer,
    identityId,
    ...(emailLooksValid && { email }),
    emailVerified: domain !== undefined && options.domains.some((allowed) => allowed.toLowerCase() === domain),
    ...(name && { name }),
    ...(picture && { picture }),
    detail: {
      nameID: assertion.nameId,
      ...(assertion.nameIdFormat && { nameIDFormat: assertion.nameIdFormat }),
      ...(givenName && { given_name: givenName }),
      ...(familyName && { family_name: familyName }),
      attributes: assertion.attributes,
    },
  };
}
