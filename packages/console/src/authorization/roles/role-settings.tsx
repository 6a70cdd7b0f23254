import { updateRoleSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Switch } from '../../ui/switch';
import { NameFields } from '../shared/name-fields';
import { useAfterWrite, useRunWrite } from '../shared/run-write';
import { SettingsForm } from '../shared/settings-form';
import type { Role } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';
import { useRoleCodeFields } from './role-errors';

/** Name, description, the default flag (User roles), and deletion. */
export function RoleSettings({ role }: { role: Role }) {
  const { t } = useI18n();
  const runWrite = useRunWrite();
  const afterWrite = useAfterWrite();
  const saveReason = useWriteReason('PATCH', '/api/roles/{id}');
  const deleteReason = useWriteReason('DELETE', '/api/roles/{id}');
  const [name, setName] = useState(role.name);
  const [description, setDescription] = useState(role.description);
  const form = useForm(updateRoleSchema, useRoleCodeFields());
  const path = { params: { path: { id: role.id } } };
  const save = () =>
    form.submit({ name: name.trim(), description: description.trim() }, (body) =>
      unwrap(api.PATCH('/api/roles/{id}', { ...path, body })),
    );
  return (
    <section aria-label={t('authorization.settings')}>
      <SettingsForm onSubmit={save} disabledReason={saveReason}>
        <NameFields
          nameLabel={t('authorization.roles.name')}
          name={name}
          onName={setName}
          description={description}
          onDescription={setDescription}
          errors={form.errors}
          isReadOnly={saveReason !== undefined}
        />
      </SettingsForm>
      {role.type === 'User' && (
        <Switch
          label={t('authorization.roles.default')}
          description={t('authorization.roles.defaultHelp')}
          isSelected={role.isDefault}
          onChange={(isDefault) =>
            runWrite(
              () => unwrap(api.PATCH('/api/roles/{id}', { ...path, body: { isDefault } })),
              t(isDefault ? 'authorization.roles.nowDefault' : 'authorization.roles.noLongerDefault', {
                name: role.name,
              }),
            )
          }
          disabledReason={saveReason}
        />
      )}
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('authorization.roles.delete')}
          title={t('authorization.roles.deleteTitle', { name: role.name })}
          losses={[
            t('authorization.roles.lossGrants'),
            t(role.type === 'User' ? 'authorization.roles.lossUsers' : 'authorization.roles.lossApps'),
          ]}
          confirmLabel={t('authorization.delete')}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/roles/{id}', path));
            navigate('/console/roles');
            await afterWrite(t('authorization.roles.deleted', { name: role.name }));
          }}
        />
      </div>
    </section>
  );
}
