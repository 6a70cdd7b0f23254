import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { managementApi } from '../../auth/logto';
import type { Resource } from '../shared/types';

/**
 * The Management API resource: Tessera is administered through it, so the server refuses to
 * change or delete it. The console knows its indicator from the page (auth/logto.ts).
 */
export const isManagementApi = (resource: Pick<Resource, 'indicator'>) => resource.indicator === managementApi;

export function useResource(id: string) {
  return useQuery({
    queryKey: ['authz', 'resource', id],
    queryFn: () => unwrap(api.GET('/api/resources/{id}', { params: { path: { id } } })),
  });
}
