import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { type PickerItem, SearchPicker } from '../ui/search-picker';
import { Select } from '../ui/select';
import { TextField } from '../ui/text-field';
import { useDebounced } from '../users/use-debounced';
import { userDisplayName } from '../users/user-identity';
import { all, type FilterDraft, noFilters, rangeIsBackwards } from './log-filter-query';
import { describeLogKey, filterableLogKeys } from './log-keys';
import { useApplicationNames, useUserSearch } from './logs-queries';

/** The audit log's filters: event, application, user (searched on the server) and a range of days. */
export function LogFilters({ draft, onChange }: { draft: FilterDraft; onChange: (draft: FilterDraft) => void }) {
  const { t } = useI18n();
  const [userText, setUserText] = useState(draft.user?.label ?? '');
  const users = useUserSearch(useDebounced(userText.trim()));
  const apps = useApplicationNames();
  const set = (changes: Partial<FilterDraft>) => onChange({ ...draft, ...changes });
  const eventOptions = useMemo(
    () => [
      { id: all, label: t('auditLogs.filter.allEvents') },
      // A key from the address that the list does not offer is still shown as chosen.
      ...[
        ...filterableLogKeys,
        ...(draft.logKey === all || filterableLogKeys.includes(draft.logKey) ? [] : [draft.logKey]),
      ].map((key) => ({ id: key, label: describeLogKey(key, t) })),
    ],
    [t, draft.logKey],
  );
  const appOptions = [
    { id: all, label: t('auditLogs.filter.allApplications') },
    ...[...(apps.data ?? [])].map(([id, name]) => ({ id, label: name })),
  ];
  const found: PickerItem[] = (users.data ?? []).map((user) => ({
    id: user.id,
    label: userDisplayName(user),
    detail: user.id,
  }));
  // The chosen user stays among the options while a search runs, so the picker keeps showing them.
  const chosen = draft.user && !found.some((item) => item.id === draft.user?.id) ? [draft.user] : [];
  const userItems = [...chosen, ...found];
  return (
    <fieldset className="log-filters">
      <legend>{t('auditLogs.filters')}</legend>
      <Select
        label={t('auditLogs.filter.event')}
        options={eventOptions}
        value={draft.logKey}
        onChange={(logKey) => set({ logKey })}
      />
      <Select
        label={t('auditLogs.filter.application')}
        options={appOptions}
        value={draft.applicationId}
        onChange={(applicationId) => set({ applicationId })}
      />
      <SearchPicker
        label={t('auditLogs.filter.user')}
        description={t('auditLogs.filter.userDescription')}
        items={userItems}
        inputValue={userText}
        onInputChange={(text) => {
          setUserText(text);
          if (draft.user && text !== draft.user.label) set({ user: null });
        }}
        selectedId={draft.user?.id ?? null}
        onSelect={(id) => {
          const user = userItems.find((item) => item.id === id) ?? null;
          if (user) setUserText(user.label);
          set({ user });
        }}
        emptyText={t('auditLogs.filter.noUser')}
      />
      <TextField
        label={t('auditLogs.filter.from')}
        description={t('auditLogs.filter.dateDescription')}
        type="date"
        value={draft.from}
        onChange={(from) => set({ from })}
      />
      <TextField
        label={t('auditLogs.filter.to')}
        description={t('auditLogs.filter.dateDescription')}
        type="date"
        value={draft.to}
        error={rangeIsBackwards(draft) ? t('auditLogs.filter.toBeforeFrom') : undefined}
        onChange={(to) => set({ to })}
      />
      <div className="filter-actions">
        <Button
          onPress={() => {
            setUserText('');
            onChange(noFilters);
          }}
        >
          {t('auditLogs.filter.clear')}
        </Button>
      </div>
    </fieldset>
  );
}
