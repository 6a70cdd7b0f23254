import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { PageProps } from '../../routes';
import { Page } from '../../ui/page';
import { RecordTabs } from '../../ui/record-tabs';
import { BackLink } from '../shared/back-link';
import { WhenLoaded } from '../shared/record-query';
import { RoleApplications } from './role-applications';
import { RolePermissions } from './role-permissions';
import { RoleSettings } from './role-settings';
import { roleTypeKey } from './role-types';
import { RoleUsers } from './role-users';
import '../authorization.css';

export default function RolePage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const role = useQuery({
    queryKey: ['authz', 'role', params.id],
    queryFn: () => unwrap(api.GET('/api/roles/{id}', { params: { path: { id: params.id } } })),
  });
  return (
    <>
      <BackLink href="/console/roles" label={t('authorization.roles.title')} />
      <WhenLoaded query={role}>
        {(data) => (
          <Page title={data.name} intro={[t(roleTypeKey(data.type)), data.description].filter(Boolean).join(' · ')}>
            <RecordTabs
              label={t('authorization.roles.sections', { name: data.name })}
              tabs={[
                { id: 'permissions', title: t('authorization.permissions'), content: <RolePermissions role={data} /> },
                data.type === 'User'
                  ? { id: 'users', title: t('authorization.roles.users'), content: <RoleUsers role={data} /> }
                  : { id: 'apps', title: t('authorization.roles.apps'), content: <RoleApplications role={data} /> },
                { id: 'settings', title: t('authorization.settings'), content: <RoleSettings role={data} /> },
              ]}
            />
          </Page>
        )}
      </WhenLoaded>
    </>
  );
}
