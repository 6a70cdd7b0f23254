import { createResourceSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import { Page } from '../../ui/page';
import type { TableColumn } from '../../ui/table';
import { TextField } from '../../ui/text-field';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { useAfterWrite } from '../shared/run-write';
import type { Resource } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';
import { isManagementApi } from './resource-queries';
import '../authorization.css';

function CreateResourceForm({ close }: { close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [name, setName] = useState('');
  const [indicator, setIndicator] = useState('');
  const form = useForm(createResourceSchema, {
    'resource.resource_identifier_in_use': { field: 'indicator', message: t('authorization.resources.indicatorInUse') },
  });
  const submit = () =>
    form.submit({ name: name.trim(), indicator: indicator.trim() }, async (body) => {
      const created = await unwrap(api.POST('/api/resources', { body }));
      await afterWrite(t('authorization.resources.created', { name: created.name }));
      navigate(`/console/api-resources/${created.id}`);
    });
  return (
    <DialogForm submitLabel={t('authorization.resources.create')} onSubmit={submit} onClose={close}>
      <TextField
        label={t('authorization.resources.name')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        autoFocus
      />
      <TextField
        label={t('authorization.resources.indicator')}
        description={t('authorization.resources.indicatorHelp')}
        value={indicator}
        onChange={setIndicator}
        error={form.errors.indicator}
      />
    </DialogForm>
  );
}

export default function ApiResourcesPage() {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/resources');
  const list = usePagedList<Resource>(['authz', 'resources'], (query) =>
    fetchPage(api.GET('/api/resources', { params: { query: { page: query.page, page_size: query.page_size } } })),
  );
  const columns: TableColumn<Resource>[] = [
    {
      id: 'name',
      name: t('authorization.resources.name'),
      isRowHeader: true,
      cell: (resource) => (
        <>
          <Link href={`/console/api-resources/${resource.id}`}>{resource.name}</Link>
          {isManagementApi(resource) && <span className="tag">{t('authorization.resources.managementTag')}</span>}
          {resource.isDefault && <span className="tag">{t('authorization.resources.defaultTag')}</span>}
        </>
      ),
    },
    {
      id: 'indicator',
      name: t('authorization.resources.indicator'),
      cell: (resource) => <code>{resource.indicator}</code>,
    },
    {
      id: 'ttl',
      name: t('authorization.resources.ttl'),
      cell: (resource) => t('authorization.seconds', { count: resource.accessTokenTtl }),
    },
  ];
  return (
    <Page title={t('authorization.resources.title')} intro={t('authorization.resources.intro')}>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.resources.create')}
          title={t('authorization.resources.createTitle')}
          disabledReason={createReason}
        >
          {(close) => <CreateResourceForm close={close} />}
        </FormDialog>
      </div>
      <PagedTable label={t('authorization.resources.title')} list={list} columns={columns} />
    </Page>
  );
}
