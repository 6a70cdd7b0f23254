import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCan } from '../api/can';
import type { operations } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { Progress } from '../ui/progress';

type Json<Op extends keyof operations> = operations[Op]['responses'] extends {
  200: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type HookListItem = Json<'getHooks'>[number];
export type Hook = Json<'getHooksById'>;
export type HookLog = Json<'getHooksByIdRecentLogs'>[number];

/** After a write: every webhook list and record loads again where it is shown. */
export function useRefreshHooks(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['hooks'] });
}

/**
 * Webhook answers hold signing keys, so reading them takes write access: a Viewer is told so in
 * words instead of getting a refusal.
 */
export function WhenHooksReadable({
  children,
  fallback = (notice) => <p>{notice}</p>,
}: {
  children: ReactNode;
  /** What shows instead, around the notice (a page needs its heading). */
  fallback?: (notice: string) => ReactNode;
}) {
  const { t } = useI18n();
  const can = useCan('GET', '/api/hooks');
  if (can.allowed) return <>{children}</>;
  if (can.reason === undefined) return <Progress label={t('app.loading')} />;
  return <>{fallback(t('webhooks.notReadable'))}</>;
}
