import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/page';
import { type FilterDraft, filterOf, noFilters } from './log-filter-query';
import { LogFilters } from './log-filters';
import { useLogs } from './logs-queries';
import { LogsTable } from './logs-table';

/** /console/audit-logs: every audit log entry, newest first, filtered and paged by the server. */
export default function AuditLogsPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<FilterDraft>(noFilters);
  const [page, setPage] = useState(1);
  const filter = filterOf(draft);
  const logs = useLogs(filter, page);
  const filtered = Object.values(filter).some((value) => value !== undefined);
  return (
    <Page title={t('auditLogs.title')} intro={t('auditLogs.intro')}>
      <LogFilters
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setPage(1);
        }}
      />
      <LogsTable
        label={t('auditLogs.table')}
        query={logs}
        page={page}
        onPageChange={setPage}
        emptyText={filtered ? t('auditLogs.noMatch') : t('auditLogs.empty')}
      />
    </Page>
  );
}
