import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FormDialog } from '../../ui/form-dialog';
import type { TableColumn } from '../../ui/table';
import { roleTypeKey } from '../roles/role-types';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { useAfterWrite } from '../shared/run-write';
import type { OrganizationRole } from '../shared/types';
import { useWriteReason } from '../shared/write-access';
import { OrganizationRoleForm } from './organization-role-form';

/** Every permission a role grants, organization ones first, API ones with their API. */
function RolePermissions({ role }: { role: OrganizationRole }) {
  const names = [
    ...role.scopes.map((scope) => scope.name),
    ...role.resourceScopes.map((scope) => `${scope.name} (${scope.resource.name})`),
  ];
  return (
    <ul className="inline-list">
      {names.map((name) => (
        <li key={name}>
          <code>{name}</code>
        </li>
      ))}
    </ul>
  );
}

/** Organization roles: a member's roles inside one organization, each granting permissions. */
export function OrganizationRoles() {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const createReason = useWriteReason('POST', '/api/organization-roles');
  const editReason = useWriteReason('PATCH', '/api/organization-roles/{id}');
  const deleteReason = useWriteReason('DELETE', '/api/organization-roles/{id}');
  const list = usePagedList<OrganizationRole>(['authz', 'organization-roles'], (query) =>
    fetchPage(
      api.GET('/api/organization-roles', {
        params: { query: { page: query.page, page_size: query.page_size, q: query.search || undefined } },
      }),
    ),
  );
  const columns: TableColumn<OrganizationRole>[] = [
    { id: 'name', name: t('authorization.template.roleName'), isRowHeader: true, cell: (role) => role.name },
    { id: 'type', name: t('authorization.roles.type'), cell: (role) => t(roleTypeKey(role.type)) },
    { id: 'permissions', name: t('authorization.permissions'), cell: (role) => <RolePermissions role={role} /> },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (role) => (
        <div className="row-actions">
          <FormDialog
            triggerLabel={t('authorization.editNamed', { name: role.name })}
            triggerVariant="secondary"
            title={t('authorization.template.editRoleTitle', { name: role.name })}
            disabledReason={editReason}
          >
            {(close) => <OrganizationRoleForm role={role} close={close} />}
          </FormDialog>
          <ConfirmDialog
            triggerLabel={t('authorization.deleteNamed', { name: role.name })}
            title={t('authorization.template.deleteRoleTitle', { name: role.name })}
            losses={[t('authorization.template.lossRole')]}
            confirmLabel={t('authorization.delete')}
            disabledReason={deleteReason}
            onConfirm={async () => {
              await unwrap(api.DELETE('/api/organization-roles/{id}', { params: { path: { id: role.id } } }));
              await afterWrite(t('authorization.template.roleDeleted', { name: role.name }));
            }}
          />
        </div>
      ),
    },
  ];
  return (
    <section aria-label={t('authorization.template.roles')}>
      <p className="intro">{t('authorization.template.rolesIntro')}</p>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.template.createRole')}
          title={t('authorization.template.createRoleTitle')}
          disabledReason={createReason}
        >
          {(close) => <OrganizationRoleForm close={close} />}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.template.roles')}
        list={list}
        columns={columns}
        searchLabel={t('authorization.template.searchRoles')}
      />
    </section>
  );
}
