import { useMemo, useState } from 'react';
import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/page';
import type { TableColumn } from '../ui/table';
import { TextField } from '../ui/text-field';
import { CreateUserDialog } from './create-user-dialog';
import { formatMoment } from './format';
import { QueryTable } from './query-table';
import { useDebounced } from './use-debounced';
import { SuspendedBadge, UserAvatar, userDisplayName } from './user-identity';
import { pageSize, type User, useUsers } from './users-queries';
import './users.css';

const dash = '—';

function useColumns(): TableColumn<User>[] {
  const { t, language } = useI18n();
  return useMemo(
    () => [
      {
        id: 'user',
        name: t('users.column.user'),
        isRowHeader: true,
        cell: (user) => (
          <span className="user-cell">
            <UserAvatar user={user} />
            <Link className="user-link" href={`/console/users/${encodeURIComponent(user.id)}`}>
              {userDisplayName(user)}
            </Link>
            {user.isSuspended && <SuspendedBadge />}
          </span>
        ),
      },
      { id: 'username', name: t('users.field.username'), cell: (user) => user.username ?? dash },
      { id: 'email', name: t('users.field.email'), cell: (user) => user.primaryEmail ?? dash },
      { id: 'phone', name: t('users.field.phone'), cell: (user) => user.primaryPhone ?? dash },
      {
        id: 'lastSignIn',
        name: t('users.column.lastSignIn'),
        cell: (user) => (user.lastSignInAt ? formatMoment(user.lastSignInAt, language) : t('users.never')),
      },
    ],
    [t, language],
  );
}

/** /console/users: every end user, searched and paged by the server. */
export default function UsersPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const settledSearch = useDebounced(search.trim());
  const users = useUsers(settledSearch, page);
  const columns = useColumns();
  return (
    <Page title={t('users.title')} intro={t('users.intro')}>
      <div className="toolbar">
        <TextField
          label={t('users.search.label')}
          description={t('users.search.description')}
          type="search"
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
        <CreateUserDialog />
      </div>
      <QueryTable
        query={users}
        label={t('users.table')}
        columns={columns}
        rows={users.data?.rows ?? []}
        page={page}
        pageSize={pageSize}
        total={users.data?.total ?? 0}
        onPageChange={setPage}
        isLoading={users.isFetching}
        emptyText={settledSearch ? t('users.noMatch', { search: settledSearch }) : t('users.empty')}
      />
    </Page>
  );
}
