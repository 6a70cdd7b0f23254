import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { fetchPage } from '../shared/paged-list';
import type { Role, RoleApplication } from '../shared/types';
import { useWriteReason } from '../shared/write-access';
import { type AssigneeKind, RoleAssignees } from './role-assignees';

/** The machine-to-machine applications holding a MachineToMachine role. */
export function RoleApplications({ role }: { role: Role }) {
  const { t } = useI18n();
  const id = role.id;
  const kind: AssigneeKind<RoleApplication> = {
    key: 'role-apps',
    words: {
      listLabel: t('authorization.roles.appsOf', { name: role.name }),
      search: t('authorization.searchApps'),
      assign: t('authorization.roles.assignApps'),
      assignTitle: t('authorization.roles.assignAppsTitle', { name: role.name }),
      pickerLabel: t('authorization.roles.appsToAssign'),
      pickerSearch: t('authorization.searchApps'),
      assigned: (count) => t('authorization.roles.appsAssigned', { count }),
      remove: (name) => t('authorization.removeNamed', { name }),
      removeTitle: (name) => t('authorization.roles.removeAppTitle', { name, role: role.name }),
      loss: t('authorization.roles.lossApp'),
      removed: (name) => t('authorization.roles.appRemoved', { name }),
      chooseOne: t('authorization.chooseOne'),
    },
    columns: [
      { id: 'name', name: t('authorization.application'), isRowHeader: true, cell: (app) => app.name },
      { id: 'id', name: t('authorization.appId'), cell: (app) => <code>{app.id}</code> },
    ],
    nameOf: (app) => app.name,
    list: (query) =>
      fetchPage(
        api.GET('/api/roles/{id}/applications', {
          params: {
            path: { id },
            query: { page: query.page, page_size: query.page_size, search: query.search || undefined },
          },
        }),
      ),
    candidates: async (search) => {
      const page = await fetchPage(
        api.GET('/api/applications', {
          params: {
            query: {
              page: 1,
              page_size: 20,
              search: search || undefined,
              types: ['MachineToMachine'],
              excludeRoleId: id,
            },
          },
        }),
      );
      return page.rows.map((app) => ({ id: app.id, label: app.name, detail: app.id }));
    },
    assign: (applicationIds) =>
      unwrap(api.POST('/api/roles/{id}/applications', { params: { path: { id } }, body: { applicationIds } })),
    unassign: (applicationId) =>
      unwrap(api.DELETE('/api/roles/{id}/applications/{applicationId}', { params: { path: { id, applicationId } } })),
    assignReason: useWriteReason('POST', '/api/roles/{id}/applications'),
    removeReason: useWriteReason('DELETE', '/api/roles/{id}/applications/{applicationId}'),
  };
  return <RoleAssignees role={role} kind={kind} />;
}
