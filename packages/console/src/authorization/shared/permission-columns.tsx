import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { TableColumn } from '../../ui/table';
import { useAfterWrite } from './run-write';

interface Permission {
  id: string;
  name: string;
  description: string | null;
}

/** A permission list's columns: name, description, and Delete, which asks first and says what is lost. */
export function usePermissionColumns<T extends Permission>(options: {
  losses: readonly string[];
  disabledReason?: string;
  remove: (permission: T) => Promise<unknown>;
}): TableColumn<T>[] {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  return [
    {
      id: 'name',
      name: t('authorization.permissionName'),
      isRowHeader: true,
      cell: (permission) => <code>{permission.name}</code>,
    },
    { id: 'description', name: t('authorization.description'), cell: (permission) => permission.description ?? '' },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (permission) => (
        <ConfirmDialog
          triggerLabel={t('authorization.deleteNamed', { name: permission.name })}
          title={t('authorization.deletePermissionTitle', { name: permission.name })}
          losses={options.losses}
          confirmLabel={t('authorization.delete')}
          disabledReason={options.disabledReason}
          onConfirm={async () => {
            await options.remove(permission);
            await afterWrite(t('authorization.permissionDeleted', { name: permission.name }));
          }}
        />
      ),
    },
  ];
}
