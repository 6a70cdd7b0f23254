import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { CopyButton } from '../ui/copy-button';
import { LoadError } from '../ui/load-error';
import { Progress } from '../ui/progress';
import { type ProviderEndpoints, useProviderEndpoints } from './discovery';

const endpointRows: ReadonlyArray<[keyof ProviderEndpoints, MessageKey]> = [
  ['issuer', 'endpoint.issuer'],
  ['discovery', 'endpoint.discovery'],
  ['authorization', 'endpoint.authorization'],
  ['token', 'endpoint.token'],
  ['jwks', 'endpoint.jwks'],
  ['userinfo', 'endpoint.userinfo'],
];

/** The provider's endpoints from its discovery document, each with a copy button. */
export function Endpoints() {
  const { t } = useI18n();
  const endpoints = useProviderEndpoints();
  if (endpoints.error) return <LoadError error={endpoints.error} onRetry={() => endpoints.refetch()} />;
  if (!endpoints.data) return <Progress label={t('app.loading')} />;
  const values = endpoints.data;
  return (
    <dl className="facts endpoints">
      {endpointRows.map(([field, label]) => (
        <div key={field} className="endpoint">
          <dt>{t(label)}</dt>
          <dd>
            <code>{values[field]}</code>
            <CopyButton value={values[field]} label={t(label)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
