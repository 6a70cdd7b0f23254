import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { fetchPage } from '../shared/paged-list';
import { type Role, type User, userDetail, userLabel } from '../shared/types';
import { useWriteReason } from '../shared/write-access';
import { type AssigneeKind, RoleAssignees } from './role-assignees';

/** The users holding a User role. */
export function RoleUsers({ role }: { role: Role }) {
  const { t } = useI18n();
  const id = role.id;
  const kind: AssigneeKind<User> = {
    key: 'role-users',
    words: {
      listLabel: t('authorization.roles.usersOf', { name: role.name }),
      search: t('authorization.searchUsers'),
      assign: t('authorization.roles.assignUsers'),
      assignTitle: t('authorization.roles.assignUsersTitle', { name: role.name }),
      pickerLabel: t('authorization.roles.usersToAssign'),
      pickerSearch: t('authorization.searchUsers'),
      assigned: (count) => t('authorization.roles.usersAssigned', { count }),
      remove: (name) => t('authorization.removeNamed', { name }),
      removeTitle: (name) => t('authorization.roles.removeUserTitle', { name, role: role.name }),
      loss: t('authorization.roles.lossUser'),
      removed: (name) => t('authorization.roles.userRemoved', { name }),
      chooseOne: t('authorization.chooseOne'),
    },
    columns: [
      { id: 'name', name: t('authorization.user'), isRowHeader: true, cell: userLabel },
      { id: 'detail', name: t('authorization.userDetail'), cell: (user) => userDetail(user) ?? '' },
    ],
    nameOf: userLabel,
    list: (query) =>
      fetchPage(
        api.GET('/api/roles/{id}/users', {
          params: {
            path: { id },
            query: { page: query.page, page_size: query.page_size, search: query.search || undefined },
          },
        }),
      ),
    candidates: async (search) => {
      const page = await fetchPage(
        api.GET('/api/users', {
          params: { query: { page: 1, page_size: 20, search: search || undefined, excludeRoleId: id } },
        }),
      );
      return page.rows.map((user) => ({ id: user.id, label: userLabel(user), detail: userDetail(user) }));
    },
    assign: (userIds) => unwrap(api.POST('/api/roles/{id}/users', { params: { path: { id } }, body: { userIds } })),
    unassign: (userId) => unwrap(api.DELETE('/api/roles/{id}/users/{userId}', { params: { path: { id, userId } } })),
    assignReason: useWriteReason('POST', '/api/roles/{id}/users'),
    removeReason: useWriteReason('DELETE', '/api/roles/{id}/users/{userId}'),
  };
  return <RoleAssignees role={role} kind={kind} />;
}
