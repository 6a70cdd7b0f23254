import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapPage } from '../api/client';
import type { operations } from '../api/schema';

export type AdminRow = operations['getAdmins']['responses'][200]['content']['application/json'][number];
export type InvitationRow = operations['getAdminsInvitations']['responses'][200]['content']['application/json'][number];
export type AdminRoleKey = AdminRow['role'];
export const adminRoleKeys: readonly AdminRoleKey[] = ['owner', 'admin', 'viewer'];

export const pageSize = 20;

export function useAdmins(page: number) {
  return useQuery({
    queryKey: ['admins', page],
    queryFn: () => unwrapPage(api.GET('/api/admins', { params: { query: { page, page_size: pageSize } } })),
  });
}

export function useInvitations(page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['admin-invitations', page],
    enabled,
    queryFn: () => unwrapPage(api.GET('/api/admins/invitations', { params: { query: { page, page_size: pageSize } } })),
  });
}

export function useOwnFactors() {
  return useQuery({
    queryKey: ['admin-mfa'],
    queryFn: () => unwrap(api.GET('/api/admins/me/mfa-verifications')),
  });
}

export function useSignInPolicy() {
  return useQuery({ queryKey: ['admin-sign-in-policy'], queryFn: () => unwrap(api.GET('/api/admins/sign-in-policy')) });
}

/** A change to administrators: the lists (and the signed-in administrator's role) are read again. */
export function useAdminMutation<A, R>(run: (args: A) => Promise<R>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () =>
      Promise.all(
        ['admins', 'admin-invitations', 'current-admin', 'admin-sign-in-policy'].map((key) =>
          queries.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}
