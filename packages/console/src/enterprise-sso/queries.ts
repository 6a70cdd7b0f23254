import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';

export type SsoConnector = operations['getSsoConnectorsById']['responses'][200]['content']['application/json'];
export type SsoProvider =
  operations['getSsoConnectorProviders']['responses'][200]['content']['application/json'][number];

const key = ['sso-connectors'];

export const useSsoProviders = () =>
  useQuery({ queryKey: [...key, 'providers'], queryFn: () => unwrap(api.GET('/api/sso-connector-providers')) });

export const useSsoConnectors = () =>
  useQuery({ queryKey: [...key, 'list'], queryFn: () => unwrap(api.GET('/api/sso-connectors')) });

export const useSsoConnector = (id: string) =>
  useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => unwrap(api.GET('/api/sso-connectors/{id}', { params: { path: { id } } })),
  });

/** After a write: every SSO connector list and record loads again. */
export function useRefreshSsoConnectors(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

/** The address the provider sends people back to (Tessera's SSO callback). */
export const redirectUriOf = (id: string) => `${location.origin}/callback/sso/${id}`;

/** What a SAML identity provider is given: Tessera's SP entity ID and ACS URL for the connector. */
export const samlServiceProviderOf = (id: string) => ({
  entityId: `${location.origin}/enterprise-sso/${id}`,
  acsUrl: `${location.origin}/api/authn/single-sign-on/saml/${id}`,
});
