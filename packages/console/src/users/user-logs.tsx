import { useState } from 'react';
import { useUserLogs } from '../audit-logs/logs-queries';
import { LogsTable } from '../audit-logs/logs-table';
import { useI18n } from '../i18n/i18n';

/** The user's audit log entries (GET /api/users/:userId/logs); each row opens the entry. */
export function UserLogs({ userId, userName }: { userId: string; userName: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const logs = useUserLogs(userId, page);
  return (
    <section aria-labelledby="logs-heading">
      <h2 id="logs-heading">{t('users.tab.logs')}</h2>
      <LogsTable
        label={t('users.logs.table', { user: userName })}
        query={logs}
        page={page}
        onPageChange={setPage}
        emptyText={t('users.logs.empty')}
      />
    </section>
  );
}
