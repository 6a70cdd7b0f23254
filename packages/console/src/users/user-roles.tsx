import { useMemo, useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import type { TableColumn } from '../ui/table';
import { AddWithPicker } from './add-with-picker';
import { QueryTable } from './query-table';
import { useDebounced } from './use-debounced';
import { pageSize, type UserRole, useAssignableRoles, useRefreshUsers, useUserRoles } from './users-queries';

/** The user's User roles: what the role grants reaches the user's access tokens. */
export function UserRoles({ userId, userName }: { userId: string; userName: string }) {
  const { t } = useI18n();
  const refresh = useRefreshUsers();
  const [page, setPage] = useState(1);
  const roles = useUserRoles(userId, page);
  const canAssign = useCan('POST', '/api/users/{userId}/roles');
  const canRemove = useCan('DELETE', '/api/users/{userId}/roles/{roleId}');
  const [search, setSearch] = useState('');
  const assignable = useAssignableRoles(userId, useDebounced(search.trim()), canAssign.allowed);

  const columns = useMemo<TableColumn<UserRole>[]>(
    () => [
      { id: 'name', name: t('users.roles.name'), isRowHeader: true, cell: (role) => role.name },
      { id: 'description', name: t('users.roles.description'), cell: (role) => role.description || '—' },
      {
        id: 'actions',
        name: t('users.actions'),
        cell: (role) => (
          <ConfirmDialog
            triggerLabel={t('users.roles.remove', { name: role.name })}
            title={t('users.roles.removeTitle', { name: role.name, user: userName })}
            losses={[t('users.roles.removeLoss', { name: role.name })]}
            confirmLabel={t('users.roles.removeConfirm')}
            disabledReason={canRemove.reason}
            onConfirm={async () => {
              await unwrap(
                api.DELETE('/api/users/{userId}/roles/{roleId}', { params: { path: { userId, roleId: role.id } } }),
              );
              await refresh();
            }}
          />
        ),
      },
    ],
    [t, userId, userName, canRemove.reason, refresh],
  );

  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('users.roles.title')}</h2>
      <p className="note">{t('users.roles.intro')}</p>
      <AddWithPicker
        pickerLabel={t('users.roles.picker')}
        buttonLabel={t('users.roles.assign')}
        emptyText={assignable.isFetching ? t('app.loading') : t('users.roles.noneToAssign')}
        items={(assignable.data?.rows ?? []).map((role) => ({
          id: role.id,
          label: role.name,
          detail: role.description || undefined,
        }))}
        search={search}
        onSearch={setSearch}
        can={canAssign}
        onAdd={async (item) => {
          await unwrap(
            api.POST('/api/users/{userId}/roles', { params: { path: { userId } }, body: { roleIds: [item.id] } }),
          );
          await refresh();
          return t('users.roles.assigned', { name: item.label });
        }}
      />
      <QueryTable
        query={roles}
        label={t('users.roles.table', { user: userName })}
        columns={columns}
        rows={roles.data?.rows ?? []}
        page={page}
        pageSize={pageSize}
        total={roles.data?.total ?? 0}
        onPageChange={setPage}
        isLoading={roles.isPending}
        emptyText={t('users.roles.empty')}
      />
    </section>
  );
}
