import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { Button } from './button';
import { Progress } from './progress';

export interface TableColumn<T> {
  id: string;
  name: string;
  /** The column that names a row for screen readers (one per table). */
  isRowHeader?: boolean;
  cell: (row: T) => ReactNode;
}

export interface DataTableProps<T extends { id: string }> {
  /** The table's accessible name, also used for its pagination. */
  label: string;
  columns: ReadonlyArray<TableColumn<T>>;
  /** The current page's rows, as the API returned them. */
  rows: readonly T[];
  /** Server-side pagination: `page` is 1-based, `total` is the API's `Total-Number`. */
  page: number;
  pageSize: number;
  total: number;
  /** Without it the rows are the whole list (an API that does not paginate), and no page controls show. */
  onPageChange?: (page: number) => void;
  isLoading?: boolean;
  emptyText?: string;
}

/**
 * A keyboard-navigable grid of one page of a server-side list. Search, filters and paging go to
 * the API (`page`, `page_size`); the table never holds more than one page.
 */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { t } = useI18n();
  const { label, columns, rows, page, pageSize, total, onPageChange, isLoading } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="data-table">
      <Table aria-label={label} className="table">
        <TableHeader columns={columns}>
          {(column) => <Column isRowHeader={column.isRowHeader}>{column.name}</Column>}
        </TableHeader>
        <TableBody
          items={rows}
          dependencies={[columns]}
          renderEmptyState={() =>
            isLoading ? <Progress label={t('app.loading')} /> : (props.emptyText ?? t('table.empty'))
          }
        >
          {(row) => <Row columns={columns}>{(column) => <Cell>{column.cell(row)}</Cell>}</Row>}
        </TableBody>
      </Table>
      {onPageChange && (
        <nav className="pagination" aria-label={t('table.pagination', { label })}>
          <span>{t('table.total', { total })}</span>
          <Button isDisabled={page <= 1 || isLoading} onPress={() => onPageChange(page - 1)}>
            {t('table.previous')}
          </Button>
          <span aria-current="page">{t('table.pageOf', { page, pages })}</span>
          <Button isDisabled={page >= pages || isLoading} onPress={() => onPageChange(page + 1)}>
            {t('table.next')}
          </Button>
        </nav>
      )}
    </div>
  );
}
