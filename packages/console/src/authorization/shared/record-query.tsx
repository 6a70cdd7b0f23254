import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { LoadError } from '../../ui/load-error';
import { Progress } from '../../ui/progress';

/** A record's page body once its query has an answer: a busy indicator before, the error in words on failure. */
export function WhenLoaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (query.error) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  if (query.data === undefined) return <Progress label={t('app.loading')} />;
  return <>{children(query.data)}</>;
}
