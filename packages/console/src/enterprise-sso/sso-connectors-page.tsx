import { createSsoConnectorBody } from '@tessera/server/schemas';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { DialogForm, FormDialog } from '../ui/form-dialog';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Select } from '../ui/select';
import { useStatus } from '../ui/status';
import { DataTable, type TableColumn } from '../ui/table';
import { TextField } from '../ui/text-field';
import { type SsoConnector, useRefreshSsoConnectors, useSsoConnectors, useSsoProviders } from './queries';
import '../authorization/authorization.css';

/** The provider and a name: the connection is set up on the connector's page, with its redirect URI. */
function CreateForm({ close }: { close: () => void }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshSsoConnectors();
  const providers = useSsoProviders();
  const options = (providers.data ?? []).map((p) => ({ id: p.providerName, label: p.name }));
  const [providerName, setProviderName] = useState<string>('OIDC');
  const [connectorName, setConnectorName] = useState('');
  const form = useForm(createSsoConnectorBody, {
    'single_sign_on.duplicate_connector_name': { field: 'connectorName', message: t('sso.nameTaken') },
  });
  const submit = () =>
    form.submit({ providerName, connectorName: connectorName.trim() }, async (body) => {
      const created = await unwrap(api.POST('/api/sso-connectors', { body }));
      await refresh();
      announce(t('sso.created', { name: created.connectorName }), 'success');
      navigate(`/console/enterprise-sso/${created.id}`);
    });
  return (
    <DialogForm submitLabel={t('sso.create')} onSubmit={submit} onClose={close}>
      <Select
        label={t('sso.provider')}
        options={options.length > 0 ? options : [{ id: 'OIDC', label: 'OIDC' }]}
        value={providerName}
        onChange={(value) => setProviderName(String(value))}
        error={form.errors.providerName}
      />
      <TextField
        label={t('sso.name')}
        description={t('sso.nameHelp')}
        value={connectorName}
        onChange={setConnectorName}
        error={form.errors.connectorName}
        isRequired
        autoFocus
      />
    </DialogForm>
  );
}

export default function SsoConnectorsPage() {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/sso-connectors');
  const list = useSsoConnectors();
  const rows = list.data ?? [];
  const columns: TableColumn<SsoConnector>[] = [
    {
      id: 'name',
      name: t('sso.column.name'),
      isRowHeader: true,
      cell: (c) => <Link href={`/console/enterprise-sso/${c.id}`}>{c.connectorName}</Link>,
    },
    { id: 'provider', name: t('sso.column.provider'), cell: (c) => c.name },
    {
      id: 'domains',
      name: t('sso.column.domains'),
      cell: (c) => (c.domains.length > 0 ? c.domains.join(', ') : t('sso.noDomains')),
    },
    {
      id: 'status',
      name: t('sso.column.status'),
      cell: (c) => t(c.providerConfig ? 'sso.status.ready' : 'sso.status.incomplete'),
    },
  ];
  return (
    <Page title={t('sso.title')} intro={t('sso.intro')}>
      <div className="toolbar">
        <span />
        <FormDialog triggerLabel={t('sso.create')} title={t('sso.createTitle')} disabledReason={createReason}>
          {(close) => <CreateForm close={close} />}
        </FormDialog>
      </div>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable
          label={t('sso.table')}
          columns={columns}
          rows={rows}
          page={1}
          pageSize={Math.max(rows.length, 1)}
          total={rows.length}
          isLoading={list.isPending}
          emptyText={t('sso.empty')}
        />
      )}
    </Page>
  );
}
