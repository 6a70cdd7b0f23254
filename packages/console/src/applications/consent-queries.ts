import { useQuery } from '@tanstack/react-query';
import type { ConsentScopesInput } from '@tessera/server/schemas';
import { api, unwrap } from '../api/client';

const appPath = (applicationId: string) => ({ params: { path: { applicationId } } });

/** The scopes a third-party app may ask its users to consent to. */
export function useConsentScopes(applicationId: string) {
  return useQuery({
    queryKey: ['authz', 'application', applicationId, 'consent-scopes'],
    queryFn: () => unwrap(api.GET('/api/applications/{applicationId}/user-consent-scopes', appPath(applicationId))),
  });
}
export type ConsentScopes = NonNullable<ReturnType<typeof useConsentScopes>['data']>;
export type ConsentScopeType = keyof ConsentScopes;

/** The app's own sign-in experience; undefined while none is set (the API answers 404). */
export function useAppSignInExperience(applicationId: string) {
  return useQuery({
    queryKey: ['authz', 'application', applicationId, 'sign-in-experience'],
    queryFn: async () => {
      const { data, error, response } = await api.GET(
        '/api/applications/{applicationId}/sign-in-experience',
        appPath(applicationId),
      );
      if (response.status === 404) return null;
      return unwrap(Promise.resolve({ data, error, response }));
    },
  });
}

export const addConsentScopes = (applicationId: string, body: ConsentScopesInput) =>
  unwrap(api.POST('/api/applications/{applicationId}/user-consent-scopes', { ...appPath(applicationId), body }));

export const removeConsentScope = (applicationId: string, scopeType: ConsentScopeType, scopeId: string) =>
  unwrap(
    api.DELETE('/api/applications/{applicationId}/user-consent-scopes/{scopeType}/{scopeId}', {
      params: { path: { applicationId, scopeType, scopeId } },
    }),
  );
