import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

const fetchSamlApplication = (id: string) =>
  unwrap(api.GET('/api/saml-applications/{id}', { params: { path: { id } } }));
/** A SAML application as the typed client answers it. */
export type SamlApplication = Awaited<ReturnType<typeof fetchSamlApplication>>;

/** Keys start with 'authz' so the shared write helpers reload them after a write. */
export const samlKey = (id: string) => ['authz', 'saml-application', id] as const;
export const samlSecretsKey = (id: string) => ['authz', 'saml-application', id, 'secrets'] as const;

export function useSamlApplication(id: string) {
  return useQuery({ queryKey: samlKey(id), queryFn: () => fetchSamlApplication(id) });
}

export const samlPagePath = (id: string) => `/console/saml-applications/${encodeURIComponent(id)}`;

/** What the service provider is given, at Tessera's paths for this app. */
export function identityProviderUrls(id: string) {
  const origin = location.origin;
  const path = encodeURIComponent(id);
  return {
    metadataUrl: `${origin}/api/saml-applications/${path}/metadata`,
    entityId: `${origin}/saml/${path}`,
    ssoUrl: `${origin}/api/saml/${path}/authn`,
    idpInitiatedUrl: `${origin}/api/saml/${path}/idp-initiated`,
  };
}
