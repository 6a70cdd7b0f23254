import { useQuery } from '@tanstack/react-query';
import type { ApplicationType } from '@tessera/server/schemas';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import type { MessageKey } from '../i18n/en';

type Ok<O extends keyof operations> = operations[O]['responses'] extends {
  200: { content: { 'application/json': infer T } };
}
  ? T
  : never;
type Item<T> = T extends ReadonlyArray<infer I> ? I : never;

const fetchApplication = (id: string) => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } }));
/** An application as the typed client answers it. */
export type Application = Awaited<ReturnType<typeof fetchApplication>>;
export type ApplicationListItem = Application;
export type Secret = Item<Ok<'getApplicationsByIdSecrets'>>;

export const typeKey = (type: ApplicationType): MessageKey => `applications.type.${type}`;

/**
 * Query keys start with 'authz' like the authorization pages', so the shared write helpers
 * (SettingsForm, useAfterWrite) reload these too after a write.
 */
export const appKey = (id: string) => ['authz', 'application', id] as const;
export const secretsKey = (id: string) => ['authz', 'application', id, 'secrets'] as const;

export function useApplication(id: string) {
  return useQuery({
    queryKey: appKey(id),
    queryFn: () => fetchApplication(id),
  });
}
