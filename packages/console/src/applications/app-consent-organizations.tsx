import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { WhenLoaded } from '../authorization/shared/record-query';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { type PickerItem, SearchPicker } from '../ui/search-picker';
import { AddWithPicker } from '../users/add-with-picker';
import { useDebounced } from '../users/use-debounced';
import { useUserOrganizations, useUsers } from '../users/users-queries';
import type { Application } from './app-queries';

const path = (id: string, userId: string) => ({ params: { path: { id, userId } } });

/** The organizations one user let the app see, with removal, and more of the user's organizations to add. */
function UserConsentOrganizations({ app, user }: { app: Application; user: PickerItem }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const key = ['authz', 'application', app.id, 'consent-organizations', user.id];
  const granted = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(api.GET('/api/applications/{id}/users/{userId}/consent-organizations', path(app.id, user.id))),
  });
  const memberships = useUserOrganizations(user.id);
  const canAdd = useCan('POST', '/api/applications/{id}/users/{userId}/consent-organizations');
  const canRemove = useCan('DELETE', '/api/applications/{id}/users/{userId}/consent-organizations/{organizationId}');
  const [search, setSearch] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: key });
  return (
    <WhenLoaded query={granted}>
      {({ organizations }) => {
        const grantedIds = new Set(organizations.map((org) => org.id));
        const addable = (memberships.data ?? []).filter(
          (org) => !grantedIds.has(org.id) && org.name.toLowerCase().includes(search.trim().toLowerCase()),
        );
        return (
          <section aria-label={t('applications.consentOrgs.of', { user: user.label })}>
            <h3>{t('applications.consentOrgs.of', { user: user.label })}</h3>
            {organizations.length === 0 ? (
              <p>{t('applications.consentOrgs.none')}</p>
            ) : (
              <ul className="consent-scopes">
                {organizations.map((org) => (
                  <li key={org.id}>
                    <span>{org.name}</span>
                    <ConfirmDialog
                      triggerLabel={t('applications.consentOrgs.remove', { name: org.name })}
                      title={t('applications.consentOrgs.removeTitle', { name: org.name })}
                      losses={[t('applications.consentOrgs.removeLoss', { name: org.name, app: app.name })]}
                      confirmLabel={t('applications.consent.removeConfirm')}
                      disabledReason={canRemove.reason}
                      onConfirm={async () => {
                        await unwrap(
                          api.DELETE('/api/applications/{id}/users/{userId}/consent-organizations/{organizationId}', {
                            params: { path: { id: app.id, userId: user.id, organizationId: org.id } },
                          }),
                        );
                        await refresh();
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
            <AddWithPicker
              pickerLabel={t('applications.consentOrgs.picker')}
              buttonLabel={t('applications.consentOrgs.add')}
              emptyText={memberships.isFetching ? t('app.loading') : t('applications.consentOrgs.noneToAdd')}
              items={addable.map((org) => ({ id: org.id, label: org.name }))}
              search={search}
              onSearch={setSearch}
              can={canAdd}
              onAdd={async (item) => {
                await unwrap(
                  api.POST('/api/applications/{id}/users/{userId}/consent-organizations', {
                    ...path(app.id, user.id),
                    body: { organizationIds: [item.id] },
                  }),
                );
                await refresh();
                return t('applications.consentOrgs.added', { name: item.label });
              }}
            />
          </section>
        );
      }}
    </WhenLoaded>
  );
}

/** Consent organizations tab: pick a user, see and change which of their organizations the app may see. */
export function AppConsentOrganizations({ app }: { app: Application }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [user, setUser] = useState<PickerItem | null>(null);
  const users = useUsers(useDebounced(search.trim()), 1);
  const items = (users.data?.rows ?? []).map((row) => ({
    id: row.id,
    label: row.name || row.username || row.primaryEmail || row.id,
    detail: row.id,
  }));
  return (
    <section aria-label={t('applications.tab.consentOrganizations')}>
      <p className="note">{t('applications.consentOrgs.intro')}</p>
      <SearchPicker
        label={t('applications.consentOrgs.user')}
        items={items}
        inputValue={search}
        onInputChange={(text) => {
          setSearch(text);
          if (text !== user?.label) setUser(null);
        }}
        selectedId={user?.id ?? null}
        onSelect={(id) => setUser(items.find((item) => item.id === id) ?? null)}
        emptyText={users.isFetching ? t('app.loading') : t('applications.consentOrgs.noUsers')}
      />
      {user && <UserConsentOrganizations key={user.id} app={app} user={user} />}
    </section>
  );
}
