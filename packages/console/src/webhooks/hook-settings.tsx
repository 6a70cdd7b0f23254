import { updateHookSchema } from '@tessera/server/schemas';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useStatus } from '../ui/status';
import { Switch } from '../ui/switch';
import { draftOf, HookFields, useHookForm } from './hook-form';
import { type Hook, useRefreshHooks } from './queries';

/** Name, endpoint, events and headers; enabling; deletion. */
export function HookSettings({ hook }: { hook: Hook }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshHooks();
  const saveReason = useWriteReason('PATCH', '/api/hooks/{id}');
  const deleteReason = useWriteReason('DELETE', '/api/hooks/{id}');
  const form = useHookForm(updateHookSchema, draftOf(hook));
  const path = { params: { path: { id: hook.id } } };
  const save = () =>
    form.submit(async (body) => {
      await unwrap(api.PATCH('/api/hooks/{id}', { ...path, body }));
      await refresh();
    });
  const setEnabled = async (enabled: boolean) => {
    try {
      await unwrap(api.PATCH('/api/hooks/{id}', { ...path, body: { enabled } }));
    } catch (error) {
      announce(errorMessage(error), 'error');
      return;
    }
    await refresh();
    announce(t(enabled ? 'webhooks.nowEnabled' : 'webhooks.nowDisabled', { name: hook.name }), 'success');
  };
  return (
    <section aria-label={t('webhooks.settings')}>
      <Switch
        label={t('webhooks.enable')}
        description={t('webhooks.enableHelp')}
        isSelected={hook.enabled}
        onChange={setEnabled}
        disabledReason={saveReason}
      />
      <SettingsForm onSubmit={save} disabledReason={saveReason}>
        <HookFields form={form} isReadOnly={saveReason !== undefined} />
      </SettingsForm>
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('webhooks.delete')}
          title={t('webhooks.deleteTitle', { name: hook.name })}
          losses={[t('webhooks.lossEvents'), t('webhooks.lossDeliveries')]}
          confirmLabel={t('webhooks.deleteConfirm')}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/hooks/{id}', path));
            navigate('/console/webhooks');
            await refresh();
            announce(t('webhooks.deleted', { name: hook.name }), 'success');
          }}
        />
      </div>
    </section>
  );
}
