import { Link } from 'react-aria-components';
import { ApiError } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../routes';
import { CodePanel } from '../ui/code-panel';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { formatMoment } from '../users/format';
import { describeLogKey } from './log-keys';
import { type Log, useApplicationNames, useLog, useUserNames } from './logs-queries';
import { LogApplication, LogUser, ResultBadge } from './logs-table';

function BackToLogs() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link href="/console/audit-logs">{t('auditLogs.back')}</Link>
    </p>
  );
}

/** A failed step's error as the server recorded it: its code and message, or its text. */
function errorText(error: Log['payload']['error']): string | undefined {
  if (error === undefined) return undefined;
  if (typeof error === 'string') return error;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const parts = [code, message].filter((part) => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(': ') : JSON.stringify(error);
}

function LogDetail({ log }: { log: Log }) {
  const { t, language } = useI18n();
  const { payload } = log;
  const userNames = useUserNames(payload.userId ? [payload.userId] : []);
  const appNames = useApplicationNames().data;
  const unknown = t('auditLogs.detail.unknown');
  return (
    <Page title={describeLogKey(log.key, t)}>
      <BackToLogs />
      <dl className="facts log-facts" aria-label={t('auditLogs.detail.facts')}>
        <dt>{t('auditLogs.detail.key')}</dt>
        <dd>
          <code>{log.key}</code>
        </dd>
        <dt>{t('auditLogs.column.result')}</dt>
        <dd>
          <ResultBadge result={payload.result} />
        </dd>
        <dt>{t('auditLogs.detail.error')}</dt>
        <dd>{errorText(payload.error) ?? t('auditLogs.detail.noError')}</dd>
        <dt>{t('auditLogs.column.time')}</dt>
        <dd>{formatMoment(log.createdAt, language)}</dd>
        <dt>{t('auditLogs.column.user')}</dt>
        <dd>
          <LogUser userId={payload.userId} names={userNames} />
        </dd>
        <dt>{t('auditLogs.column.application')}</dt>
        <dd>
          <LogApplication applicationId={payload.applicationId} names={appNames} />
        </dd>
        <dt>{t('auditLogs.detail.ip')}</dt>
        <dd>{payload.ip ?? unknown}</dd>
        <dt>{t('auditLogs.detail.userAgent')}</dt>
        <dd>{payload.userAgent ?? unknown}</dd>
        <dt>{t('auditLogs.detail.id')}</dt>
        <dd>
          <code>{log.id}</code>
        </dd>
      </dl>
      <section aria-labelledby="payload-heading">
        <h2 id="payload-heading">{t('auditLogs.detail.payload')}</h2>
        <CodePanel
          caption="JSON"
          text={JSON.stringify(payload, null, 2)}
          label={t('auditLogs.detail.payloadLabel')}
          copyLabel={t('auditLogs.detail.payloadCopy')}
        />
      </section>
    </Page>
  );
}

/** /console/audit-logs/:id: one entry, what it records in words, and its payload as JSON. */
export default function AuditLogPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const log = useLog(params.id);
  if (log.error instanceof ApiError && log.error.status === 404)
    return (
      <Page title={t('auditLogs.notFound.title')}>
        <p>{t('auditLogs.notFound.body', { id: params.id })}</p>
        <BackToLogs />
      </Page>
    );
  if (log.error) return <LoadError error={log.error} onRetry={() => log.refetch()} />;
  if (!log.data) return <Progress label={t('app.loading')} />;
  return <LogDetail log={log.data} />;
}
