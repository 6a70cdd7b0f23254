import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { type CurrentAdmin, displayName } from '../auth/current-admin';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { useStatus } from '../ui/status';
import { DataTable, type TableColumn } from '../ui/table';
import { type AdminRoleKey, type AdminRow, pageSize, useAdminMutation, useAdmins } from './admins-api';
import { RoleSelect } from './create-admin';

/** The last-Owner refusal in the console's words; others as the server says them. */
const refusal = (error: unknown, lastOwner: string) =>
  error instanceof ApiError && error.code === 'admins.last_owner' ? lastOwner : errorMessage(error);

/** Every administrator with their role; an Owner changes roles, clears lost factors and removes. */
export function AdminsTable({ me, ownerReason }: { me: CurrentAdmin; ownerReason?: string }) {
  const { t, language } = useI18n();
  const announce = useStatus();
  const [page, setPage] = useState(1);
  const admins = useAdmins(page);
  const setRole = useAdminMutation(({ id, role }: { id: string; role: AdminRoleKey }) =>
    unwrap(api.PATCH('/api/admins/{id}', { params: { path: { id } }, body: { role } })),
  );
  const remove = useAdminMutation((id: string) => unwrap(api.DELETE('/api/admins/{id}', { params: { path: { id } } })));
  const resetMfa = useAdminMutation((id: string) =>
    unwrap(api.DELETE('/api/admins/{id}/mfa-verifications', { params: { path: { id } } })),
  );
  const isOwner = ownerReason === undefined;
  const nameOf = (row: AdminRow) => displayName(row);
  const lastOwner = t('administrators.lastOwner');

  const columns: ReadonlyArray<TableColumn<AdminRow>> = [
    {
      id: 'name',
      name: t('administrators.column.name'),
      isRowHeader: true,
      cell: (row) => (row.id === me.id ? t('administrators.you', { name: nameOf(row) }) : nameOf(row)),
    },
    { id: 'username', name: t('administrators.column.username'), cell: (row) => row.username ?? '' },
    { id: 'email', name: t('administrators.column.email'), cell: (row) => row.primaryEmail ?? '' },
    {
      id: 'role',
      name: t('administrators.column.role'),
      cell: (row) =>
        isOwner ? (
          <RoleSelect
            label={t('administrators.roleOf', { name: nameOf(row) })}
            value={row.role}
            onChange={(role) =>
              setRole.mutateAsync({ id: row.id, role }).then(
                () =>
                  announce(t('administrators.roleChanged', { name: nameOf(row), role: t(`role.${role}`) }), 'success'),
                (error: unknown) => announce(refusal(error, lastOwner), 'error'),
              )
            }
          />
        ) : (
          t(`role.${row.role}`)
        ),
    },
    {
      id: 'lastSignIn',
      name: t('administrators.column.lastSignIn'),
      cell: (row) =>
        row.lastSignInAt ? new Date(row.lastSignInAt).toLocaleString(language) : t('administrators.never'),
    },
    {
      id: 'actions',
      name: t('administrators.column.actions'),
      cell: (row) => (
        <div className="row-actions">
          <ConfirmDialog
            triggerLabel={t('administrators.mfaReset')}
            title={t('administrators.mfaResetTitle', { name: nameOf(row) })}
            losses={[t('administrators.mfaResetLoss')]}
            confirmLabel={t('administrators.mfaReset')}
            disabledReason={ownerReason}
            onConfirm={async () => {
              await resetMfa.mutateAsync(row.id);
              announce(t('administrators.mfaResetDone', { name: nameOf(row) }), 'success');
            }}
          />
          <ConfirmDialog
            triggerLabel={t('administrators.remove')}
            title={t('administrators.removeTitle', { name: nameOf(row) })}
            losses={[t('administrators.removeLoss1', { name: nameOf(row) }), t('administrators.removeLoss2')]}
            confirmLabel={t('administrators.removeConfirm')}
            disabledReason={ownerReason}
            onConfirm={async () => {
              try {
                await remove.mutateAsync(row.id);
              } catch (error) {
                throw new Error(refusal(error, lastOwner));
              }
              announce(t('administrators.removed', { name: nameOf(row) }), 'success');
            }}
          />
        </div>
      ),
    },
  ];

  if (admins.error) return <LoadError error={admins.error} onRetry={() => admins.refetch()} />;
  return (
    <DataTable
      label={t('administrators.list')}
      columns={columns}
      rows={admins.data?.items ?? []}
      page={page}
      pageSize={pageSize}
      total={admins.data?.total ?? 0}
      onPageChange={setPage}
      isLoading={admins.isLoading}
    />
  );
}
