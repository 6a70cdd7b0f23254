import { useQuery } from '@tanstack/react-query';
import { consentUserScopes } from '@tessera/server/schemas';
import { useId } from 'react';
import { api, unwrap } from '../api/client';
import { useRunWrite } from '../authorization/shared/run-write';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { LoadError } from '../ui/load-error';
import { Progress } from '../ui/progress';
import { Switch } from '../ui/switch';

type UserScope = (typeof consentUserScopes)[number];

/** The user scopes offered here (the organization ones need organizations, which these apps are not given). */
const userScopes = consentUserScopes.filter(
  (scope): scope is Exclude<UserScope, `urn:${string}`> => !scope.startsWith('urn:'),
);

/**
 * On the applications page: whether clients identified by the URL of their own metadata document
 * (Client ID Metadata Documents, used by MCP clients) may sign users in, and which user scopes
 * any of them may ask for. Each change applies at once.
 */
export function MetadataDocumentClients() {
  const { t } = useI18n();
  const headingId = useId();
  const runWrite = useRunWrite();
  const switchReason = useWriteReason('PATCH', '/api/configs/cimd');
  const addReason = useWriteReason('POST', '/api/cimd/user-consent-scopes');
  const config = useQuery({
    queryKey: ['authz', 'cimd', 'config'],
    queryFn: () => unwrap(api.GET('/api/configs/cimd')),
  });
  const ceiling = useQuery({
    queryKey: ['authz', 'cimd', 'ceiling'],
    queryFn: () => unwrap(api.GET('/api/cimd/user-consent-scopes')),
  });

  const setEnabled = (enabled: boolean) =>
    runWrite(
      () => unwrap(api.PATCH('/api/configs/cimd', { body: { enabled } })),
      t(enabled ? 'applications.cimd.turnedOn' : 'applications.cimd.turnedOff'),
    );
  const setScopes = (current: string[], next: string[]) => {
    const added = next.filter((scope) => !current.includes(scope)) as UserScope[];
    const removed = current.filter((scope) => !next.includes(scope));
    return runWrite(async () => {
      if (added.length > 0) await unwrap(api.POST('/api/cimd/user-consent-scopes', { body: { userScopes: added } }));
      for (const scopeId of removed)
        await unwrap(
          api.DELETE('/api/cimd/user-consent-scopes/{scopeType}/{scopeId}', {
            params: { path: { scopeType: 'userScopes', scopeId } },
          }),
        );
    }, t('applications.cimd.scopesSaved'));
  };

  return (
    <section className="metadata-document-clients" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('applications.cimd.title')}</h2>
      <p className="note">{t('applications.cimd.intro')}</p>
      {config.isError || ceiling.isError ? (
        <LoadError
          error={config.error ?? ceiling.error}
          onRetry={() => Promise.all([config.refetch(), ceiling.refetch()])}
        />
      ) : !config.data || !ceiling.data ? (
        <Progress label={t('app.loading')} />
      ) : (
        <>
          <Switch
            label={t('applications.cimd.enable')}
            description={t('applications.cimd.enableHelp')}
            isSelected={config.data.enabled}
            onChange={setEnabled}
            disabledReason={switchReason}
          />
          <CheckboxGroup
            label={t('applications.cimd.scopes')}
            description={t('applications.cimd.scopesHelp')}
            value={ceiling.data.userScopes}
            onChange={(next) => setScopes(ceiling.data.userScopes, next)}
            isReadOnly={addReason !== undefined}
          >
            {userScopes.map((scope) => (
              <Checkbox key={scope} value={scope} label={t(`applications.cimd.scope.${scope}`)} />
            ))}
          </CheckboxGroup>
        </>
      )}
    </section>
  );
}
