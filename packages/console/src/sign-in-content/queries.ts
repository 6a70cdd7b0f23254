import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailTemplateFilter } from '@tessera/server/schemas';
import { api, unwrap } from '../api/client';

/** Every query of these pages starts with this key, so one write reloads what they show. */
const root = 'sign-in-content';

export const useCustomPhrases = () =>
  useQuery({ queryKey: [root, 'phrases'], queryFn: () => unwrap(api.GET('/api/custom-phrases')) });

export const useEmailTemplates = (query: EmailTemplateFilter) =>
  useQuery({
    queryKey: [root, 'email-templates', query],
    queryFn: () => unwrap(api.GET('/api/email-templates', { params: { query } })),
  });

export const useProfileFields = () =>
  useQuery({ queryKey: [root, 'profile-fields'], queryFn: () => unwrap(api.GET('/api/custom-profile-fields')) });

export type ProfileField = NonNullable<ReturnType<typeof useProfileFields>['data']>[number];
export type EmailTemplate = NonNullable<ReturnType<typeof useEmailTemplates>['data']>[number];

/** Reloads what these pages show after a write. */
export function useReload() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [root] });
}
