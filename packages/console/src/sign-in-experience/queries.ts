import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import type { Settings } from './settings';

type Connector = operations['getConnectors']['responses'][200]['content']['application/json'][number];

export const settingsKey = ['sign-in-experience'];

/** The API's sign-in experience as the form's settings (its id and tenant are not settings). */
function settingsOf(answer: operations['getSignInExp']['responses'][200]['content']['application/json']): Settings {
  const { id: _id, tenantId: _tenantId, ...settings } = answer;
  return settings;
}

export function useSavedSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: async () => settingsOf(await unwrap(api.GET('/api/sign-in-exp'))),
  });
}

/** The connectors that are set up: which passwordless and social sign-ins can work, and the social buttons' names. */
export function useConnectors() {
  return useQuery({
    // Its own key: other pages may list connectors in another shape.
    queryKey: ['sign-in-experience', 'connectors'],
    queryFn: () => unwrap(api.GET('/api/connectors')),
    select: (connectors: Connector[]) => ({
      email: connectors.some((c) => c.type === 'Email'),
      sms: connectors.some((c) => c.type === 'Sms'),
      // One button per target: the first connector of a target names it.
      social: connectors
        .filter((c) => c.type === 'Social')
        .filter((c, index, all) => all.findIndex((other) => other.target === c.target) === index),
    }),
  });
}

export type SocialConnector = Connector;

/** PATCHes the changed fields; the answer becomes the saved settings. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (patch: Partial<Settings>) =>
      settingsOf(await unwrap(api.PATCH('/api/sign-in-exp', { body: patch }))),
    onSuccess: (saved) => client.setQueryData(settingsKey, saved),
  });
}
