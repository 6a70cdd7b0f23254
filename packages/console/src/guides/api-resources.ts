import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { ApiError } from '../api/errors';
import type { operations } from '../api/schema';

export type ApiResourceWithScopes = operations['getResources']['responses'][200]['content']['application/json'][number];

const pageSize = 100;
/** A guide lists at most this many resources; an instance with more is beyond a picker anyway. */
const maxPages = 10;

/** Every API resource with its permissions, page by page (the API pages at 100). */
async function fetchAll(): Promise<ApiResourceWithScopes[]> {
  const all: ApiResourceWithScopes[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data, error, response } = await api.GET('/api/resources', {
      params: { query: { includeScopes: 'true', page, page_size: pageSize } },
    });
    if (!response.ok || !data) throw ApiError.of(response, error);
    all.push(...data);
    const total = Number(response.headers.get('Total-Number') ?? all.length);
    if (data.length < pageSize || all.length >= total) break;
  }
  return all;
}

export function useApiResources() {
  return useQuery({ queryKey: ['resources', 'with-scopes'], queryFn: fetchAll, staleTime: 30_000 });
}
