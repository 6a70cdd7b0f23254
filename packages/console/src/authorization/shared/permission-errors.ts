import { useI18n } from '../../i18n/i18n';
import type { CodeFields } from './use-form';

/** The refusals about a permission's name (API or organization permission), in words next to the name field. */
export function usePermissionNameErrors(): CodeFields {
  const { t } = useI18n();
  const inUse = { field: 'name', message: t('authorization.permissionNameInUse') };
  return {
    'scope.name_exists': inUse,
    'entity.unique_integrity_violation': inUse,
    'scope.name_with_space': { field: 'name', message: t('authorization.permissionNameSpace') },
  };
}
