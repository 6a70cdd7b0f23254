import { LoadError } from '../ui/load-error';
import { DataTable, type DataTableProps } from '../ui/table';

interface Query {
  error: unknown;
  refetch: () => unknown;
}

/** The table of a query's rows, or what went wrong loading them with a way to try again. */
export function QueryTable<T extends { id: string }>({ query, ...table }: DataTableProps<T> & { query: Query }) {
  if (query.error) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  return <DataTable {...table} />;
}

/** The table's paging for a list the API answers whole: one page, no page controls. */
export const wholeList = <T,>(rows: readonly T[]) => ({
  rows,
  page: 1,
  pageSize: Math.max(rows.length, 1),
  total: rows.length,
});
