import { useMemo, useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import type { TableColumn } from '../ui/table';
import { AddWithPicker } from './add-with-picker';
import { QueryTable, wholeList } from './query-table';
import { useDebounced } from './use-debounced';
import { type UserOrganization, useOrganizationSearch, useRefreshUsers, useUserOrganizations } from './users-queries';

/** The organizations the user belongs to, with the organization roles held in each. */
export function UserOrganizations({ userId, userName }: { userId: string; userName: string }) {
  const { t } = useI18n();
  const refresh = useRefreshUsers();
  const organizations = useUserOrganizations(userId);
  const canAdd = useCan('POST', '/api/organizations/{id}/users');
  const canRemove = useCan('DELETE', '/api/organizations/{id}/users/{userId}');
  const [search, setSearch] = useState('');
  const found = useOrganizationSearch(useDebounced(search.trim()), canAdd.allowed);
  const memberOf = new Set(organizations.data?.map((organization) => organization.id));

  const columns = useMemo<TableColumn<UserOrganization>[]>(
    () => [
      { id: 'name', name: t('users.organizations.name'), isRowHeader: true, cell: (org) => org.name },
      {
        id: 'roles',
        name: t('users.organizations.roles'),
        cell: (org) => org.organizationRoles.map((role) => role.name).join(', ') || '—',
      },
      {
        id: 'actions',
        name: t('users.actions'),
        cell: (org) => (
          <ConfirmDialog
            triggerLabel={t('users.organizations.remove', { name: org.name })}
            title={t('users.organizations.removeTitle', { name: org.name, user: userName })}
            losses={[
              t('users.organizations.removeLoss', { name: org.name }),
              ...(org.organizationRoles.length > 0
                ? [
                    t('users.organizations.removeRolesLoss', {
                      roles: org.organizationRoles.map((role) => role.name).join(', '),
                    }),
                  ]
                : []),
            ]}
            confirmLabel={t('users.organizations.removeConfirm')}
            disabledReason={canRemove.reason}
            onConfirm={async () => {
              await unwrap(
                api.DELETE('/api/organizations/{id}/users/{userId}', { params: { path: { id: org.id, userId } } }),
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
    <section aria-labelledby="organizations-heading">
      <h2 id="organizations-heading">{t('users.organizations.title')}</h2>
      <AddWithPicker
        pickerLabel={t('users.organizations.picker')}
        buttonLabel={t('users.organizations.add')}
        emptyText={found.isFetching ? t('app.loading') : t('users.organizations.noneToAdd')}
        items={(found.data?.rows ?? [])
          .filter((organization) => !memberOf.has(organization.id))
          .map((organization) => ({
            id: organization.id,
            label: organization.name,
            detail: organization.description ?? undefined,
          }))}
        search={search}
        onSearch={setSearch}
        can={canAdd}
        onAdd={async (item) => {
          await unwrap(
            api.POST('/api/organizations/{id}/users', {
              params: { path: { id: item.id } },
              body: { userIds: [userId] },
            }),
          );
          await refresh();
          return t('users.organizations.added', { name: item.label });
        }}
      />
      <QueryTable
        query={organizations}
        label={t('users.organizations.table', { user: userName })}
        columns={columns}
        {...wholeList(organizations.data ?? [])}
        isLoading={organizations.isPending}
        emptyText={t('users.organizations.empty')}
      />
    </section>
  );
}
