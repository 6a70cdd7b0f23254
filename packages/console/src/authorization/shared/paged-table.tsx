import { useI18n } from '../../i18n/i18n';
import { LoadError } from '../../ui/load-error';
import { SearchField } from '../../ui/search-field';
import { DataTable, type TableColumn } from '../../ui/table';
import type { PagedList } from './paged-list';

export interface PagedTableProps<T extends { id: string }> {
  label: string;
  list: PagedList<T>;
  columns: ReadonlyArray<TableColumn<T>>;
  /** Shown when the API supports searching this list. */
  searchLabel?: string;
  emptyText?: string;
}

/** A server-side list as a table: optional search box, the current page, and paging controls. */
export function PagedTable<T extends { id: string }>({
  label,
  list,
  columns,
  searchLabel,
  emptyText,
}: PagedTableProps<T>) {
  const { t } = useI18n();
  const { query } = list;
  return (
    <div className="paged-table">
      {searchLabel && <SearchField label={searchLabel} value={list.search} onChange={list.setSearch} />}
      {query.error ? (
        <LoadError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <DataTable
          label={label}
          columns={columns}
          rows={query.data?.rows ?? []}
          page={list.page}
          pageSize={list.pageSize}
          total={query.data?.total ?? 0}
          onPageChange={list.setPage}
          isLoading={query.isPending}
          emptyText={emptyText ?? (list.search.trim() ? t('authorization.noMatches') : undefined)}
        />
      )}
    </div>
  );
}
