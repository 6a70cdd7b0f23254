import './sign-in-experience.css';
import { Link } from 'react-aria-components';
import { useCan } from '../api/can';
import { useI18n } from '../i18n/i18n';
import { MoreSignInSettings } from '../sign-in-content/more-links';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { SignInExperienceEditor } from './editor';
import { useConnectors, useSavedSettings } from './queries';

/** Console › Sign-in experience: how the hosted sign-in pages look and what they allow. */
export default function SignInExperiencePage() {
  const { t } = useI18n();
  const saved = useSavedSettings();
  const connectors = useConnectors();
  const can = useCan('PATCH', '/api/sign-in-exp');
  const failed = saved.error ?? connectors.error;
  return (
    <Page title={t('signInExperience.title')} intro={t('signInExperience.intro')}>
      <MoreSignInSettings />
      <p className="sie-captcha-link">
        <Link href="/console/sign-in-experience/captcha">{t('signInExperience.captcha.link')}</Link>
        {' · '}
        <Link href="/console/sign-in-experience/custom-ui">{t('signInExperience.customUi.link')}</Link>
      </p>
      {can.reason && (
        <p className="sie-read-only" role="note">
          {t('signInExperience.readOnly', { reason: can.reason })}
        </p>
      )}
      {failed ? (
        <LoadError
          error={failed}
          onRetry={() => {
            saved.refetch();
            connectors.refetch();
          }}
        />
      ) : saved.data && connectors.data ? (
        <SignInExperienceEditor saved={saved.data} social={connectors.data.social} readOnly={!can.allowed} />
      ) : (
        <Progress label={t('app.loading')} />
      )}
    </Page>
  );
}
