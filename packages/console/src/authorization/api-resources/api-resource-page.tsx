import { useI18n } from '../../i18n/i18n';
import type { PageProps } from '../../routes';
import { Page } from '../../ui/page';
import { RecordTabs } from '../../ui/record-tabs';
import { BackLink } from '../shared/back-link';
import { WhenLoaded } from '../shared/record-query';
import { ResourcePermissions } from './resource-permissions';
import { isManagementApi, useResource } from './resource-queries';
import { ResourceSettings } from './resource-settings';
import '../authorization.css';

export default function ApiResourcePage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const resource = useResource(params.id);
  return (
    <>
      <BackLink href="/console/api-resources" label={t('authorization.resources.title')} />
      <WhenLoaded query={resource}>
        {(data) => {
          // The Management API is shown read-only: the server refuses every change to it.
          const locked = isManagementApi(data) ? t('authorization.resources.protectedShort') : undefined;
          return (
            <Page title={data.name}>
              {locked && <p className="protected-note">{t('authorization.resources.protected')}</p>}
              <RecordTabs
                label={t('authorization.resources.sections', { name: data.name })}
                tabs={[
                  {
                    id: 'settings',
                    title: t('authorization.settings'),
                    content: <ResourceSettings resource={data} locked={locked} />,
                  },
                  {
                    id: 'permissions',
                    title: t('authorization.permissions'),
                    content: <ResourcePermissions resource={data} locked={locked} />,
                  },
                ]}
              />
            </Page>
          );
        }}
      </WhenLoaded>
    </>
  );
}
