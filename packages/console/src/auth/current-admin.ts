import { useQuery } from '@tanstack/react-query';
import { authorization } from '../api/client';
import { ApiError } from '../api/errors';
import { useSession } from './auth-gate';
import { logto, managementApi } from './logto';

export type AdminRole = 'owner' | 'admin' | 'viewer';

export interface CurrentAdmin {
  id: string;
  name: string;
  username?: string;
  /** Undefined when the administrator holds none of the console's roles. */
  role?: AdminRole;
  scopes: readonly string[];
  /** `token` when the server has no `/api/admins/me` and the role was read from the token's scopes. */
  source: 'api' | 'token';
}

/** The role a set of Management API scopes stands for (Owner: `admins:manage`, Admin: `all`, Viewer: `read`). */
export function roleOfScopes(scopes: readonly string[]): AdminRole | undefined {
  if (scopes.includes('admins:manage')) return 'owner';
  if (scopes.includes('all')) return 'admin';
  if (scopes.includes('read')) return 'viewer';
  return undefined;
}

interface AdminsMe {
  id: string;
  username: string | null;
  name: string | null;
  role: AdminRole;
  scopes: string[];
}

async function fetchCurrentAdmin(fallbackName: string): Promise<CurrentAdmin> {
  // Not through the typed client yet: the route joins the OpenAPI document with the Administrators API.
  const response = await fetch('/api/admins/me', { headers: { Authorization: await authorization() } });
  if (response.ok) {
    const me = (await response.json()) as AdminsMe;
    return { ...me, name: me.name || me.username || fallbackName, username: me.username ?? undefined, source: 'api' };
  }
  if (response.status !== 404) throw ApiError.of(response, await response.json().catch(() => undefined));
  // A server without the route: the token's own scopes, which the API checks anyway.
  const claims = await logto.getAccessTokenClaims(managementApi);
  const scopes = (claims.scope ?? '').split(' ').filter(Boolean);
  return { id: claims.sub ?? '', name: fallbackName, scopes, role: roleOfScopes(scopes), source: 'token' };
}

/** The signed-in administrator: name, role and the scopes the console's controls follow. */
export function useCurrentAdmin() {
  const { claims } = useSession();
  const fallbackName = claims.name || claims.username || claims.sub;
  return useQuery({
    queryKey: ['current-admin', claims.sub],
    queryFn: async () => {
      const admin = await fetchCurrentAdmin(fallbackName);
      return { ...admin, username: admin.username ?? claims.username ?? undefined };
    },
    staleTime: 60_000,
  });
}
