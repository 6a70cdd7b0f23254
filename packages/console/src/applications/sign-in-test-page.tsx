import { BackLink } from '../authorization/shared/back-link';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../routes';
import { Button } from '../ui/button';
import { Page } from '../ui/page';
import { SignInTestResult } from './sign-in-test-result';
import './applications.css';

/**
 * Where the test callback sends the sign-in window once Tessera has redeemed the code: the same
 * result the app's page shows, here in the window the sign-in ran in.
 */
export default function SignInTestPage({ params }: PageProps<{ id: string; testId: string }>) {
  const { t } = useI18n();
  const appPath = `/console/applications/${encodeURIComponent(params.id)}`;
  return (
    <>
      <BackLink href={appPath} label={t('applications.test.backToApp')} />
      <Page title={t('applications.test.resultTitle')}>
        <SignInTestResult applicationId={params.id} testId={params.testId} />
        {window.opener !== null && (
          <p>
            <Button onPress={() => window.close()}>{t('applications.test.close')}</Button>
          </p>
        )}
      </Page>
    </>
  );
}
