import { useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useStatus } from '../ui/status';
import { PasswordOnce } from './password-once';
import { describePasswordIssues } from './user-errors';
import { type User, useMakePassword, useRefreshUsers } from './users-queries';

function SuspendAction({ user, name }: { user: User; name: string }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshUsers();
  const can = useCan('PATCH', '/api/users/{userId}/is-suspended');
  const suspend = !user.isSuspended;
  return (
    <ConfirmDialog
      triggerLabel={suspend ? t('users.suspend.open') : t('users.reinstate.open')}
      title={suspend ? t('users.suspend.title', { name }) : t('users.reinstate.title', { name })}
      losses={suspend ? [t('users.suspend.loss')] : []}
      intro={suspend ? undefined : t('users.reinstate.intro', { name })}
      variant={suspend ? 'danger' : 'primary'}
      confirmLabel={suspend ? t('users.suspend.confirm') : t('users.reinstate.confirm')}
      disabledReason={can.reason}
      onConfirm={async () => {
        await unwrap(
          api.PATCH('/api/users/{userId}/is-suspended', {
            params: { path: { userId: user.id } },
            body: { isSuspended: suspend },
          }),
        );
        await refresh();
        announce(suspend ? t('users.suspend.done', { name }) : t('users.reinstate.done', { name }), 'success');
      }}
    />
  );
}

/** A new generated password, shown once; the old one stops working at once. */
function ResetPasswordAction({ user, name, onReset }: { user: User; name: string; onReset: (p: string) => void }) {
  const { t } = useI18n();
  const makePassword = useMakePassword();
  const refresh = useRefreshUsers();
  const can = useCan('PATCH', '/api/users/{userId}/password');
  return (
    <ConfirmDialog
      triggerLabel={user.hasPassword ? t('users.resetPassword.open') : t('users.resetPassword.openNew')}
      title={t('users.resetPassword.title', { name })}
      losses={user.hasPassword ? [t('users.resetPassword.loss')] : []}
      intro={user.hasPassword ? undefined : t('users.resetPassword.introNew')}
      variant={user.hasPassword ? 'danger' : 'primary'}
      confirmLabel={t('users.resetPassword.confirm')}
      disabledReason={can.reason}
      onConfirm={async () => {
        const names = [user.username, user.primaryEmail, user.primaryPhone, user.name];
        const made = await makePassword(names, user.id);
        if (made.issues.length > 0) throw new Error(describePasswordIssues(made.issues, t));
        await unwrap(
          api.PATCH('/api/users/{userId}/password', {
            params: { path: { userId: user.id } },
            body: { password: made.password },
          }),
        );
        await refresh();
        onReset(made.password);
      }}
    />
  );
}

function DeleteAction({ user, name }: { user: User; name: string }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshUsers();
  const can = useCan('DELETE', '/api/users/{userId}');
  return (
    <ConfirmDialog
      triggerLabel={t('users.delete.open')}
      title={t('users.delete.title', { name })}
      losses={[
        t('users.delete.lossProfile'),
        t('users.delete.lossCredentials'),
        t('users.delete.lossAccess'),
        t('users.delete.lossUndo'),
      ]}
      confirmLabel={t('users.delete.confirm')}
      disabledReason={can.reason}
      onConfirm={async () => {
        await unwrap(api.DELETE('/api/users/{userId}', { params: { path: { userId: user.id } } }));
        await refresh();
        announce(t('users.delete.done', { name }), 'success');
        navigate('/console/users');
      }}
    />
  );
}

/** Suspend or reinstate, reset the password, delete: each asks first and says what changes. */
export function UserAccountActions({ user, name }: { user: User; name: string }) {
  const { t } = useI18n();
  const [newPassword, setNewPassword] = useState<string>();
  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">{t('users.account.title')}</h2>
      <div className="account-actions">
        <SuspendAction user={user} name={name} />
        <ResetPasswordAction user={user} name={name} onReset={setNewPassword} />
        <DeleteAction user={user} name={name} />
      </div>
      {newPassword && (
        <div className="account-password">
          <PasswordOnce password={newPassword} title={t('users.resetPassword.shownTitle')} />
          <Button onPress={() => setNewPassword(undefined)}>{t('users.resetPassword.hide')}</Button>
        </div>
      )}
    </section>
  );
}
