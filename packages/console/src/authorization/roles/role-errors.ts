import { useI18n } from '../../i18n/i18n';
import type { CodeFields } from '../shared/use-form';

/** The refusals of a role write that concern one field, in words. */
export function useRoleCodeFields(): CodeFields {
  const { t } = useI18n();
  return {
    'role.name_in_use': { field: 'name', message: t('authorization.roles.nameInUse') },
    'role.management_api_scopes_not_assignable_to_user_role': {
      field: 'scopeIds',
      message: t('authorization.roles.managementScopesLocked'),
    },
    'role.scope_exists': { field: 'scopeIds', message: t('authorization.roles.scopeHeld') },
  };
}
