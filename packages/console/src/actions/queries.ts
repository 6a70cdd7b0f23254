import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import type { ActionType } from './action-types';

/** A stored action, as `GET /api/configs/actions/:actionType` answers it. */
export type StoredAction = NonNullable<Awaited<ReturnType<typeof fetchAction>>>;

async function fetchAction(type: ActionType) {
  try {
    return await unwrap(api.GET('/api/configs/actions/{actionType}', { params: { path: { actionType: type } } }));
  } catch (error) {
    // Not set yet: the page offers the starter script.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const useAction = (type: ActionType) =>
  useQuery({ queryKey: ['actions', type], queryFn: () => fetchAction(type) });

export const useActions = () =>
  useQuery({ queryKey: ['actions'], queryFn: () => unwrap(api.GET('/api/configs/actions')) });

export function useRefreshActions() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: ['actions'] }), [client]);
}
