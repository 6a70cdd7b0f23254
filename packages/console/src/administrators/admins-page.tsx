import './administrators.css';
import { useCan } from '../api/can';
import { useCurrentAdmin } from '../auth/current-admin';
import { useI18n } from '../i18n/i18n';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { AdminsTable } from './admins-table';
import { CreateAdmin } from './create-admin';
import { Invitations } from './invitations';
import { OwnFactors } from './own-factors';
import { SignInPolicy } from './sign-in-policy';

/** `/console/administrators`: who may use the console, with which role, and how they sign in. */
export default function AdminsPage() {
  const { t } = useI18n();
  const me = useCurrentAdmin();
  const canManage = useCan('POST', '/api/admins');
  if (me.error) return <LoadError error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Progress label={t('app.loading')} />;
  const ownerReason = canManage.allowed ? undefined : (canManage.reason ?? t('permission.owner'));
  return (
    <Page title={t('administrators.title')} intro={t('administrators.intro')}>
      <OwnFactors />
      <section aria-labelledby="admins-list" className="panel">
        <h2 id="admins-list">{t('administrators.list')}</h2>
        <AdminsTable me={me.data} ownerReason={ownerReason} />
      </section>
      <CreateAdmin disabledReason={ownerReason} />
      {/* Invitations are an Owner's business: their list holds people's addresses. */}
      {canManage.allowed && <Invitations />}
      <SignInPolicy ownerReason={ownerReason} />
    </Page>
  );
}
