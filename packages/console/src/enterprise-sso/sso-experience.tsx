import { updateSsoConnectorBody } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Checkbox } from '../ui/checkbox';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useStatus } from '../ui/status';
import { TextField } from '../ui/text-field';
import { type SsoConnector, useRefreshSsoConnectors } from './queries';

const domainsOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((domain) => domain.trim())
    .filter(Boolean);

/** Name, email domains, the sign-in button's name, profile sync; deletion. */
export function SsoExperience({ connector }: { connector: SsoConnector }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshSsoConnectors();
  const saveReason = useWriteReason('PATCH', '/api/sso-connectors/{id}');
  const deleteReason = useWriteReason('DELETE', '/api/sso-connectors/{id}');
  const [connectorName, setConnectorName] = useState(connector.connectorName);
  const [domains, setDomains] = useState(connector.domains.join(', '));
  const [displayName, setDisplayName] = useState(connector.branding.displayName ?? '');
  const [syncProfile, setSyncProfile] = useState(connector.syncProfile);
  const domainRefusal = (code: string) => ({ field: 'domains', message: code });
  const form = useForm(updateSsoConnectorBody, {
    'single_sign_on.duplicate_connector_name': { field: 'connectorName', message: t('sso.nameTaken') },
    'single_sign_on.duplicated_domains': domainRefusal(t('sso.domainTaken')),
    'single_sign_on.forbidden_domains': domainRefusal(t('sso.domainPublic')),
  });
  const path = { params: { path: { id: connector.id } } };
  const body = {
    connectorName: connectorName.trim(),
    domains: domainsOf(domains),
    branding: { ...connector.branding, displayName: displayName.trim() || undefined },
    syncProfile,
  };
  const save = () =>
    form.submit(body, async (valid) => {
      await unwrap(api.PATCH('/api/sso-connectors/{id}', { ...path, body: valid }));
      await refresh();
    });
  const domainError = Object.entries(form.errors).find(([key]) => key === 'domains' || key.startsWith('domains.'))?.[1];
  const readOnly = saveReason !== undefined;
  return (
    <section aria-label={t('sso.experience')}>
      <SettingsForm
        onSubmit={save}
        disabledReason={saveReason}
        doneMessage={t('sso.experienceSaved', { name: connectorName })}
      >
        <TextField
          label={t('sso.name')}
          value={connectorName}
          onChange={setConnectorName}
          error={form.errors.connectorName}
          isReadOnly={readOnly}
          isRequired
        />
        <TextField
          label={t('sso.domains')}
          description={t('sso.domainsHelp')}
          value={domains}
          onChange={setDomains}
          error={domainError}
          isReadOnly={readOnly}
        />
        <TextField
          label={t('sso.displayName')}
          description={t('sso.displayNameHelp')}
          value={displayName}
          onChange={setDisplayName}
          error={form.errors['branding.displayName']}
          isReadOnly={readOnly}
        />
        <Checkbox
          label={t('sso.syncProfile')}
          description={t('sso.syncProfileHelp')}
          isSelected={syncProfile}
          onChange={setSyncProfile}
          isReadOnly={readOnly}
        />
      </SettingsForm>
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('sso.delete')}
          title={t('sso.deleteTitle', { name: connector.connectorName })}
          losses={[t('sso.lossIdentities'), t('sso.lossJit')]}
          confirmLabel={t('sso.deleteConfirm')}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/sso-connectors/{id}', path));
            navigate('/console/enterprise-sso');
            await refresh();
            announce(t('sso.deleted', { name: connector.connectorName }), 'success');
          }}
        />
      </div>
    </section>
  );
}
