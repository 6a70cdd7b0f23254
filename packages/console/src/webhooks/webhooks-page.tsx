import { useQuery } from '@tanstack/react-query';
import { createHookSchema } from '@tessera/server/schemas';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { DialogForm, FormDialog } from '../ui/form-dialog';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { useStatus } from '../ui/status';
import { DataTable, type TableColumn } from '../ui/table';
import { draftOf, HookFields, useHookForm } from './hook-form';
import { type HookListItem, useRefreshHooks, WhenHooksReadable } from './queries';
import '../authorization/authorization.css';
import './webhooks.css';

function CreateHookForm({ close }: { close: () => void }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshHooks();
  const form = useHookForm(createHookSchema, draftOf());
  const submit = () =>
    form.submit(async (body) => {
      const created = await unwrap(api.POST('/api/hooks', { body }));
      await refresh();
      announce(t('webhooks.created', { name: created.name }), 'success');
      navigate(`/console/webhooks/${created.id}`);
    });
  return (
    <DialogForm submitLabel={t('webhooks.create')} onSubmit={submit} onClose={close}>
      <HookFields form={form} autoFocus />
    </DialogForm>
  );
}

function SuccessRate({ hook }: { hook: HookListItem }) {
  const { t } = useI18n();
  const stats = hook.executionStats;
  if (!stats || stats.requestCount === 0) return <>{t('webhooks.noRequests')}</>;
  const rate = Math.round((stats.successCount / stats.requestCount) * 100);
  return <>{t('webhooks.successRate', { rate, success: stats.successCount, requests: stats.requestCount })}</>;
}

function HooksTable() {
  const { t } = useI18n();
  const hooks = useQuery({
    queryKey: ['hooks', 'list'],
    queryFn: () => unwrap(api.GET('/api/hooks', { params: { query: { includeExecutionStats: 'true' } } })),
  });
  const columns: TableColumn<HookListItem>[] = [
    {
      id: 'name',
      name: t('webhooks.column.name'),
      isRowHeader: true,
      cell: (hook) => <Link href={`/console/webhooks/${hook.id}`}>{hook.name}</Link>,
    },
    { id: 'url', name: t('webhooks.column.url'), cell: (hook) => <code className="hook-url">{hook.config.url}</code> },
    {
      id: 'events',
      name: t('webhooks.column.events'),
      cell: (hook) => t('webhooks.eventsCount', { count: hook.events.length }),
    },
    {
      id: 'status',
      name: t('webhooks.column.status'),
      cell: (hook) => (hook.enabled ? t('webhooks.enabled') : t('webhooks.disabled')),
    },
    { id: 'success', name: t('webhooks.column.success'), cell: (hook) => <SuccessRate hook={hook} /> },
  ];
  const rows = hooks.data ?? [];
  return hooks.error ? (
    <LoadError error={hooks.error} onRetry={() => hooks.refetch()} />
  ) : (
    <DataTable
      label={t('webhooks.table')}
      columns={columns}
      rows={rows}
      page={1}
      pageSize={Math.max(rows.length, 1)}
      total={rows.length}
      isLoading={hooks.isPending}
      emptyText={t('webhooks.empty')}
    />
  );
}

export default function WebhooksPage() {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/hooks');
  return (
    <Page title={t('webhooks.title')} intro={t('webhooks.intro')}>
      <div className="toolbar">
        <span />
        <FormDialog triggerLabel={t('webhooks.create')} title={t('webhooks.createTitle')} disabledReason={createReason}>
          {(close) => <CreateHookForm close={close} />}
        </FormDialog>
      </div>
      <WhenHooksReadable>
        <HooksTable />
      </WhenHooksReadable>
    </Page>
  );
}
