import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import { MultiSearchPicker } from '../../ui/multi-search-picker';
import type { TableColumn } from '../../ui/table';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { usePickerMessages } from '../shared/picker-messages';
import { useAfterWrite } from '../shared/run-write';
import { type Member, type Organization, userDetail, userLabel } from '../shared/types';
import { useWriteReason } from '../shared/write-access';
import { OrganizationRolePicker } from './organization-role-picker';

function AddMembersForm({ organization, close }: { organization: Organization; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const messages = usePickerMessages(t('authorization.searchUsers'));
  const [users, setUsers] = useState<Map<string, string>>(new Map());
  const [roles, setRoles] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string>();
  const path = { params: { path: { id: organization.id } } };
  const submit = async () => {
    if (users.size === 0) {
      setError(t('authorization.chooseOne'));
      return false;
    }
    const userIds = [...users.keys()];
    await unwrap(api.POST('/api/organizations/{id}/users', { ...path, body: { userIds } }));
    if (roles.size > 0)
      await unwrap(
        api.POST('/api/organizations/{id}/users/roles', {
          ...path,
          body: { userIds, organizationRoleIds: [...roles.keys()] },
        }),
      );
    await afterWrite(t('authorization.organizations.membersAdded', { count: userIds.length }));
    return true;
  };
  return (
    <DialogForm submitLabel={t('authorization.organizations.addMembers')} onSubmit={submit} onClose={close}>
      <MultiSearchPicker
        label={t('authorization.organizations.usersToAdd')}
        queryKey={['authz', 'member-candidates', organization.id]}
        load={async (search) => {
          const page = await fetchPage(
            api.GET('/api/users', { params: { query: { page: 1, page_size: 20, search: search || undefined } } }),
          );
          return page.rows.map((user) => ({ id: user.id, label: userLabel(user), detail: userDetail(user) }));
        }}
        chosen={users}
        onChange={(next) => {
          setUsers(next);
          setError(undefined);
        }}
        messages={messages}
        error={error}
      />
      <OrganizationRolePicker
        label={t('authorization.organizations.rolesToGive')}
        description={t('authorization.organizations.rolesToGiveHelp')}
        chosen={roles}
        onChange={setRoles}
      />
    </DialogForm>
  );
}

function MemberRolesForm(props: { organization: Organization; member: Member; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const { organization, member } = props;
  const [roles, setRoles] = useState(new Map(member.organizationRoles.map((role) => [role.id, role.name])));
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      await unwrap(
        api.PUT('/api/organizations/{id}/users/{userId}/roles', {
          params: { path: { id: organization.id, userId: member.id } },
          body: { organizationRoleIds: [...roles.keys()] },
        }),
      );
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
    await afterWrite(t('authorization.organizations.rolesSaved', { name: userLabel(member) }));
    return true;
  };
  return (
    <DialogForm submitLabel={t('authorization.save')} onSubmit={submit} onClose={props.close}>
      <OrganizationRolePicker
        label={t('authorization.organizations.rolesOf', { name: userLabel(member) })}
        chosen={roles}
        onChange={setRoles}
        error={error}
      />
    </DialogForm>
  );
}

/** Members (users) of the organization with their organization roles. */
export function OrganizationMembers({ organization }: { organization: Organization }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const addReason = useWriteReason('POST', '/api/organizations/{id}/users');
  const rolesReason = useWriteReason('PUT', '/api/organizations/{id}/users/{userId}/roles');
  const removeReason = useWriteReason('DELETE', '/api/organizations/{id}/users/{userId}');
  const id = organization.id;
  const list = usePagedList<Member>(['authz', 'organization-members', id], (query) =>
    fetchPage(
      api.GET('/api/organizations/{id}/users', {
        params: { path: { id }, query: { page: query.page, page_size: query.page_size, q: query.search || undefined } },
      }),
    ),
  );
  const columns: TableColumn<Member>[] = [
    { id: 'name', name: t('authorization.user'), isRowHeader: true, cell: userLabel },
    { id: 'detail', name: t('authorization.userDetail'), cell: (member) => userDetail(member) ?? '' },
    {
      id: 'roles',
      name: t('authorization.organizations.organizationRoles'),
      cell: (member) => member.organizationRoles.map((role) => role.name).join(', '),
    },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (member) => (
        <div className="row-actions">
          <FormDialog
            triggerLabel={t('authorization.organizations.editRoles', { name: userLabel(member) })}
            triggerVariant="secondary"
            title={t('authorization.organizations.editRolesTitle', {
              name: userLabel(member),
              organization: organization.name,
            })}
            disabledReason={rolesReason}
          >
            {(close) => <MemberRolesForm organization={organization} member={member} close={close} />}
          </FormDialog>
          <ConfirmDialog
            triggerLabel={t('authorization.removeNamed', { name: userLabel(member) })}
            title={t('authorization.organizations.removeMemberTitle', {
              name: userLabel(member),
              organization: organization.name,
            })}
            losses={[t('authorization.organizations.lossMembership')]}
            confirmLabel={t('authorization.remove')}
            disabledReason={removeReason}
            onConfirm={async () => {
              await unwrap(
                api.DELETE('/api/organizations/{id}/users/{userId}', { params: { path: { id, userId: member.id } } }),
              );
              await afterWrite(t('authorization.organizations.memberRemoved', { name: userLabel(member) }));
            }}
          />
        </div>
      ),
    },
  ];
  return (
    <section aria-label={t('authorization.organizations.members')}>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.organizations.addMembers')}
          title={t('authorization.organizations.addMembersTitle', { name: organization.name })}
          disabledReason={addReason}
        >
          {(close) => <AddMembersForm organization={organization} close={close} />}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.organizations.membersOf', { name: organization.name })}
        list={list}
        columns={columns}
        searchLabel={t('authorization.searchUsers')}
      />
    </section>
  );
}
