import { useI18n } from '../i18n/i18n';
import { ShownOnce } from '../ui/shown-once';

/**
 * A password the console made, shown this one time: the server keeps only its hash, so once this
 * panel goes the password cannot be shown again (only replaced).
 */
export function PasswordOnce({ password, title }: { password: string; title: string }) {
  const { t } = useI18n();
  return (
    <ShownOnce
      title={title}
      warning={t('users.password.onceWarning')}
      label={t('users.password.label')}
      value={password}
    />
  );
}
