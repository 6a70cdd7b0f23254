import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { signInAgain } from '../auth/auth-gate';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { LoadError } from '../ui/load-error';
import { Progress } from '../ui/progress';
import { useOwnFactors } from './admins-api';

/**
 * The administrator's own second factors. Setting one up happens where it is safe to: the
 * sign-in page, after the password, so this asks the server to offer it and signs in again.
 */
export function OwnFactors() {
  const { t } = useI18n();
  const factors = useOwnFactors();
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  if (factors.error) return <LoadError error={factors.error} onRetry={() => factors.refetch()} />;
  if (!factors.data) return <Progress label={t('app.loading')} />;
  const names = factors.data.map((factor) => t(`factor.${factor.type}` as MessageKey));
  const setUp = async () => {
    setPending(true);
    setFailure(undefined);
    try {
      await unwrap(api.POST('/api/admins/me/mfa-prompt'));
      await signInAgain();
    } catch (error) {
      setFailure(errorMessage(error));
      setPending(false);
    }
  };
  return (
    <section aria-labelledby="own-factors" className="panel">
      <h2 id="own-factors">{t('administrators.mfa')}</h2>
      <p>
        {names.length === 0 ? t('administrators.mfaNone') : t('administrators.mfaSome', { factors: names.join(', ') })}
      </p>
      <p className="note">{t('administrators.mfaHint')}</p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <Button variant={names.length === 0 ? 'primary' : 'secondary'} onPress={setUp} isDisabled={pending}>
        {t(names.length === 0 ? 'administrators.mfaSetUp' : 'administrators.mfaAddAnother')}
      </Button>
    </section>
  );
}
