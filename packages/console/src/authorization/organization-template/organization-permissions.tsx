import { createOrganizationScopeSchema } from '@tessera/server/schemas';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../ui/form-dialog';
import { CreatePermissionForm } from '../shared/create-permission-form';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { usePermissionColumns } from '../shared/permission-columns';
import type { OrganizationScope } from '../shared/types';
import { useWriteReason } from '../shared/write-access';

/** Organization permissions: what organization roles grant inside an organization (organization tokens). */
export function OrganizationPermissions() {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/organization-scopes');
  const deleteReason = useWriteReason('DELETE', '/api/organization-scopes/{id}');
  const list = usePagedList<OrganizationScope>(['authz', 'organization-scopes'], (query) =>
    fetchPage(
      api.GET('/api/organization-scopes', {
        params: { query: { page: query.page, page_size: query.page_size, q: query.search || undefined } },
      }),
    ),
  );
  const columns = usePermissionColumns<OrganizationScope>({
    losses: [t('authorization.template.lossPermission')],
    disabledReason: deleteReason,
    remove: (scope) => unwrap(api.DELETE('/api/organization-scopes/{id}', { params: { path: { id: scope.id } } })),
  });
  return (
    <section aria-label={t('authorization.template.permissions')}>
      <p className="intro">{t('authorization.template.permissionsIntro')}</p>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.createPermission')}
          title={t('authorization.template.createPermissionTitle')}
          disabledReason={createReason}
        >
          {(close) => (
            <CreatePermissionForm
              schema={createOrganizationScopeSchema}
              create={(body) => unwrap(api.POST('/api/organization-scopes', { body }))}
              close={close}
            />
          )}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.template.permissions')}
        list={list}
        columns={columns}
        searchLabel={t('authorization.searchPermissions')}
      />
    </section>
  );
}
