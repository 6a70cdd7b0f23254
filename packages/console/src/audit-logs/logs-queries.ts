import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapPage } from '../api/client';
import { ApiError } from '../api/errors';
import { userDisplayName } from '../users/user-identity';

export const logsPageSize = 20;

/** The filters of `GET /api/logs`; times are epoch milliseconds, both exclusive. */
export interface LogFilter {
  logKey?: string;
  applicationId?: string;
  userId?: string;
  start_time?: number;
  end_time?: number;
}

const fetchLog = (id: string) => unwrap(api.GET('/api/logs/{id}', { params: { path: { id } } }));
/** One audit log entry as the typed client answers it. */
export type Log = Awaited<ReturnType<typeof fetchLog>>;

/** A page of logs as the table shows it: the rows and the server's `Total-Number`. */
export interface LogsPage {
  rows: Log[];
  total: number;
}

const asPage = ({ items, total }: { items: Log[]; total: number }): LogsPage => ({ rows: items, total });

/** GET /api/logs: one page, newest first; the server filters. */
export function useLogs(filter: LogFilter, page: number) {
  return useQuery({
    queryKey: ['logs', 'list', filter, page],
    queryFn: async () =>
      asPage(
        await unwrapPage(api.GET('/api/logs', { params: { query: { ...filter, page, page_size: logsPageSize } } })),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/users/:userId/logs: the user's own entries. */
export function useUserLogs(userId: string, page: number) {
  return useQuery({
    queryKey: ['logs', 'user', userId, page],
    queryFn: async () =>
      asPage(
        await unwrapPage(
          api.GET('/api/users/{userId}/logs', {
            params: { path: { userId }, query: { page, page_size: logsPageSize } },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useLog(id: string) {
  return useQuery({ queryKey: ['logs', 'entry', id], queryFn: () => fetchLog(id) });
}

/** The applications for the filter and for naming rows: the first hundred, by name. */
export function useApplicationNames() {
  return useQuery({
    queryKey: ['logs', 'applications'],
    queryFn: async () => {
      const apps = await unwrap(api.GET('/api/applications', { params: { query: { page: 1, page_size: 100 } } }));
      return new Map(apps.map((app) => [app.id, app.name]));
    },
    staleTime: 60_000,
  });
}

/** Users found by a search, for the user filter. */
export function useUserSearch(search: string) {
  return useQuery({
    queryKey: ['users', 'search', search],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: { search: search || undefined, page_size: 10 } } })),
    enabled: search !== '',
  });
}

/**
 * The names of the users a page of logs mentions (one request each, cached); a user deleted
 * since is `null`, one still loading is missing.
 */
export function useUserNames(ids: readonly string[]): Map<string, string | null> {
  const unique = [...new Set(ids)];
  const answers = useQueries({
    queries: unique.map((userId) => ({
      queryKey: ['users', userId],
      queryFn: () => unwrap(api.GET('/api/users/{userId}', { params: { path: { userId } } })),
      staleTime: 60_000,
      retry: (count: number, error: unknown) => !(error instanceof ApiError && error.status === 404) && count < 2,
    })),
  });
  const names = new Map<string, string | null>();
  unique.forEach((id, index) => {
    const answer = answers[index];
    if (answer?.data) names.set(id, userDisplayName(answer.data));
    else if (answer?.error instanceof ApiError && answer.error.status === 404) names.set(id, null);
  });
  return names;
}
