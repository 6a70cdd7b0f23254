import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { OrganizationRolePicker } from '../authorization/organizations/organization-role-picker';
import { fetchPage } from '../authorization/shared/paged-list';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { type PickerItem, SearchPicker } from '../ui/search-picker';
import { useDebounced } from '../users/use-debounced';

/** One organization-role rule as edited: members of `organization` holding one of `roles` sign in. */
export interface RuleDraft {
  /** Stable across edits, for React's keys. */
  key: string;
  organization: PickerItem | null;
  roles: Map<string, string>;
}

export interface RuleErrors {
  organization?: string;
  roles?: string;
}

let nextKey = 0;
export const newRuleKey = () => `rule-${nextKey++}`;

/** Messages next to the fields of unfinished rules, by rule key (empty when every rule is complete). */
export function ruleProblems(
  rules: readonly RuleDraft[],
  text: { organization: string; roles: string },
): Record<string, RuleErrors> {
  const found: Record<string, RuleErrors> = {};
  for (const rule of rules) {
    const errors: RuleErrors = {
      ...(rule.organization === null && { organization: text.organization }),
      ...(rule.roles.size === 0 && { roles: text.roles }),
    };
    if (errors.organization || errors.roles) found[rule.key] = errors;
  }
  return found;
}

export interface OrganizationRoleRulesProps {
  rules: readonly RuleDraft[];
  onChange: (rules: RuleDraft[]) => void;
  errors: Record<string, RuleErrors>;
  isDisabled: boolean;
}

/** The organization-role rules of app-level access control: an organization and one or more of its roles per rule. */
export function OrganizationRoleRules({ rules, onChange, errors, isDisabled }: OrganizationRoleRulesProps) {
  const { t } = useI18n();
  const update = (key: string, change: Partial<RuleDraft>) =>
    onChange(rules.map((rule) => (rule.key === key ? { ...rule, ...change } : rule)));
  return (
    <fieldset className="config-group">
      <legend>{t('applications.access.orgRules')}</legend>
      <p className="note">{t('applications.access.orgRulesHelp')}</p>
      {rules.map((rule, index) => {
        const name = t('applications.access.orgRule', { number: index + 1 });
        return (
          <fieldset key={rule.key} className="config-group" aria-label={name}>
            <legend>{name}</legend>
            <OrganizationPicker
              selected={rule.organization}
              onSelect={(organization) => update(rule.key, { organization })}
              error={errors[rule.key]?.organization}
              isDisabled={isDisabled}
            />
            <OrganizationRolePicker
              label={t('applications.access.orgRuleRoles')}
              chosen={rule.roles}
              onChange={(roles) => update(rule.key, { roles })}
              error={errors[rule.key]?.roles}
              isDisabled={isDisabled}
            />
            <div className="actions">
              <Button onPress={() => onChange(rules.filter((other) => other.key !== rule.key))} isDisabled={isDisabled}>
                {t('applications.access.removeOrgRule', { number: index + 1 })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <Button
          onPress={() => onChange([...rules, { key: newRuleKey(), organization: null, roles: new Map() }])}
          isDisabled={isDisabled}
        >
          {t('applications.access.addOrgRule')}
        </Button>
      </div>
    </fieldset>
  );
}

/** One organization, searched on the server as the administrator types. */
function OrganizationPicker(props: {
  selected: PickerItem | null;
  onSelect: (organization: PickerItem | null) => void;
  error?: string;
  isDisabled: boolean;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState(props.selected?.label ?? '');
  const settled = useDebounced(search);
  const typed = settled === props.selected?.label ? '' : settled;
  const found = useQuery({
    queryKey: ['authz', 'access-rule-organizations', typed],
    queryFn: async () =>
      (
        await fetchPage(
          api.GET('/api/organizations', { params: { query: { page: 1, page_size: 20, q: typed || undefined } } }),
        )
      ).rows.map((organization): PickerItem => ({ id: organization.id, label: organization.name })),
  });
  const items = found.data ?? [];
  // The chosen organization stays an option, so the combo box keeps showing its name.
  const options =
    props.selected && !items.some((item) => item.id === props.selected?.id) ? [props.selected, ...items] : items;
  return (
    <SearchPicker
      label={t('applications.access.orgRuleOrganization')}
      items={options}
      inputValue={search}
      onInputChange={(text) => {
        setSearch(text);
        if (props.selected && text !== props.selected.label) props.onSelect(null);
      }}
      selectedId={props.selected?.id ?? null}
      onSelect={(id) => {
        const picked = options.find((item) => item.id === id) ?? null;
        props.onSelect(picked);
        if (picked) setSearch(picked.label);
      }}
      emptyText={found.isFetching ? t('app.loading') : t('applications.access.noOrganizations')}
      error={props.error}
      isDisabled={props.isDisabled}
    />
  );
}
