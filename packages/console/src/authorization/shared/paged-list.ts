import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/errors';
import { useSettled } from '../../ui/use-settled';

/** One page of a server-side list and the total the API reported in `Total-Number`. */
export interface PageOf<T> {
  rows: T[];
  total: number;
}

/** The query every list sends: 1-based `page`, `page_size`, and the search text (may be empty). */
export interface PageQuery {
  page: number;
  page_size: number;
  search: string;
}

/** A paged call's rows and total; an ApiError when it was refused. */
export async function fetchPage<T>(
  call: Promise<{ data?: T[]; error?: unknown; response: Response }>,
): Promise<PageOf<T>> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.of(response, error);
  const rows = data ?? [];
  return { rows, total: Number(response.headers.get('Total-Number') ?? rows.length) };
}

/**
 * A server-side list: page and search live here and go to the API; a new search starts at page 1.
 * The previous page stays on screen while the next one loads.
 */
export function usePagedList<T>(
  key: readonly unknown[],
  load: (query: PageQuery) => Promise<PageOf<T>>,
  pageSize = 20,
) {
  const [page, setPage] = useState(1);
  const [search, setSearchText] = useState('');
  const settled = useSettled(search.trim());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search goes back to the first page
  useEffect(() => setPage(1), [settled]);
  const query = useQuery({
    queryKey: [...key, { page, pageSize, search: settled }],
    queryFn: () => load({ page, page_size: pageSize, search: settled }),
    placeholderData: keepPreviousData,
  });
  // The last row of the last page removed: show the page before.
  const total = query.data?.total;
  useEffect(() => {
    if (total !== undefined && page > 1 && (page - 1) * pageSize >= total) setPage(Math.ceil(total / pageSize) || 1);
  }, [total, page, pageSize]);
  return { page, setPage, pageSize, search, setSearch: setSearchText, query };
}

export type PagedList<T> = ReturnType<typeof usePagedList<T>>;
