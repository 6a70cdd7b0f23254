import { scopeIdsBodySchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import type { TableColumn } from '../../ui/table';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { ResourceScopePicker } from '../shared/resource-scope-picker';
import { useAfterWrite } from '../shared/run-write';
import type { Role, RoleScope } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';
import { useRoleCodeFields } from './role-errors';

function AssignPermissionsForm({ role, close }: { role: Role; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [scopes, setScopes] = useState<Map<string, string>>(new Map());
  const form = useForm(scopeIdsBodySchema, useRoleCodeFields());
  const submit = () =>
    form.submit({ scopeIds: [...scopes.keys()] }, async (body) => {
      await unwrap(api.POST('/api/roles/{id}/scopes', { params: { path: { id: role.id } }, body }));
      await afterWrite(t('authorization.roles.permissionsAssigned', { count: body.scopeIds.length }));
    });
  return (
    <DialogForm submitLabel={t('authorization.roles.assignPermissions')} onSubmit={submit} onClose={close}>
      <ResourceScopePicker
        label={t('authorization.roles.permissionsToAssign')}
        chosen={scopes}
        onChange={setScopes}
        forUserRole={role.type === 'User'}
        error={form.errors.scopeIds && (scopes.size === 0 ? t('authorization.chooseOne') : form.errors.scopeIds)}
      />
    </DialogForm>
  );
}

/** The API permissions this role grants, across API resources. */
export function RolePermissions({ role }: { role: Role }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const assignReason = useWriteReason('POST', '/api/roles/{id}/scopes');
  const removeReason = useWriteReason('DELETE', '/api/roles/{id}/scopes/{scopeId}');
  const list = usePagedList<RoleScope>(['authz', 'role-scopes', role.id], (query) =>
    fetchPage(
      api.GET('/api/roles/{id}/scopes', {
        params: {
          path: { id: role.id },
          query: { page: query.page, page_size: query.page_size, search: query.search || undefined },
        },
      }),
    ),
  );
  const columns: TableColumn<RoleScope>[] = [
    {
      id: 'name',
      name: t('authorization.permissionName'),
      isRowHeader: true,
      cell: (scope) => <code>{scope.name}</code>,
    },
    { id: 'resource', name: t('authorization.apiResource'), cell: (scope) => scope.resource.name },
    { id: 'description', name: t('authorization.description'), cell: (scope) => scope.description ?? '' },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (scope) => (
        <ConfirmDialog
          triggerLabel={t('authorization.removeNamed', { name: scope.name })}
          title={t('authorization.roles.removePermissionTitle', { name: scope.name, role: role.name })}
          losses={[t('authorization.roles.lossPermission', { name: scope.name })]}
          confirmLabel={t('authorization.remove')}
          disabledReason={removeReason}
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/roles/{id}/scopes/{scopeId}', { params: { path: { id: role.id, scopeId: scope.id } } }),
            );
            await afterWrite(t('authorization.roles.permissionRemoved', { name: scope.name }));
          }}
        />
      ),
    },
  ];
  return (
    <section aria-label={t('authorization.permissions')}>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.roles.assignPermissions')}
          title={t('authorization.roles.assignPermissionsTitle', { name: role.name })}
          disabledReason={assignReason}
        >
          {(close) => <AssignPermissionsForm role={role} close={close} />}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.permissionsOf', { name: role.name })}
        list={list}
        columns={columns}
        searchLabel={t('authorization.searchPermissions')}
        emptyText={t('authorization.roles.noPermissions')}
      />
    </section>
  );
}
