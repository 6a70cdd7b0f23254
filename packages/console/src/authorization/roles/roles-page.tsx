import { createRoleSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import { Page } from '../../ui/page';
import { Select } from '../../ui/select';
import type { TableColumn } from '../../ui/table';
import { NameFields } from '../shared/name-fields';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { ResourceScopePicker } from '../shared/resource-scope-picker';
import { useAfterWrite } from '../shared/run-write';
import type { RoleListItem } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';
import { useRoleCodeFields } from './role-errors';
import { type RoleType, roleTypeKey, roleTypes } from './role-types';
import '../authorization.css';

function CreateRoleForm({ close }: { close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [type, setType] = useState<RoleType>('User');
  const [scopes, setScopes] = useState<Map<string, string>>(new Map());
  const form = useForm(createRoleSchema, useRoleCodeFields());
  const submit = () =>
    form.submit(
      { name: name.trim(), description: description.trim(), type, scopeIds: [...scopes.keys()] },
      async (body) => {
        const created = await unwrap(api.POST('/api/roles', { body }));
        await afterWrite(t('authorization.roles.created', { name: created.name }));
        navigate(`/console/roles/${created.id}`);
      },
    );
  return (
    <DialogForm submitLabel={t('authorization.roles.create')} onSubmit={submit} onClose={close}>
      <NameFields
        nameLabel={t('authorization.roles.name')}
        name={name}
        onName={setName}
        description={description}
        onDescription={setDescription}
        errors={form.errors}
        autoFocus
      />
      <Select
        label={t('authorization.roles.type')}
        description={t('authorization.roles.typeHelp')}
        options={roleTypes.map((id) => ({ id, label: t(roleTypeKey(id)) }))}
        value={type}
        onChange={setType}
      />
      <ResourceScopePicker
        label={t('authorization.roles.initialPermissions')}
        chosen={scopes}
        onChange={setScopes}
        forUserRole={type === 'User'}
        error={form.errors.scopeIds}
      />
    </DialogForm>
  );
}

type TypeFilter = 'all' | RoleType;

export default function RolesPage() {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/roles');
  const [type, setType] = useState<TypeFilter>('all');
  const list = usePagedList<RoleListItem>(['authz', 'roles', type], (query) =>
    fetchPage(
      api.GET('/api/roles', {
        params: {
          query: {
            page: query.page,
            page_size: query.page_size,
            search: query.search || undefined,
            type: type === 'all' ? undefined : type,
          },
        },
      }),
    ),
  );
  const columns: TableColumn<RoleListItem>[] = [
    {
      id: 'name',
      name: t('authorization.roles.name'),
      isRowHeader: true,
      cell: (role) => (
        <>
          <Link href={`/console/roles/${role.id}`}>{role.name}</Link>
          {role.isDefault && <span className="tag">{t('authorization.roles.defaultTag')}</span>}
        </>
      ),
    },
    { id: 'type', name: t('authorization.roles.type'), cell: (role) => t(roleTypeKey(role.type)) },
    { id: 'description', name: t('authorization.description'), cell: (role) => role.description },
    {
      id: 'assigned',
      name: t('authorization.roles.assigned'),
      cell: (role) =>
        role.type === 'User'
          ? t('authorization.roles.usersCount', { count: role.usersCount })
          : t('authorization.roles.appsCount', { count: role.applicationsCount }),
    },
  ];
  return (
    <Page title={t('authorization.roles.title')} intro={t('authorization.roles.intro')}>
      <div className="toolbar">
        <Select<TypeFilter>
          label={t('authorization.roles.typeFilter')}
          options={[
            { id: 'all', label: t('authorization.roles.allTypes') },
            ...roleTypes.map((id) => ({ id, label: t(roleTypeKey(id)) })),
          ]}
          value={type}
          onChange={(next) => {
            setType(next);
            list.setPage(1);
          }}
        />
        <FormDialog
          triggerLabel={t('authorization.roles.create')}
          title={t('authorization.roles.createTitle')}
          disabledReason={createReason}
        >
          {(close) => <CreateRoleForm close={close} />}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.roles.title')}
        list={list}
        columns={columns}
        searchLabel={t('authorization.roles.search')}
      />
    </Page>
  );
}
