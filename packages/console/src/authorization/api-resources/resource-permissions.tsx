import { createScopeSchema } from '@tessera/server/schemas';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../ui/form-dialog';
import { CreatePermissionForm } from '../shared/create-permission-form';
import { fetchPage, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { usePermissionColumns } from '../shared/permission-columns';
import type { Resource, ResourceScope } from '../shared/types';
import { useWriteReason } from '../shared/write-access';

/** The permissions (scopes) a token for this API can carry: search, add, delete. */
export function ResourcePermissions({ resource, locked }: { resource: Resource; locked?: string }) {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/resources/{resourceId}/scopes');
  const deleteReason = useWriteReason('DELETE', '/api/resources/{resourceId}/scopes/{scopeId}');
  const resourceId = resource.id;
  const list = usePagedList<ResourceScope>(['authz', 'resource-scopes', resourceId], (query) =>
    fetchPage(
      api.GET('/api/resources/{resourceId}/scopes', {
        params: {
          path: { resourceId },
          query: { page: query.page, page_size: query.page_size, search: query.search || undefined },
        },
      }),
    ),
  );
  const columns = usePermissionColumns<ResourceScope>({
    losses: [t('authorization.lossPermissionRoles'), t('authorization.lossPermissionTokens')],
    disabledReason: locked ?? deleteReason,
    remove: (scope) =>
      unwrap(
        api.DELETE('/api/resources/{resourceId}/scopes/{scopeId}', {
          params: { path: { resourceId, scopeId: scope.id } },
        }),
      ),
  });
  return (
    <section aria-label={t('authorization.permissions')}>
      <p className="intro">{t('authorization.resources.permissionsIntro')}</p>
      <div className="toolbar">
        <FormDialog
          triggerLabel={t('authorization.createPermission')}
          title={t('authorization.createPermissionTitle', { name: resource.name })}
          disabledReason={locked ?? createReason}
        >
          {(close) => (
            <CreatePermissionForm
              schema={createScopeSchema}
              create={(body) =>
                unwrap(api.POST('/api/resources/{resourceId}/scopes', { params: { path: { resourceId } }, body }))
              }
              close={close}
            />
          )}
        </FormDialog>
      </div>
      <PagedTable
        label={t('authorization.permissionsOf', { name: resource.name })}
        list={list}
        columns={columns}
        searchLabel={t('authorization.searchPermissions')}
      />
    </section>
  );
}
