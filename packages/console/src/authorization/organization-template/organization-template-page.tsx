import { useI18n } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { RecordTabs } from '../../ui/record-tabs';
import { OrganizationPermissions } from './organization-permissions';
import { OrganizationRoles } from './organization-roles';
import '../authorization.css';

/** The roles and permissions every organization shares. */
export default function OrganizationTemplatePage() {
  const { t } = useI18n();
  return (
    <Page title={t('authorization.template.title')} intro={t('authorization.template.intro')}>
      <RecordTabs
        label={t('authorization.template.title')}
        tabs={[
          { id: 'roles', title: t('authorization.template.roles'), content: <OrganizationRoles /> },
          { id: 'permissions', title: t('authorization.template.permissions'), content: <OrganizationPermissions /> },
        ]}
      />
    </Page>
  );
}
