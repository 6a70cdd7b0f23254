import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { CopyButton } from '../ui/copy-button';
import { TextField } from '../ui/text-field';

/**
 * A password the console made, shown this one time: the server keeps only its hash, so once this
 * panel goes the password cannot be shown again (only replaced).
 */
export function PasswordOnce({ password, title }: { password: string; title: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const label = t('users.password.label');
  return (
    <section className="password-once" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="password-once-warning">{t('users.password.onceWarning')}</p>
      <div className="password-once-value">
        <TextField label={label} value={password} isReadOnly spellCheck="false" autoComplete="off" />
        <CopyButton value={password} label={label} />
      </div>
    </section>
  );
}
