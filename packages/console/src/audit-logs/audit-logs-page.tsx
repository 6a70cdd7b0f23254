import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Page } from '../ui/page';
import { type FilterDraft, filterOf, searchOf, viewOf } from './log-filter-query';
import { LogFilters } from './log-filters';
import { useLogs } from './logs-queries';
import { LogsTable } from './logs-table';

/**
 * /console/audit-logs: every audit log entry, newest first, filtered and paged by the server. The
 * filters and page live in the address too, so Back from an entry returns to the same view.
 */
export default function AuditLogsPage() {
  const { t } = useI18n();
  const [view, setView] = useState(() => viewOf(location.search));
  const { draft, page } = view;
  const filter = filterOf(draft);
  const logs = useLogs(filter, page);
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const show = (next: { draft: FilterDraft; page: number }) => {
    setView(next);
    navigate(`/console/audit-logs${searchOf(next.draft, next.page)}`, { replace: true });
  };
  return (
    <Page title={t('auditLogs.title')} intro={t('auditLogs.intro')}>
      <LogFilters draft={draft} onChange={(next) => show({ draft: next, page: 1 })} />
      <LogsTable
        label={t('auditLogs.table')}
        query={logs}
        page={page}
        onPageChange={(next) => show({ draft, page: next })}
        emptyText={filtered ? t('auditLogs.noMatch') : t('auditLogs.empty')}
      />
    </Page>
  );
}
