import { useMemo } from 'react';
import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import type { TableColumn } from '../ui/table';
import { formatMoment } from '../users/format';
import { QueryTable } from '../users/query-table';
import { describeLogKey } from './log-keys';
import { type Log, type LogsPage, logsPageSize, useApplicationNames, useUserNames } from './logs-queries';
import './audit-logs.css';

/** Success or Error, said in words (the colour only repeats it). */
export function ResultBadge({ result }: { result: Log['payload']['result'] }) {
  const { t } = useI18n();
  return (
    <span className={`result-badge result-${result === 'Success' ? 'success' : 'error'}`}>
      {t(`auditLogs.result.${result}`)}
    </span>
  );
}

/** The user an entry concerns, linked to their page; a deleted user is named by id, unlinked. */
export function LogUser({ userId, names }: { userId?: string; names: Map<string, string | null> }) {
  const { t } = useI18n();
  if (!userId) return <>{t('auditLogs.none')}</>;
  const name = names.get(userId);
  if (name === null) return <>{t('auditLogs.deletedUser', { id: userId })}</>;
  return <Link href={`/console/users/${encodeURIComponent(userId)}`}>{name ?? userId}</Link>;
}

/** The application an entry came through, linked to its page. */
export function LogApplication({ applicationId, names }: { applicationId?: string; names?: Map<string, string> }) {
  const { t } = useI18n();
  if (!applicationId) return <>{t('auditLogs.none')}</>;
  return (
    <Link href={`/console/applications/${encodeURIComponent(applicationId)}`}>
      {names?.get(applicationId) ?? applicationId}
    </Link>
  );
}

interface LogRow {
  id: string;
  log: Log;
}

interface LogsQuery {
  data?: LogsPage;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/** One page of audit log entries; each row links to its entry. Used by the audit log page and a user's Logs tab. */
export function LogsTable(props: {
  label: string;
  query: LogsQuery;
  page: number;
  onPageChange: (page: number) => void;
  emptyText: string;
}) {
  const { t, language } = useI18n();
  const logs = props.query.data?.rows ?? [];
  // Wrapped: React Aria keys a collection by an item's `key` before its `id`, and an entry's `key` repeats.
  const rows = logs.map((log) => ({ id: log.id, log }));
  const userNames = useUserNames(logs.flatMap((log) => (log.payload.userId ? [log.payload.userId] : [])));
  const appNames = useApplicationNames().data;
  const columns = useMemo<TableColumn<LogRow>[]>(
    () => [
      {
        id: 'event',
        name: t('auditLogs.column.event'),
        isRowHeader: true,
        cell: ({ log }) => (
          <span className="log-event">
            <Link href={`/console/audit-logs/${encodeURIComponent(log.id)}`}>{describeLogKey(log.key, t)}</Link>
            <code>{log.key}</code>
          </span>
        ),
      },
      {
        id: 'result',
        name: t('auditLogs.column.result'),
        cell: ({ log }) => <ResultBadge result={log.payload.result} />,
      },
      {
        id: 'user',
        name: t('auditLogs.column.user'),
        cell: ({ log }) => <LogUser userId={log.payload.userId} names={userNames} />,
      },
      {
        id: 'application',
        name: t('auditLogs.column.application'),
        cell: ({ log }) => <LogApplication applicationId={log.payload.applicationId} names={appNames} />,
      },
      { id: 'time', name: t('auditLogs.column.time'), cell: ({ log }) => formatMoment(log.createdAt, language) },
    ],
    [t, language, userNames, appNames],
  );
  return (
    <QueryTable
      query={props.query}
      label={props.label}
      columns={columns}
      rows={rows}
      page={props.page}
      pageSize={logsPageSize}
      total={props.query.data?.total ?? 0}
      onPageChange={props.onPageChange}
      isLoading={props.query.isFetching}
      emptyText={props.emptyText}
    />
  );
}
