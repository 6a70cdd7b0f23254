import { createInvitationSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import { Select } from '../../ui/select';
import type { TableColumn } from '../../ui/table';
import { TextField } from '../../ui/text-field';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { useAfterWrite } from '../shared/run-write';
import type { Invitation, Organization } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';
import { OrganizationRolePicker } from './organization-role-picker';

const statusKeys: Record<Invitation['status'], MessageKey> = {
  Pending: 'authorization.invitations.pending',
  Accepted: 'authorization.invitations.accepted',
  Expired: 'authorization.invitations.expired',
  Revoked: 'authorization.invitations.revoked',
};
const validDays = [1, 3, 7, 14, 30] as const;
const dayMs = 24 * 3600 * 1000;

function InviteForm({ organization, close }: { organization: Organization; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [invitee, setInvitee] = useState('');
  const [days, setDays] = useState<number>(7);
  const [roles, setRoles] = useState<Map<string, string>>(new Map());
  const form = useForm(createInvitationSchema);
  const submit = () =>
    form.submit(
      {
        invitee: invitee.trim(),
        organizationId: organization.id,
        expiresAt: Date.now() + days * dayMs,
        organizationRoleIds: [...roles.keys()],
      },
      async (body) => {
        await unwrap(api.POST('/api/organization-invitations', { body }));
        await afterWrite(t('authorization.invitations.created', { email: body.invitee }));
      },
    );
  return (
    <DialogForm submitLabel={t('authorization.invitations.create')} onSubmit={submit} onClose={close}>
      <TextField
        label={t('authorization.invitations.email')}
        type="email"
        value={invitee}
        onChange={setInvitee}
        error={form.errors.invitee}
        autoFocus
      />
      <Select
        label={t('authorization.invitations.validFor')}
        options={validDays.map((id) => ({ id, label: t('authorization.invitations.days', { count: id }) }))}
        value={days}
        onChange={setDays}
      />
      <OrganizationRolePicker
        label={t('authorization.organizations.rolesToGive')}
        description={t('authorization.invitations.rolesHelp')}
        chosen={roles}
        onChange={setRoles}
        error={form.errors.organizationRoleIds}
      />
      <p className="note">{t('authorization.invitations.noEmail')}</p>
    </DialogForm>
  );
}

/** Invitations to join the organization: who, with which roles, until when; pending ones can be revoked. */
export function OrganizationInvitations({ organization }: { organization: Organization }) {
  const { t, language } = useI18n();
  const afterWrite = useAfterWrite();
  const createReason = useWriteReason('POST', '/api/organization-invitations');
  const revokeReason = useWriteReason('PUT', '/api/organization-invitations/{id}/status');
  const list = usePagedList<Invitation>(['authz', 'invitations', organization.id], (query) =>
    fetchPage(
      api.GET('/api/organization-invitations', {
        params: { query: { page: query.page, page_size: query.page_size, organizationId: organization.id } },
      }),
    ),
  );
  const columns: TableColumn<Invitation>[] = [
    { id: 'invitee', name: t('authorization.invitations.email'), isRowHeader: true, cell: (row) => row.invitee },
    { id: 'status', name: t('authorization.invitations.status'), cell: (row) => t(statusKeys[row.status]) },
    {
      id: 'roles',
      name: t('authorization.organizations.organizationRoles'),
      cell: (row) => row.organizationRoles.map((role) => role.name).join(', '),
    },
    {
      id: 'expires',
      name: t('authorization.invitations.expiresAt'),
      cell: (row) => new Date(row.expiresAt).toLocaleString(language),
    },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (row) =>
        row.status === 'Pending' && (
          <ConfirmDialog
            triggerLabel={t('authorization.invitations.revoke', { email: row.invitee })}
            title={t('authorization.invitations.revokeTitle', { email: row.invitee })}
            losses={[t('authorization.invitations.lossLink')]}
            confirmLabel={t('authorization.invitations.revokeConfirm')}
            disabledReason={revokeReason}
            onConfirm={async () => {
              await unwrap(
                api.PUT('/api/organization-invitations/{id}/status', {
                  params: { path: { id: row.id } },
                  body: { status: 'Revoked' },
                }),
              );
              await afterWrite(t('authorization.invitations.revokedDone', { email: row.invitee }));
            }}
          />
        ),
    },
  ];
  return (
    <section aria-label={t('authorization.organizations.invitations')}>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.invitations.create')}
          title={t('authorization.invitations.createTitle', { name: organization.name })}
          disabledReason={createReason}
        >
          {(close) => <InviteForm organization={organization} close={close} />}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.invitations.of', { name: organization.name })}
        list={list}
        columns={columns}
        emptyText={t('authorization.invitations.none')}
      />
    </section>
  );
}
