import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { BackLink } from '../authorization/shared/back-link';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../routes';
import { CodePanel } from '../ui/code-panel';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { takeTestSession } from './test-session';
import '../authorization/authorization.css';

/** Where a test sign-in comes back (through the sign-in page's SSO callback): what the provider said. */
export default function SsoTestPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const result = useQuery({
    queryKey: ['sso-connectors', 'test', params.id, location.search],
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => {
      const connectorData = Object.fromEntries(new URLSearchParams(location.search));
      const testSession = takeTestSession(String(connectorData.state ?? ''));
      return unwrap(
        api.POST('/api/sso-connectors/{id}/test-sign-in/verify', {
          params: { path: { id: params.id } },
          body: { testSession, connectorData },
        }),
      );
    },
  });
  const back = `/console/enterprise-sso/${params.id}`;
  return (
    <>
      <BackLink href={back} label={t('sso.title')} />
      <Page title={t('sso.testTitle')}>
        {result.isPending ? (
          <Progress label={t('app.loading')} />
        ) : result.error ? (
          <p role="alert">{t('sso.testFailed', { message: errorMessage(result.error) })}</p>
        ) : (
          <>
            <p role="status">{t('sso.testResult', { identityId: result.data.identityId })}</p>
            <CodePanel
              caption={t('sso.testClaims')}
              text={JSON.stringify(result.data.detail, null, 2)}
              copyLabel={t('sso.testClaims')}
            />
          </>
        )}
        <p>
          <Link href={back}>{t('sso.testBack')}</Link>
        </p>
      </Page>
    </>
  );
}
