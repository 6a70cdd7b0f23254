import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import { useSession } from './auth-gate';

/** The signed-in administrator: profile, role, and the scopes their role holds now (the controls follow them). */
export type CurrentAdmin = operations['getAdminsMe']['responses'][200]['content']['application/json'];
export type AdminRole = CurrentAdmin['role'];

/** A person's name for the administrator: their name, else their username, else their email. */
export const displayName = (admin: Pick<CurrentAdmin, 'id' | 'name' | 'username' | 'primaryEmail'>) =>
  admin.name || admin.username || admin.primaryEmail || admin.id;

export function useCurrentAdmin() {
  const { claims } = useSession();
  return useQuery({
    queryKey: ['current-admin', claims.sub],
    queryFn: () => unwrap(api.GET('/api/admins/me')),
    staleTime: 60_000,
  });
}
