import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { MultiSearchPicker } from '../../ui/multi-search-picker';
import { fetchPage } from '../shared/paged-list';
import { usePickerMessages } from '../shared/picker-messages';

export interface OrganizationRolePickerProps {
  label: string;
  description?: string;
  chosen: ReadonlyMap<string, string>;
  onChange: (chosen: Map<string, string>) => void;
  error?: string;
  isDisabled?: boolean;
}

/** Choose organization roles for users: searched on the server; machine-to-machine roles are shown but locked. */
export function OrganizationRolePicker(props: OrganizationRolePickerProps) {
  const { t } = useI18n();
  const messages = usePickerMessages(t('authorization.template.searchRoles'));
  return (
    <MultiSearchPicker
      label={props.label}
      description={props.description}
      queryKey={['authz', 'organization-role-picker']}
      load={async (search) => {
        const page = await fetchPage(
          api.GET('/api/organization-roles', { params: { query: { page: 1, page_size: 20, q: search || undefined } } }),
        );
        return page.rows.map((role) => ({
          id: role.id,
          label: role.name,
          detail: role.description ?? undefined,
          disabledReason: role.type === 'User' ? undefined : t('authorization.organizations.machineRoleLocked'),
        }));
      }}
      chosen={props.chosen}
      onChange={props.onChange}
      messages={messages}
      error={props.error}
      isDisabled={props.isDisabled}
    />
  );
}
