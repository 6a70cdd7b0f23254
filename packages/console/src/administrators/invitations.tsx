import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import type { FieldErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { useStatus } from '../ui/status';
import { DataTable, type TableColumn } from '../ui/table';
import { TextField } from '../ui/text-field';
import { type AdminRoleKey, type InvitationRow, pageSize, useAdminMutation, useInvitations } from './admins-api';
import { RoleSelect, ShownOnce } from './create-admin';
import { adminFieldErrors } from './field-errors';

/** Owner: invitation links (shown once, valid 7 days, single use) and the invitations so far. */
export function Invitations() {
  const { t, language } = useI18n();
  const announce = useStatus();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AdminRoleKey>('viewer');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [link, setLink] = useState<{ email: string; link: string }>();
  const [page, setPage] = useState(1);
  const invitations = useInvitations(page, true);
  const invite = useAdminMutation(() => unwrap(api.POST('/api/admins/invitations', { body: { email, role } })));
  const revoke = useAdminMutation((id: string) =>
    unwrap(api.DELETE('/api/admins/invitations/{id}', { params: { path: { id } } })),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      const created = await invite.mutateAsync(undefined);
      setLink({ email: created.email, link: created.link });
      setEmail('');
    } catch (error) {
      setErrors(adminFieldErrors(error));
    }
  };

  const date = (ms: number) => new Date(ms).toLocaleString(language);
  const columns: ReadonlyArray<TableColumn<InvitationRow>> = [
    { id: 'email', name: t('administrators.column.email'), isRowHeader: true, cell: (row) => row.email },
    { id: 'role', name: t('administrators.column.role'), cell: (row) => t(`role.${row.role}`) },
    { id: 'status', name: t('administrators.column.status'), cell: (row) => t(`administrators.status.${row.status}`) },
    { id: 'expires', name: t('administrators.column.expires'), cell: (row) => date(row.expiresAt) },
    {
      id: 'actions',
      name: t('administrators.column.actions'),
      cell: (row) =>
        row.status === 'active' ? (
          <ConfirmDialog
            triggerLabel={t('administrators.revoke')}
            title={t('administrators.revokeTitle', { email: row.email })}
            losses={[t('administrators.revokeLoss')]}
            confirmLabel={t('administrators.revoke')}
            onConfirm={async () => {
              await revoke.mutateAsync(row.id);
              announce(t('administrators.revoked', { email: row.email }), 'success');
            }}
          />
        ) : null,
    },
  ];

  return (
    <section aria-labelledby="invite" className="panel">
      <h2 id="invite">{t('administrators.invite')}</h2>
      <p className="note">{t('administrators.inviteIntro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('administrators.inviteEmail')}
          type="email"
          value={email}
          onChange={setEmail}
          isRequired
          error={errors.email}
        />
        <RoleSelect label={t('administrators.role')} value={role} onChange={setRole} />
        {errors[''] && (
          <p role="alert" className="field-error">
            {errors['']}
          </p>
        )}
        <Button type="submit" variant="primary" isDisabled={invite.isPending}>
          {t('administrators.inviteCreate')}
        </Button>
      </form>
      {link && (
        <ShownOnce
          heading={t('administrators.inviteLink', { email: link.email })}
          label={t('administrators.linkLabel')}
          value={link.link}
        />
      )}
      <h3>{t('administrators.invitations')}</h3>
      {invitations.error ? (
        <LoadError error={invitations.error} onRetry={() => invitations.refetch()} />
      ) : (
        <DataTable
          label={t('administrators.invitations')}
          columns={columns}
          rows={invitations.data?.items ?? []}
          page={page}
          pageSize={pageSize}
          total={invitations.data?.total ?? 0}
          onPageChange={setPage}
          isLoading={invitations.isLoading}
          emptyText={t('administrators.invitationsEmpty')}
        />
      )}
    </section>
  );
}
