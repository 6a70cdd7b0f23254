import { useMemo } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import type { TableColumn } from '../ui/table';
import { formatMoment } from './format';
import { QueryTable, wholeList } from './query-table';
import { type MfaFactor, useRefreshUsers, useUserMfaFactors } from './users-queries';

const factorNames: Record<MfaFactor['type'], MessageKey> = {
  Totp: 'users.mfa.totp',
  WebAuthn: 'users.mfa.webauthn',
  BackupCode: 'users.mfa.backupCode',
};

/** The user's two-step verification factors; removing one is how a lost authenticator is cleared. */
export function UserMfaFactors({ userId, userName }: { userId: string; userName: string }) {
  const { t, language } = useI18n();
  const refresh = useRefreshUsers();
  const factors = useUserMfaFactors(userId);
  const canRemove = useCan('DELETE', '/api/users/{userId}/mfa-verifications/{verificationId}');

  const columns = useMemo<TableColumn<MfaFactor>[]>(
    () => [
      { id: 'type', name: t('users.mfa.type'), isRowHeader: true, cell: (factor) => t(factorNames[factor.type]) },
      {
        id: 'detail',
        name: t('users.mfa.detail'),
        cell: (factor) =>
          factor.remainCodes !== undefined
            ? t('users.mfa.remainCodes', { count: factor.remainCodes })
            : factor.name || factor.agent || '—',
      },
      { id: 'added', name: t('users.mfa.added'), cell: (factor) => formatMoment(factor.createdAt, language) },
      {
        id: 'actions',
        name: t('users.actions'),
        cell: (factor) => {
          const name = t(factorNames[factor.type]);
          return (
            <ConfirmDialog
              triggerLabel={t('users.mfa.remove', { name })}
              title={t('users.mfa.removeTitle', { name, user: userName })}
              losses={[t('users.mfa.removeLoss', { name })]}
              confirmLabel={t('users.mfa.removeConfirm')}
              disabledReason={canRemove.reason}
              onConfirm={async () => {
                const path = { userId, verificationId: factor.id };
                await unwrap(
                  api.DELETE('/api/users/{userId}/mfa-verifications/{verificationId}', { params: { path } }),
                );
                await refresh();
              }}
            />
          );
        },
      },
    ],
    [t, language, userId, userName, canRemove.reason, refresh],
  );

  return (
    <section aria-labelledby="mfa-heading">
      <h2 id="mfa-heading">{t('users.mfa.title')}</h2>
      <QueryTable
        query={factors}
        label={t('users.mfa.table', { user: userName })}
        columns={columns}
        {...wholeList(factors.data ?? [])}
        isLoading={factors.isPending}
        emptyText={t('users.mfa.empty')}
      />
    </section>
  );
}
