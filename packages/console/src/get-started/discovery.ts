import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

/** The fields of this instance's OpenID Provider metadata that the Get started page shows. */
export interface ProviderEndpoints {
  issuer: string;
  discovery: string;
  authorization: string;
  token: string;
  jwks: string;
  userinfo: string;
}

const discoveryPath = '/oidc/.well-known/openid-configuration';

async function fetchEndpoints(): Promise<ProviderEndpoints> {
  const response = await fetch(discoveryPath);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.of(response, body);
  const document = body as Record<string, unknown>;
  const field = (name: string): string => {
    const value = document[name];
    if (typeof value !== 'string') throw new Error(`The discovery document has no ${name}.`);
    return value;
  };
  return {
    issuer: field('issuer'),
    discovery: `${field('issuer')}/.well-known/openid-configuration`,
    authorization: field('authorization_endpoint'),
    token: field('token_endpoint'),
    jwks: field('jwks_uri'),
    userinfo: field('userinfo_endpoint'),
  };
}

/** The end users' provider (`/oidc`), as applications see it; the same for every administrator. */
export function useProviderEndpoints() {
  return useQuery({ queryKey: ['provider-endpoints'], queryFn: fetchEndpoints, staleTime: Number.POSITIVE_INFINITY });
}
