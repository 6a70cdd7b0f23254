import { useQuery } from '@tanstack/react-query';
import { consentUserScopes } from '@tessera/server/schemas';
import { useState } from 'react';
import { api } from '../api/client';
import { fetchPage } from '../authorization/shared/paged-list';
import { WhenLoaded } from '../authorization/shared/record-query';
import { ResourceScopePicker } from '../authorization/shared/resource-scope-picker';
import { useAfterWrite } from '../authorization/shared/run-write';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../ui/form-dialog';
import type { Application } from './app-queries';
import {
  addConsentScopes,
  type ConsentScopes,
  type ConsentScopeType,
  removeConsentScope,
  useConsentScopes,
} from './consent-queries';

type Props = { app: Application; scopes: ConsentScopes };

/** Adds or removes the difference between two lists of ids of one scope type. */
async function saveDifference(app: Application, type: ConsentScopeType, before: string[], after: string[]) {
  const added = after.filter((id) => !before.includes(id));
  if (added.length > 0) await addConsentScopes(app.id, { [type]: added });
  for (const id of before.filter((entry) => !after.includes(entry))) await removeConsentScope(app.id, type, id);
}

/** The user data (profile, email…) the app may ask for, as checkboxes saved together. */
function UserScopes({ app, scopes }: Props) {
  const { t } = useI18n();
  const reason = useWriteReason('POST', '/api/applications/{applicationId}/user-consent-scopes');
  const [chosen, setChosen] = useState<string[]>(scopes.userScopes);
  return (
    <SettingsForm
      disabledReason={reason}
      doneMessage={t('applications.consent.saved')}
      onSubmit={async () => {
        await saveDifference(app, 'userScopes', scopes.userScopes, chosen);
        return true;
      }}
    >
      <CheckboxGroup
        label={t('applications.consent.userScopes')}
        description={t('applications.consent.userScopesHelp')}
        value={chosen}
        onChange={(next) => setChosen(consentUserScopes.filter((scope) => next.includes(scope)))}
        isReadOnly={reason !== undefined}
      >
        {consentUserScopes.map((scope) => (
          <Checkbox key={scope} value={scope} label={scope} />
        ))}
      </CheckboxGroup>
    </SettingsForm>
  );
}

/** The organization template's permissions the app may ask for. */
function OrganizationScopes({ app, scopes }: Props) {
  const { t } = useI18n();
  const reason = useWriteReason('POST', '/api/applications/{applicationId}/user-consent-scopes');
  const granted = scopes.organizationScopes.map((scope) => scope.id);
  const [chosen, setChosen] = useState<string[]>(granted);
  const all = useQuery({
    queryKey: ['authz', 'organization-scopes', 'consent'],
    queryFn: () => fetchPage(api.GET('/api/organization-scopes', { params: { query: { page: 1, page_size: 100 } } })),
  });
  return (
    <WhenLoaded query={all}>
      {(data) =>
        data.rows.length === 0 ? (
          <p className="note">{t('applications.consent.noOrganizationScopes')}</p>
        ) : (
          <SettingsForm
            disabledReason={reason}
            doneMessage={t('applications.consent.saved')}
            onSubmit={async () => {
              await saveDifference(app, 'organizationScopes', granted, chosen);
              return true;
            }}
          >
            <CheckboxGroup
              label={t('applications.consent.organizationScopes')}
              description={t('applications.consent.organizationScopesHelp')}
              value={chosen}
              onChange={setChosen}
              isReadOnly={reason !== undefined}
            >
              {data.rows.map((scope) => (
                <Checkbox key={scope.id} value={scope.id} label={scope.name} description={scope.description ?? ''} />
              ))}
            </CheckboxGroup>
          </SettingsForm>
        )
      }
    </WhenLoaded>
  );
}

function AddResourceScopes({
  app,
  type,
  title,
  close,
}: {
  app: Application;
  type: ConsentScopeType;
  title: string;
  close: () => void;
}) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [pickError, setPickError] = useState<string>();
  return (
    <DialogForm
      submitLabel={t('applications.consent.addSubmit')}
      onClose={close}
      onSubmit={async () => {
        if (picked.size === 0) {
          setPickError(t('applications.consent.pickOne'));
          return false;
        }
        await addConsentScopes(app.id, { [type]: [...picked.keys()] });
        await afterWrite(t('applications.consent.added', { count: picked.size }));
        return true;
      }}
    >
      <ResourceScopePicker label={title} chosen={picked} onChange={setPicked} error={pickError} />
    </DialogForm>
  );
}

/** API permissions (of the user, or of their organizations), grouped by API resource, each removable. */
function ResourceScopes({ app, scopes, type }: Props & { type: 'resourceScopes' | 'organizationResourceScopes' }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const addReason = useWriteReason('POST', '/api/applications/{applicationId}/user-consent-scopes');
  const removeReason = useWriteReason(
    'DELETE',
    '/api/applications/{applicationId}/user-consent-scopes/{scopeType}/{scopeId}',
  );
  const title = t(`applications.consent.${type}`);
  const groups = scopes[type];
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <p className="note">{t(`applications.consent.${type}Help`)}</p>
      {groups.length === 0 && <p>{t('applications.consent.noneYet')}</p>}
      {groups.map((group) => (
        <div key={group.resource.id} className="consent-group">
          <h4>{group.resource.name}</h4>
          <ul className="consent-scopes">
            {group.scopes.map((scope) => (
              <li key={scope.id}>
                <code>{scope.name}</code>
                {scope.description && <span className="note"> {scope.description}</span>}
                <ConfirmDialog
                  triggerLabel={t('applications.consent.remove', { name: scope.name })}
                  title={t('applications.consent.removeTitle', { name: scope.name })}
                  losses={[t('applications.consent.removeLoss', { name: scope.name, app: app.name })]}
                  confirmLabel={t('applications.consent.removeConfirm')}
                  disabledReason={removeReason}
                  onConfirm={async () => {
                    await removeConsentScope(app.id, type, scope.id);
                    await afterWrite(t('applications.consent.removed', { name: scope.name }));
                  }}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <FormDialog
        triggerLabel={t('applications.consent.add', { list: title })}
        title={t('applications.consent.add', { list: title })}
        disabledReason={addReason}
      >
        {(close) => <AddResourceScopes app={app} type={type} title={title} close={close} />}
      </FormDialog>
    </section>
  );
}

/** Permissions tab of a third-party app: what it may ask its users to consent to. */
export function AppConsentScopes({ app }: { app: Application }) {
  const { t } = useI18n();
  const scopes = useConsentScopes(app.id);
  return (
    <section aria-label={t('applications.tab.permissions')} className="consent-scopes-tab">
      <p className="note">{t('applications.consent.intro')}</p>
      <WhenLoaded query={scopes}>
        {(data) => (
          <>
            <UserScopes key={data.userScopes.join()} app={app} scopes={data} />
            <OrganizationScopes key={data.organizationScopes.map((s) => s.id).join()} app={app} scopes={data} />
            <ResourceScopes app={app} scopes={data} type="resourceScopes" />
            <ResourceScopes app={app} scopes={data} type="organizationResourceScopes" />
          </>
        )}
      </WhenLoaded>
    </section>
  );
}
