import { updateOrganizationSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Switch } from '../../ui/switch';
import { NameFields } from '../shared/name-fields';
import { useAfterWrite, useRunWrite } from '../shared/run-write';
import { SettingsForm } from '../shared/settings-form';
import type { Organization } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';

/** Name, description, the MFA requirement for organization tokens, and deletion. */
export function OrganizationSettings({ organization }: { organization: Organization }) {
  const { t } = useI18n();
  const runWrite = useRunWrite();
  const afterWrite = useAfterWrite();
  const saveReason = useWriteReason('PATCH', '/api/organizations/{id}');
  const deleteReason = useWriteReason('DELETE', '/api/organizations/{id}');
  const [name, setName] = useState(organization.name);
  const [description, setDescription] = useState(organization.description ?? '');
  const form = useForm(updateOrganizationSchema);
  const path = { params: { path: { id: organization.id } } };
  const save = () =>
    form.submit({ name: name.trim(), description: description.trim() || null }, (body) =>
      unwrap(api.PATCH('/api/organizations/{id}', { ...path, body })),
    );
  return (
    <section aria-label={t('authorization.settings')}>
      <dl className="facts">
        <dt>{t('authorization.organizations.id')}</dt>
        <dd>
          <code>{organization.id}</code>
        </dd>
      </dl>
      <SettingsForm onSubmit={save} disabledReason={saveReason}>
        <NameFields
          nameLabel={t('authorization.organizations.name')}
          name={name}
          onName={setName}
          description={description}
          onDescription={setDescription}
          errors={form.errors}
          isReadOnly={saveReason !== undefined}
        />
      </SettingsForm>
      <Switch
        label={t('authorization.organizations.mfaRequired')}
        description={t('authorization.organizations.mfaRequiredHelp')}
        isSelected={organization.isMfaRequired}
        onChange={(isMfaRequired) =>
          runWrite(
            () => unwrap(api.PATCH('/api/organizations/{id}', { ...path, body: { isMfaRequired } })),
            t(isMfaRequired ? 'authorization.organizations.mfaOn' : 'authorization.organizations.mfaOff'),
          )
        }
        disabledReason={saveReason}
      />
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('authorization.organizations.delete')}
          title={t('authorization.organizations.deleteTitle', { name: organization.name })}
          losses={[
            t('authorization.organizations.lossMembers'),
            t('authorization.organizations.lossInvitations'),
            t('authorization.organizations.lossJit'),
          ]}
          confirmLabel={t('authorization.delete')}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/organizations/{id}', path));
            navigate('/console/organizations');
            await afterWrite(t('authorization.organizations.deleted', { name: organization.name }));
          }}
        />
      </div>
    </section>
  );
}
