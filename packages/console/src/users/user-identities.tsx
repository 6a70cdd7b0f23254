import { useMemo } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useStatus } from '../ui/status';
import { DataTable, type TableColumn } from '../ui/table';
import { wholeList } from './query-table';
import { type User, useRefreshUsers } from './users-queries';

interface Identity {
  id: string;
  userId: string;
  details: Record<string, unknown>;
}

/** Logto's `identities`: `{ [target]: { userId, details? } }`, one row per connector target. */
function identitiesOf(user: User): Identity[] {
  return Object.entries(user.identities).map(([target, value]) => {
    const identity = (value ?? {}) as { userId?: unknown; details?: unknown };
    const details = typeof identity.details === 'object' && identity.details !== null ? identity.details : {};
    return { id: target, userId: String(identity.userId ?? ''), details: details as Record<string, unknown> };
  });
}

/** What the provider said that tells people apart: a name, an email, a login. */
function describeDetails(details: Record<string, unknown>): string {
  const said = ['name', 'email', 'login', 'username', 'phone']
    .map((key) => details[key])
    .filter((value): value is string => typeof value === 'string' && value !== '');
  return [...new Set(said)].join(' · ') || '—';
}

/** The social accounts the user signs in with; unlinking one asks first. */
export function UserIdentities({ user, userName }: { user: User; userName: string }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshUsers();
  const canUnlink = useCan('DELETE', '/api/users/{userId}/identities/{target}');
  const identities = useMemo(() => identitiesOf(user), [user]);
  const columns = useMemo<TableColumn<Identity>[]>(
    () => [
      { id: 'target', name: t('users.identities.connector'), isRowHeader: true, cell: (identity) => identity.id },
      { id: 'userId', name: t('users.identities.userId'), cell: (identity) => <code>{identity.userId}</code> },
      { id: 'details', name: t('users.identities.details'), cell: (identity) => describeDetails(identity.details) },
      {
        id: 'actions',
        name: t('users.actions'),
        cell: (identity) => {
          const target = identity.id;
          return (
            <ConfirmDialog
              triggerLabel={t('users.identities.unlink', { target })}
              title={t('users.identities.unlinkTitle', { target, user: userName })}
              losses={[t('users.identities.unlinkLoss', { target, user: userName })]}
              confirmLabel={t('users.identities.unlinkConfirm')}
              disabledReason={canUnlink.reason}
              onConfirm={async () => {
                await unwrap(
                  api.DELETE('/api/users/{userId}/identities/{target}', {
                    params: { path: { userId: user.id, target } },
                  }),
                );
                await refresh();
                announce(t('users.identities.unlinked', { target }), 'success');
              }}
            />
          );
        },
      },
    ],
    [t, user.id, userName, canUnlink.reason, refresh, announce],
  );
  return (
    <section aria-labelledby="identities-heading">
      <h2 id="identities-heading">{t('users.tab.identities')}</h2>
      <DataTable
        label={t('users.identities.table', { user: userName })}
        columns={columns}
        {...wholeList(identities)}
        emptyText={t('users.identities.empty')}
      />
    </section>
  );
}
