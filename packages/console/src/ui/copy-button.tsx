import { useI18n } from '../i18n/i18n';
import { Button } from './button';
import { useStatus } from './status';

/** Copies `value`; `label` names what is copied, in the button's name and in the confirmation. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const announce = useStatus();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      announce(t('copy.done', { label }), 'success');
    } catch {
      announce(t('copy.failed', { label }), 'error');
    }
  };
  return (
    <Button variant="quiet" onPress={copy} aria-label={t('copy.button', { label })}>
      {t('copy.short')}
    </Button>
  );
}
