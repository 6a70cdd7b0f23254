import { updateResourceSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/history';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CopyButton } from '../../ui/copy-button';
import { Switch } from '../../ui/switch';
import { TextField } from '../../ui/text-field';
import { useAfterWrite, useRunWrite } from '../shared/run-write';
import { SettingsForm } from '../shared/settings-form';
import type { Resource } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';

interface Props {
  resource: Resource;
  /** Why nothing here can change (the Management API), if so. */
  locked?: string;
}

/** Name, token lifetime and the default flag; the indicator is fixed, as tokens carry it as their audience. */
export function ResourceSettings({ resource, locked }: Props) {
  const { t } = useI18n();
  const runWrite = useRunWrite();
  const afterWrite = useAfterWrite();
  const patchReason = useWriteReason('PATCH', '/api/resources/{id}');
  const saveReason = locked ?? patchReason;
  const defaultReason = useWriteReason('PATCH', '/api/resources/{id}/is-default');
  const deleteReason = useWriteReason('DELETE', '/api/resources/{id}');
  const [name, setName] = useState(resource.name);
  const [ttl, setTtl] = useState(String(resource.accessTokenTtl));
  const form = useForm(updateResourceSchema);
  const path = { params: { path: { id: resource.id } } };

  const save = () =>
    form.submit({ name: name.trim(), accessTokenTtl: ttl.trim() === '' ? Number.NaN : Number(ttl) }, (body) =>
      unwrap(api.PATCH('/api/resources/{id}', { ...path, body })),
    );
  const setDefault = (isDefault: boolean) =>
    runWrite(
      () => unwrap(api.PATCH('/api/resources/{id}/is-default', { ...path, body: { isDefault } })),
      t(isDefault ? 'authorization.resources.nowDefault' : 'authorization.resources.noLongerDefault'),
    );

  return (
    <section aria-label={t('authorization.settings')}>
      <dl className="facts">
        <dt>{t('authorization.resources.indicator')}</dt>
        <dd>
          <code>{resource.indicator}</code>{' '}
          <CopyButton value={resource.indicator} label={t('authorization.resources.indicator')} />
        </dd>
      </dl>
      <SettingsForm onSubmit={save} disabledReason={saveReason}>
        <TextField
          label={t('authorization.resources.name')}
          value={name}
          onChange={setName}
          error={form.errors.name}
          isReadOnly={saveReason !== undefined}
        />
        <TextField
          label={t('authorization.resources.ttlField')}
          description={t('authorization.resources.ttlHelp')}
          inputMode="numeric"
          value={ttl}
          onChange={setTtl}
          error={form.errors.accessTokenTtl && t('authorization.resources.ttlInvalid')}
          isReadOnly={saveReason !== undefined}
        />
      </SettingsForm>
      <Switch
        label={t('authorization.resources.default')}
        description={t('authorization.resources.defaultHelp')}
        isSelected={resource.isDefault}
        onChange={setDefault}
        disabledReason={locked ?? defaultReason}
      />
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('authorization.resources.delete')}
          title={t('authorization.resources.deleteTitle', { name: resource.name })}
          losses={[
            t('authorization.resources.lossPermissions'),
            t('authorization.resources.lossRoles'),
            t('authorization.resources.lossTokens', { indicator: resource.indicator }),
          ]}
          confirmLabel={t('authorization.delete')}
          disabledReason={locked ?? deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/resources/{id}', path));
            navigate('/console/api-resources');
            await afterWrite(t('authorization.resources.deleted', { name: resource.name }));
          }}
        />
      </div>
    </section>
  );
}
