import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { PageProps } from '../../routes';
import { Page } from '../../ui/page';
import { RecordTabs } from '../../ui/record-tabs';
import { BackLink } from '../shared/back-link';
import { WhenLoaded } from '../shared/record-query';
import { OrganizationInvitations } from './organization-invitations';
import { OrganizationJit } from './organization-jit';
import { OrganizationMembers } from './organization-members';
import { OrganizationSettings } from './organization-settings';
import '../authorization.css';

export default function OrganizationPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const organization = useQuery({
    queryKey: ['authz', 'organization', params.id],
    queryFn: () => unwrap(api.GET('/api/organizations/{id}', { params: { path: { id: params.id } } })),
  });
  return (
    <>
      <BackLink href="/console/organizations" label={t('authorization.organizations.title')} />
      <WhenLoaded query={organization}>
        {(data) => (
          <Page title={data.name} intro={data.description ?? undefined}>
            <RecordTabs
              label={t('authorization.organizations.sections', { name: data.name })}
              tabs={[
                {
                  id: 'members',
                  title: t('authorization.organizations.members'),
                  content: <OrganizationMembers organization={data} />,
                },
                {
                  id: 'invitations',
                  title: t('authorization.organizations.invitations'),
                  content: <OrganizationInvitations organization={data} />,
                },
                {
                  id: 'jit',
                  title: t('authorization.organizations.jit'),
                  content: <OrganizationJit organization={data} />,
                },
                {
                  id: 'settings',
                  title: t('authorization.settings'),
                  content: <OrganizationSettings organization={data} />,
                },
              ]}
            />
          </Page>
        )}
      </WhenLoaded>
    </>
  );
}
