import { emailDomainBody } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { OrganizationSsoJit } from '../../enterprise-sso/organization-sso-jit';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import type { TableColumn } from '../../ui/table';
import { TextField } from '../../ui/text-field';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { useAfterWrite } from '../shared/run-write';
import { SettingsForm } from '../shared/settings-form';
import type { Organization, OrganizationRole } from '../shared/types';
import { useForm } from '../shared/use-form';
import { useWriteReason } from '../shared/write-access';
import { OrganizationRolePicker } from './organization-role-picker';

interface Domain {
  id: string;
}

function EmailDomains({ organization }: { organization: Organization }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const addReason = useWriteReason('POST', '/api/organizations/{id}/jit/email-domains');
  const removeReason = useWriteReason('DELETE', '/api/organizations/{id}/jit/email-domains/{emailDomain}');
  const id = organization.id;
  const [domain, setDomain] = useState('');
  const form = useForm(emailDomainBody, {
    'entity.unique_integrity_violation': { field: 'emailDomain', message: t('authorization.jit.domainListed') },
  });
  const list = usePagedList<Domain>(['authz', 'jit-domains', id], async (query) => {
    const page = await fetchPage(
      api.GET('/api/organizations/{id}/jit/email-domains', {
        params: { path: { id }, query: { page: query.page, page_size: query.page_size } },
      }),
    );
    return { rows: page.rows.map((row) => ({ id: row.emailDomain })), total: page.total };
  });
  const add = async () => {
    const added = await form.submit({ emailDomain: domain.trim() }, (body) =>
      unwrap(api.POST('/api/organizations/{id}/jit/email-domains', { params: { path: { id } }, body })),
    );
    if (added) setDomain('');
    return added;
  };
  const columns: TableColumn<Domain>[] = [
    { id: 'domain', name: t('authorization.jit.domain'), isRowHeader: true, cell: (row) => row.id },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (row) => (
        <ConfirmDialog
          triggerLabel={t('authorization.removeNamed', { name: row.id })}
          title={t('authorization.jit.removeDomainTitle', { domain: row.id })}
          losses={[t('authorization.jit.lossDomain', { domain: row.id })]}
          confirmLabel={t('authorization.remove')}
          disabledReason={removeReason}
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/organizations/{id}/jit/email-domains/{emailDomain}', {
                params: { path: { id, emailDomain: row.id } },
              }),
            );
            await afterWrite(t('authorization.jit.domainRemoved', { domain: row.id }));
          }}
        />
      ),
    },
  ];
  return (
    <section aria-labelledby="jit-domains">
      <h2 id="jit-domains">{t('authorization.jit.domains')}</h2>
      <p className="intro">{t('authorization.jit.domainsIntro')}</p>
      <SettingsForm
        onSubmit={add}
        disabledReason={addReason}
        submitLabel={t('authorization.jit.addDomain')}
        doneMessage={t('authorization.jit.domainAdded')}
      >
        <TextField
          label={t('authorization.jit.domain')}
          description={t('authorization.jit.domainHelp')}
          value={domain}
          onChange={setDomain}
          error={form.errors.emailDomain}
          isReadOnly={addReason !== undefined}
        />
      </SettingsForm>
      <PagedTable
        label={t('authorization.jit.domains')}
        list={list}
        columns={columns}
        emptyText={t('authorization.jit.noDomains')}
      />
    </section>
  );
}

function AddDefaultRolesForm({ organization, close }: { organization: Organization; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [roles, setRoles] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string>();
  const submit = async () => {
    if (roles.size === 0) {
      setError(t('authorization.chooseOne'));
      return false;
    }
    try {
      await unwrap(
        api.POST('/api/organizations/{id}/jit/roles', {
          params: { path: { id: organization.id } },
          body: { organizationRoleIds: [...roles.keys()] },
        }),
      );
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
    await afterWrite(t('authorization.jit.rolesAdded', { count: roles.size }));
    return true;
  };
  return (
    <DialogForm submitLabel={t('authorization.jit.addRoles')} onSubmit={submit} onClose={close}>
      <OrganizationRolePicker
        label={t('authorization.jit.rolesToAdd')}
        chosen={roles}
        onChange={(next) => {
          setRoles(next);
          setError(undefined);
        }}
        error={error}
      />
    </DialogForm>
  );
}

function DefaultRoles({ organization }: { organization: Organization }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const addReason = useWriteReason('POST', '/api/organizations/{id}/jit/roles');
  const removeReason = useWriteReason('DELETE', '/api/organizations/{id}/jit/roles/{organizationRoleId}');
  const id = organization.id;
  const list = usePagedList<Omit<OrganizationRole, 'scopes' | 'resourceScopes'>>(['authz', 'jit-roles', id], (query) =>
    fetchPage(
      api.GET('/api/organizations/{id}/jit/roles', {
        params: { path: { id }, query: { page: query.page, page_size: query.page_size } },
      }),
    ),
  );
  const columns: TableColumn<Omit<OrganizationRole, 'scopes' | 'resourceScopes'>>[] = [
    { id: 'name', name: t('authorization.template.roleName'), isRowHeader: true, cell: (role) => role.name },
    { id: 'description', name: t('authorization.description'), cell: (role) => role.description ?? '' },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (role) => (
        <ConfirmDialog
          triggerLabel={t('authorization.removeNamed', { name: role.name })}
          title={t('authorization.jit.removeRoleTitle', { name: role.name })}
          losses={[t('authorization.jit.lossRole', { name: role.name })]}
          confirmLabel={t('authorization.remove')}
          disabledReason={removeReason}
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/organizations/{id}/jit/roles/{organizationRoleId}', {
                params: { path: { id, organizationRoleId: role.id } },
              }),
            );
            await afterWrite(t('authorization.jit.roleRemoved', { name: role.name }));
          }}
        />
      ),
    },
  ];
  return (
    <section aria-labelledby="jit-roles">
      <h2 id="jit-roles">{t('authorization.jit.defaultRoles')}</h2>
      <p className="intro">{t('authorization.jit.defaultRolesIntro')}</p>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.jit.addRoles')}
          title={t('authorization.jit.addRolesTitle', { name: organization.name })}
          disabledReason={addReason}
        >
          {(close) => <AddDefaultRolesForm organization={organization} close={close} />}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.jit.defaultRoles')}
        list={list}
        columns={columns}
        emptyText={t('authorization.jit.noRoles')}
      />
    </section>
  );
}

/** Just-in-time provisioning: users of these email domains join at sign-up or sign-in, with these roles. */
export function OrganizationJit({ organization }: { organization: Organization }) {
  return (
    <>
      <EmailDomains organization={organization} />
      <OrganizationSsoJit organizationId={organization.id} />
      <DefaultRoles organization={organization} />
    </>
  );
}
