import { Link } from 'react-aria-components';
import { displayName, useCurrentAdmin } from '../auth/current-admin';
import { useI18n } from '../i18n/i18n';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { Endpoints } from './endpoints';

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

export default function GetStartedPage() {
  const { t } = useI18n();
  return (
    <Page title={t('getStarted.title')} intro={t('getStarted.intro')}>
      <section aria-labelledby="apps-heading">
        <h2 id="apps-heading">{t('getStarted.apps')}</h2>
        <p>{t('getStarted.appsIntro')}</p>
        <p>
          <Link className="button button-primary" href="/console/applications">
            {t('getStarted.createApp')}
          </Link>
        </p>
      </section>
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
