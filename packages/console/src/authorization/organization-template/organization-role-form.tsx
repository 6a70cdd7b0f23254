import { createOrganizationRoleSchema, updateOrganizationRoleSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { DialogForm } from '../../ui/form-dialog';
import { MultiSearchPicker } from '../../ui/multi-search-picker';
import { Select } from '../../ui/select';
import { type RoleType, roleTypeKey, roleTypes } from '../roles/role-types';
import { NameFields } from '../shared/name-fields';
import { fetchPage } from '../shared/paged-list';
import { usePickerMessages } from '../shared/picker-messages';
import { ResourceScopePicker } from '../shared/resource-scope-picker';
import { useAfterWrite } from '../shared/run-write';
import type { OrganizationRole } from '../shared/types';
import { useForm } from '../shared/use-form';

/** Choose organization permissions, searched on the server. */
function OrganizationScopePicker(props: {
  chosen: ReadonlyMap<string, string>;
  onChange: (next: Map<string, string>) => void;
}) {
  const { t } = useI18n();
  const messages = usePickerMessages(t('authorization.template.searchPermissions'));
  return (
    <MultiSearchPicker
      label={t('authorization.template.permissions')}
      queryKey={['authz', 'organization-scope-picker']}
      load={async (search) => {
        const page = await fetchPage(
          api.GET('/api/organization-scopes', {
            params: { query: { page: 1, page_size: 20, q: search || undefined } },
          }),
        );
        return page.rows.map((scope) => ({ id: scope.id, label: scope.name, detail: scope.description ?? undefined }));
      }}
      chosen={props.chosen}
      onChange={props.onChange}
      messages={messages}
    />
  );
}

/**
 * Creates an organization role, or edits one (`role`): name, description, type, organization
 * permissions, and API permissions granted inside the organization.
 */
export function OrganizationRoleForm({ role, close }: { role?: OrganizationRole; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [type, setType] = useState<RoleType>(role?.type ?? 'User');
  const [scopes, setScopes] = useState(new Map(role?.scopes.map((scope) => [scope.id, scope.name])));
  const [resourceScopes, setResourceScopes] = useState(
    new Map(role?.resourceScopes.map((scope) => [scope.id, `${scope.name} · ${scope.resource.name}`])),
  );
  const codeFields = {
    'entity.unique_integrity_violation': { field: 'name', message: t('authorization.template.roleNameInUse') },
  };
  const create = useForm(createOrganizationRoleSchema, codeFields);
  const update = useForm(updateOrganizationRoleSchema, codeFields);
  const errors = role ? update.errors : create.errors;
  const fields = { name: name.trim(), description: description.trim() || null, type };

  const submit = async () => {
    if (!role)
      return create.submit(
        { ...fields, organizationScopeIds: [...scopes.keys()], resourceScopeIds: [...resourceScopes.keys()] },
        async (body) => {
          await unwrap(api.POST('/api/organization-roles', { body }));
          await afterWrite(t('authorization.template.roleCreated', { name: body.name }));
        },
      );
    const path = { params: { path: { id: role.id } } };
    return update.submit(fields, async (body) => {
      await unwrap(api.PATCH('/api/organization-roles/{id}', { ...path, body }));
      await unwrap(
        api.PUT('/api/organization-roles/{id}/scopes', { ...path, body: { organizationScopeIds: [...scopes.keys()] } }),
      );
      await unwrap(
        api.PUT('/api/organization-roles/{id}/resource-scopes', {
          ...path,
          body: { scopeIds: [...resourceScopes.keys()] },
        }),
      );
      await afterWrite(t('authorization.template.roleSaved', { name: body.name ?? role.name }));
    });
  };

  return (
    <DialogForm
      submitLabel={role ? t('authorization.save') : t('authorization.template.createRole')}
      onSubmit={submit}
      onClose={close}
    >
      <NameFields
        nameLabel={t('authorization.template.roleName')}
        name={name}
        onName={setName}
        description={description}
        onDescription={setDescription}
        errors={errors}
        autoFocus
      />
      <Select
        label={t('authorization.roles.type')}
        description={t('authorization.template.typeHelp')}
        options={roleTypes.map((id) => ({ id, label: t(roleTypeKey(id)) }))}
        value={type}
        onChange={setType}
      />
      <OrganizationScopePicker chosen={scopes} onChange={setScopes} />
      <ResourceScopePicker
        label={t('authorization.template.apiPermissions')}
        chosen={resourceScopes}
        onChange={setResourceScopes}
      />
    </DialogForm>
  );
}
