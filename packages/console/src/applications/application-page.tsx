import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { frameworkOf } from '../guides/frameworks';
import GuidePanel from '../guides/guide-panel';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../routes';
import { Page } from '../ui/page';
import { RecordTabs } from '../ui/record-tabs';
import { type Application, typeKey, useApplication } from './app-queries';
import { ApplicationCredentials } from './application-credentials';
import { ApplicationSettings } from './application-settings';
import { SignInTest } from './sign-in-test';
import '../authorization/authorization.css';
import './applications.css';

function Guide({ app }: { app: Application }) {
  return (
    <>
      <SignInTest app={app} />
      <GuidePanel
        framework={frameworkOf(app)}
        app={{ ...app, protectedAppMetadata: null }}
        endpoint={location.origin}
      />
    </>
  );
}

/** /console/applications/:id: the app's guide (with a test sign-in), settings, endpoints and secrets. */
export default function ApplicationPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const app = useApplication(params.id);
  return (
    <>
      <BackLink href="/console/applications" label={t('applications.title')} />
      <WhenLoaded query={app}>
        {(data) => (
          <Page
            title={data.name}
            intro={[t(typeKey(data.type)), frameworkOf(data).name, data.description].filter(Boolean).join(' · ')}
          >
            <RecordTabs
              label={t('applications.sections', { name: data.name })}
              tabs={[
                { id: 'guide', title: t('applications.tab.guide'), content: <Guide app={data} /> },
                { id: 'settings', title: t('applications.tab.settings'), content: <ApplicationSettings app={data} /> },
                {
                  id: 'credentials',
                  title: t('applications.tab.credentials'),
                  content: <ApplicationCredentials app={data} />,
                },
              ]}
            />
          </Page>
        )}
      </WhenLoaded>
    </>
  );
}
