import { Link } from 'react-aria-components';
import { ApiError } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../routes';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { RecordTabs } from '../ui/record-tabs';
import { formatMoment } from './format';
import { UserAccountActions } from './user-account-actions';
import { UserCustomData } from './user-custom-data';
import { UserIdentities } from './user-identities';
import { SuspendedBadge, UserAvatar, userDisplayName } from './user-identity';
import { UserLogs } from './user-logs';
import { UserMfaFactors } from './user-mfa';
import { UserOrganizations } from './user-organizations';
import { UserProfileForm } from './user-profile-form';
import { UserRoles } from './user-roles';
import { type User, useUser } from './users-queries';
import './users.css';

function BackToUsers() {
  const { t } = useI18n();
  return (
    <Link className="back-link" href="/console/users">
      {t('users.back')}
    </Link>
  );
}

function Summary({ user }: { user: User }) {
  const { t, language } = useI18n();
  return (
    <div className="user-summary">
      <UserAvatar user={user} />
      <dl className="facts">
        <dt>{t('users.field.id')}</dt>
        <dd>
          <code>{user.id}</code>
        </dd>
        <dt>{t('users.status')}</dt>
        <dd>{user.isSuspended ? <SuspendedBadge /> : t('users.active')}</dd>
        <dt>{t('users.column.lastSignIn')}</dt>
        <dd>{user.lastSignInAt ? formatMoment(user.lastSignInAt, language) : t('users.never')}</dd>
        <dt>{t('users.createdAt')}</dt>
        <dd>{formatMoment(user.createdAt, language)}</dd>
      </dl>
    </div>
  );
}

/**
 * /console/users/:id: one user in tabs (details with custom data, social identities, roles,
 * organizations, two-step factors, logs), and the account actions under them.
 */
export default function UserPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const user = useUser(params.id);
  if (user.error instanceof ApiError && user.error.status === 404)
    return (
      <Page title={t('users.notFound.title')}>
        <p>{t('users.notFound.body', { id: params.id })}</p>
        <BackToUsers />
      </Page>
    );
  if (user.error) return <LoadError error={user.error} onRetry={() => user.refetch()} />;
  if (!user.data) return <Progress label={t('app.loading')} />;
  const name = userDisplayName(user.data);
  return (
    <Page title={name}>
      <BackToUsers />
      <Summary user={user.data} />
      <RecordTabs
        label={t('users.sections', { name })}
        tabs={[
          {
            id: 'details',
            title: t('users.tab.details'),
            content: (
              // Keyed by the last change, so a save (here or elsewhere) resets the fields to what is stored.
              <div key={user.data.updatedAt}>
                <UserProfileForm user={user.data} />
                <UserCustomData user={user.data} />
              </div>
            ),
          },
          {
            id: 'identities',
            title: t('users.tab.identities'),
            content: <UserIdentities user={user.data} userName={name} />,
          },
          { id: 'roles', title: t('users.roles.title'), content: <UserRoles userId={user.data.id} userName={name} /> },
          {
            id: 'organizations',
            title: t('users.organizations.title'),
            content: <UserOrganizations userId={user.data.id} userName={name} />,
          },
          { id: 'mfa', title: t('users.mfa.title'), content: <UserMfaFactors userId={user.data.id} userName={name} /> },
          { id: 'logs', title: t('users.tab.logs'), content: <UserLogs userId={user.data.id} userName={name} /> },
        ]}
      />
      <UserAccountActions user={user.data} name={name} />
    </Page>
  );
}
