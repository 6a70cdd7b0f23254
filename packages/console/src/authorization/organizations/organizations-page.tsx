import { createOrganizationSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import { Page } from '../../ui/page';
import type { TableColumn } from '../../ui/table';
import { NameFields } from '../shared/name-fields';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { useAfterWrite } from '../shared/run-write';
import type { OrganizationListItem } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';
import '../authorization.css';

function CreateOrganizationForm({ close }: { close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const form = useForm(createOrganizationSchema);
  const submit = () =>
    form.submit({ name: name.trim(), description: description.trim() || null }, async (body) => {
      const created = await unwrap(api.POST('/api/organizations', { body }));
      await afterWrite(t('authorization.organizations.created', { name: created.name }));
      navigate(`/console/organizations/${created.id}`);
    });
  return (
    <DialogForm submitLabel={t('authorization.organizations.create')} onSubmit={submit} onClose={close}>
      <NameFields
        nameLabel={t('authorization.organizations.name')}
        name={name}
        onName={setName}
        description={description}
        onDescription={setDescription}
        errors={form.errors}
        autoFocus
      />
    </DialogForm>
  );
}

export default function OrganizationsPage() {
  const { t, language } = useI18n();
  const createReason = useWriteReason('POST', '/api/organizations');
  const list = usePagedList<OrganizationListItem>(['authz', 'organizations'], (query) =>
    fetchPage(
      api.GET('/api/organizations', {
        params: {
          query: { page: query.page, page_size: query.page_size, q: query.search || undefined, showFeatured: 'true' },
        },
      }),
    ),
  );
  const columns: TableColumn<OrganizationListItem>[] = [
    {
      id: 'name',
      name: t('authorization.organizations.name'),
      isRowHeader: true,
      cell: (organization) => <Link href={`/console/organizations/${organization.id}`}>{organization.name}</Link>,
    },
    { id: 'description', name: t('authorization.description'), cell: (organization) => organization.description ?? '' },
    {
      id: 'members',
      name: t('authorization.organizations.members'),
      cell: (organization) => String(organization.usersCount ?? 0),
    },
    {
      id: 'created',
      name: t('authorization.organizations.createdAt'),
      cell: (organization) => new Date(organization.createdAt).toLocaleDateString(language),
    },
  ];
  return (
    <Page title={t('authorization.organizations.title')} intro={t('authorization.organizations.intro')}>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.organizations.create')}
          title={t('authorization.organizations.createTitle')}
          disabledReason={createReason}
        >
          {(close) => <CreateOrganizationForm close={close} />}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.organizations.title')}
        list={list}
        columns={columns}
        searchLabel={t('authorization.organizations.search')}
      />
    </Page>
  );
}
