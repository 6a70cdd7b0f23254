import { displayName, useCurrentAdmin } from '../auth/current-admin';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { CopyButton } from '../ui/copy-button';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
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

function Account() {
  const { t } = useI18n();
  const admin = useCurrentAdmin();
  if (admin.error) return <LoadError error={admin.error} onRetry={() => admin.refetch()} />;
  if (!admin.data) return <Progress label={t('app.loading')} />;
  const { username, role } = admin.data;
  return (
    <dl className="facts">
      <dt>{t('getStarted.name')}</dt>
      <dd>{displayName(admin.data)}</dd>
      {username && (
        <>
          <dt>{t('getStarted.username')}</dt>
          <dd>{username}</dd>
        </>
      )}
      <dt>{t('getStarted.role')}</dt>
      <dd>{t(`role.${role}`)}</dd>
    </dl>
  );
}

function Endpoints() {
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

export default function GetStartedPage() {
  const { t } = useI18n();
  return (
    <Page title={t('getStarted.title')} intro={t('getStarted.intro')}>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{t('getStarted.account')}</h2>
        <Account />
      </section>
      <section aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">{t('getStarted.endpoints')}</h2>
        <p>{t('getStarted.endpointsIntro')}</p>
        <Endpoints />
      </section>
    </Page>
  );
}
