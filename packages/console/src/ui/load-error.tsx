import { errorMessage } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Button } from './button';

/** A query that failed: what went wrong, in words, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="load-error">
      <p>{t('error.loadFailed', { message: errorMessage(error) })}</p>
      <Button onPress={onRetry}>{t('error.retry')}</Button>
    </div>
  );
}
