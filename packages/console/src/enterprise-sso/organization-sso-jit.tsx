import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { LoadError } from '../ui/load-error';
import { Progress } from '../ui/progress';
import { useSsoConnectors } from './queries';

function Picker({ organizationId, linked }: { organizationId: string; linked: string[] }) {
  const { t } = useI18n();
  const reason = useWriteReason('PUT', '/api/organizations/{id}/jit/sso-connectors');
  const connectors = useSsoConnectors();
  const [chosen, setChosen] = useState(linked);
  const save = async () => {
    await unwrap(
      api.PUT('/api/organizations/{id}/jit/sso-connectors', {
        params: { path: { id: organizationId } },
        body: { ssoConnectorIds: chosen },
      }),
    );
    return true;
  };
  if (connectors.error) return <LoadError error={connectors.error} onRetry={() => connectors.refetch()} />;
  if (!connectors.data) return <Progress label={t('app.loading')} />;
  if (connectors.data.length === 0) return <p>{t('sso.jit.none')}</p>;
  return (
    <SettingsForm onSubmit={save} disabledReason={reason} doneMessage={t('sso.jit.saved')}>
      <CheckboxGroup label={t('sso.jit.pick')} value={chosen} onChange={setChosen} isReadOnly={reason !== undefined}>
        {connectors.data.map((connector) => (
          <Checkbox key={connector.id} value={connector.id} label={connector.connectorName} />
        ))}
      </CheckboxGroup>
    </SettingsForm>
  );
}

/** Logto's SSO JIT: people signing in through these connectors for the first time join the organization. */
export function OrganizationSsoJit({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const linked = useQuery({
    queryKey: ['sso-connectors', 'jit', organizationId],
    queryFn: () =>
      unwrap(api.GET('/api/organizations/{id}/jit/sso-connectors', { params: { path: { id: organizationId } } })),
  });
  return (
    <section aria-labelledby="jit-sso">
      <h2 id="jit-sso">{t('sso.jit.title')}</h2>
      <p className="intro">{t('sso.jit.intro')}</p>
      {linked.error ? (
        <LoadError error={linked.error} onRetry={() => linked.refetch()} />
      ) : linked.data ? (
        <Picker organizationId={organizationId} linked={linked.data.map((connector) => connector.id)} />
      ) : (
        <Progress label={t('app.loading')} />
      )}
    </section>
  );
}
