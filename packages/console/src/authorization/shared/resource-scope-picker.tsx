import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { LoadError } from '../../ui/load-error';
import { MultiSearchPicker } from '../../ui/multi-search-picker';
import { Progress } from '../../ui/progress';
import { Select } from '../../ui/select';
import { isManagementApi } from '../api-resources/resource-queries';
import { fetchPage } from './paged-list';
import { usePickerMessages } from './picker-messages';

export interface ResourceScopePickerProps {
  label: string;
  chosen: ReadonlyMap<string, string>;
  onChange: (chosen: Map<string, string>) => void;
  /** User roles cannot hold Management API permissions (the server refuses them). */
  forUserRole?: boolean;
  error?: string;
}

/** Choose API permissions: pick an API resource, then search its permissions; choices from several APIs add up. */
export function ResourceScopePicker({ label, chosen, onChange, forUserRole, error }: ResourceScopePickerProps) {
  const { t } = useI18n();
  const messages = usePickerMessages(t('authorization.searchApiPermissions'));
  // The picker offers the first 100 API resources; permissions within one are searched on the server.
  const resources = useQuery({
    queryKey: ['authz', 'resources', 'picker'],
    queryFn: () => fetchPage(api.GET('/api/resources', { params: { query: { page: 1, page_size: 100 } } })),
  });
  const [picked, setPicked] = useState<string>();
  if (resources.error) return <LoadError error={resources.error} onRetry={() => resources.refetch()} />;
  if (!resources.data) return <Progress label={t('app.loading')} />;
  const all = resources.data.rows;
  if (all.length === 0) return <p className="note">{t('authorization.noResources')}</p>;
  const resource = all.find((row) => row.id === picked) ?? all.find((row) => !isManagementApi(row)) ?? all[0];
  if (!resource) return null;
  const locked = forUserRole && isManagementApi(resource) ? t('authorization.roles.managementScopesLocked') : undefined;
  return (
    <fieldset className="scope-picker">
      <legend>{label}</legend>
      <Select
        label={t('authorization.apiResource')}
        options={all.map((row) => ({ id: row.id, label: row.name }))}
        value={resource.id}
        onChange={setPicked}
      />
      <MultiSearchPicker
        label={t('authorization.permissionsOf', { name: resource.name })}
        description={locked}
        queryKey={['authz', 'scope-picker', resource.id]}
        load={async (search) => {
          const page = await fetchPage(
            api.GET('/api/resources/{resourceId}/scopes', {
              params: {
                path: { resourceId: resource.id },
                query: { page: 1, page_size: 20, search: search || undefined },
              },
            }),
          );
          return page.rows.map((scope) => ({
            id: scope.id,
            label: scope.name,
            detail: scope.description ?? undefined,
            chosenLabel: `${scope.name} · ${resource.name}`,
            disabledReason: locked,
          }));
        }}
        chosen={chosen}
        onChange={onChange}
        messages={messages}
        error={error}
      />
    </fieldset>
  );
}
