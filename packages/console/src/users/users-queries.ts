import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import type { operations } from '../api/schema';
import { generatePassword, policyPassword } from './generate-password';

type Json<Op extends keyof operations> = operations[Op]['responses'] extends { 200: infer Ok }
  ? Ok extends { content: { 'application/json': infer Body } }
    ? Body
    : never
  : never;

export type User = Json<'getUsersByUserId'>;
export type UserRole = Json<'getUsersByUserIdRoles'>[number];
export type UserOrganization = Json<'getUsersByUserIdOrganizations'>[number];
export type MfaFactor = Json<'getUsersByUserIdMfaVerifications'>[number];
export type PasswordPolicy = Json<'getSignInExp'>['passwordPolicy'];
export type PasswordIssue = Json<'postSignInExpDefaultCheckPassword'>['issues'][number];

export const pageSize = 20;
/** Options of a picker: one short page of what the search found. */
const pickerSize = 10;

export interface ListPage<T> {
  rows: T[];
  total: number;
}

/** One page of a Management API list, with the total from its `Total-Number` header. */
async function listPage<T>(call: Promise<{ data?: T[]; error?: unknown; response: Response }>): Promise<ListPage<T>> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.of(response, error);
  return { rows: data ?? [], total: Number(response.headers.get('Total-Number') ?? data?.length ?? 0) };
}

const userPath = (userId: string) => ({ params: { path: { userId } } });

/** GET /api/users: the server searches id, username, email, phone and name. */
export function useUsers(search: string, page: number) {
  return useQuery({
    queryKey: ['users', 'list', search, page],
    queryFn: () =>
      listPage(
        api.GET('/api/users', { params: { query: { page, page_size: pageSize, search: search || undefined } } }),
      ),
    // The table keeps the last page while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

export function useUser(userId: string) {
  return useQuery({
    queryKey: ['users', userId],
    queryFn: () => unwrap(api.GET('/api/users/{userId}', userPath(userId))),
  });
}

export function useUserRoles(userId: string, page: number) {
  return useQuery({
    queryKey: ['users', userId, 'roles', page],
    queryFn: () =>
      listPage(
        api.GET('/api/users/{userId}/roles', { params: { path: { userId }, query: { page, page_size: pageSize } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** User roles the user does not hold yet whose name matches `search`. */
export function useAssignableRoles(userId: string, search: string, enabled: boolean) {
  return useQuery({
    queryKey: ['users', userId, 'assignable-roles', search],
    queryFn: () =>
      listPage(
        api.GET('/api/roles', {
          params: {
            query: { type: 'User', excludeUserId: userId, search: search || undefined, page: 1, page_size: pickerSize },
          },
        }),
      ),
    enabled,
  });
}

export function useUserOrganizations(userId: string) {
  return useQuery({
    queryKey: ['users', userId, 'organizations'],
    queryFn: () => unwrap(api.GET('/api/users/{userId}/organizations', userPath(userId))),
  });
}

/** Organizations whose name matches `search`, for the "add to organization" picker. */
export function useOrganizationSearch(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', 'search', search],
    queryFn: () =>
      listPage(
        api.GET('/api/organizations', {
          params: { query: { q: search || undefined, page: 1, page_size: pickerSize } },
        }),
      ),
    enabled,
  });
}

export function useUserMfaFactors(userId: string) {
  return useQuery({
    queryKey: ['users', userId, 'mfa'],
    queryFn: () => unwrap(api.GET('/api/users/{userId}/mfa-verifications', userPath(userId))),
  });
}

/** The server's verdict on a password under the policy; with `userId`, against that user's names too. */
export async function checkPassword(password: string, userId?: string): Promise<PasswordIssue[]> {
  const body = userId ? { password, userId } : { password };
  return (await unwrap(api.POST('/api/sign-in-exp/default/check-password', { body }))).issues;
}

/**
 * Makes a password for a user under the end users' policy (GET /api/sign-in-exp), avoiding
 * `names`, and has the server check it (with `userId`, against the stored names too).
 */
export function useMakePassword() {
  const client = useQueryClient();
  return useCallback(
    async (names: ReadonlyArray<string | null | undefined>, userId?: string) => {
      const policy = await client.fetchQuery({
        queryKey: ['sign-in-exp', 'password-policy'],
        queryFn: async (): Promise<PasswordPolicy> => (await unwrap(api.GET('/api/sign-in-exp'))).passwordPolicy,
        staleTime: 60_000,
      });
      return policyPassword(
        () => generatePassword(policy, names),
        (password) => checkPassword(password, userId),
      );
    },
    [client],
  );
}

/** Marks every users query stale after a change, so lists and the user page show it. */
export function useRefreshUsers(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: ['users'] }), [client]);
}
