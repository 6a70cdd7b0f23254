import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../routes';
import { Page } from '../ui/page';
import { RecordTabs } from '../ui/record-tabs';
import { useSsoConnector, useSsoProviders } from './queries';
import { SsoConnection } from './sso-connection';
import { SsoExperience } from './sso-experience';
import '../authorization/authorization.css';

export default function SsoConnectorPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const connector = useSsoConnector(params.id);
  const providers = useSsoProviders();
  return (
    <>
      <BackLink href="/console/enterprise-sso" label={t('sso.title')} />
      <WhenLoaded query={connector}>
        {(data) => (
          <Page title={data.connectorName} intro={data.name}>
            <RecordTabs
              label={t('sso.sections', { name: data.connectorName })}
              tabs={[
                {
                  id: 'connection',
                  title: t('sso.connection'),
                  content: (
                    <SsoConnection
                      key={`${data.id}-${providers.isSuccess}`}
                      connector={data}
                      provider={providers.data?.find((p) => p.providerName === data.providerName)}
                    />
                  ),
                },
                { id: 'experience', title: t('sso.experience'), content: <SsoExperience connector={data} /> },
              ]}
            />
          </Page>
        )}
      </WhenLoaded>
    </>
  );
}
