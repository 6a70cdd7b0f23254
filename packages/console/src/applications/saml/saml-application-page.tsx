import { BackLink } from '../../authorization/shared/back-link';
import { WhenLoaded } from '../../authorization/shared/record-query';
import { useI18n } from '../../i18n/i18n';
import type { PageProps } from '../../routes';
import { Page } from '../../ui/page';
import { RecordTabs } from '../../ui/record-tabs';
import { SamlIdentityProvider } from './saml-identity-provider';
import { useSamlApplication } from './saml-queries';
import { SamlSettings } from './saml-settings';
import '../../authorization/authorization.css';
import '../applications.css';

/** /console/saml-applications/:id: what to give the service provider, its certificates, and its settings. */
export default function SamlApplicationPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const app = useSamlApplication(params.id);
  return (
    <>
      <BackLink href="/console/applications" label={t('applications.title')} />
      <WhenLoaded query={app}>
        {(data) => (
          <Page title={data.name} intro={[t('applications.type.SAML'), data.description].filter(Boolean).join(' · ')}>
            <RecordTabs
              label={t('applications.sections', { name: data.name })}
              tabs={[
                {
                  id: 'identity-provider',
                  title: t('applications.saml.tab.identityProvider'),
                  content: <SamlIdentityProvider app={data} />,
                },
                { id: 'settings', title: t('applications.tab.settings'), content: <SamlSettings app={data} /> },
              ]}
            />
          </Page>
        )}
      </WhenLoaded>
    </>
  );
}
