import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import type { TokenKind } from './samples';

/** A stored script configuration, as `GET /api/configs/jwt-customizer/:tokenTypePath` answers it. */
export type JwtCustomizer = NonNullable<Awaited<ReturnType<typeof fetchConfig>>>;

const keyOf = (kind: TokenKind) => ['jwt-customizer', kind] as const;

async function fetchConfig(kind: TokenKind) {
  try {
    return await unwrap(
      api.GET('/api/configs/jwt-customizer/{tokenTypePath}', { params: { path: { tokenTypePath: kind } } }),
    );
  } catch (error) {
    // Not set yet: the page offers the starter script.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The script of one kind of token, or null when none is set. */
export function useJwtCustomizer(kind: TokenKind) {
  return useQuery({ queryKey: keyOf(kind), queryFn: () => fetchConfig(kind) });
}

/** Which kinds have a script, for the overview. */
export function useJwtCustomizers() {
  return useQuery({
    queryKey: ['jwt-customizer'],
    queryFn: () => unwrap(api.GET('/api/configs/jwt-customizer')),
  });
}

export function useRefreshJwtCustomizers() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: ['jwt-customizer'] }), [client]);
}
