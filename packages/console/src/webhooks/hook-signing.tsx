import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { CopyButton } from '../ui/copy-button';
import { Progress } from '../ui/progress';
import { useStatus } from '../ui/status';
import { TextField } from '../ui/text-field';
import { type Hook, useRefreshHooks } from './queries';

type TestOutcome = { ok: true } | { ok: false; message: string };

/** The signing key, hidden until asked for, its rotation, and "send a test". */
export function HookSigning({ hook }: { hook: Hook }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshHooks();
  const rotateReason = useWriteReason('PATCH', '/api/hooks/{id}/signing-key');
  const testReason = useWriteReason('POST', '/api/hooks/{id}/test');
  const [revealed, setRevealed] = useState(false);
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome>();
  const path = { params: { path: { id: hook.id } } };
  const sendTest = async () => {
    setTesting(true);
    setOutcome(undefined);
    try {
      await unwrap(api.POST('/api/hooks/{id}/test', { ...path, body: { events: hook.events, config: hook.config } }));
      setOutcome({ ok: true });
    } catch (error) {
      setOutcome({ ok: false, message: errorMessage(error) });
    } finally {
      setTesting(false);
    }
  };
  return (
    <>
      <section className="signing-key" aria-labelledby="hook-signing-key">
        <h2 id="hook-signing-key">{t('webhooks.signingKey')}</h2>
        <p className="field-help">{t('webhooks.signingKeyHelp')}</p>
        {revealed ? (
          <div className="secret-row">
            <TextField label={t('webhooks.signingKey')} value={hook.signingKey} isReadOnly />
            <CopyButton value={hook.signingKey} label={t('webhooks.signingKey')} />
          </div>
        ) : (
          <p>{t('webhooks.hidden')}</p>
        )}
        <div className="row-actions">
          <Button onPress={() => setRevealed(!revealed)} aria-expanded={revealed}>
            {revealed ? t('webhooks.hide') : t('webhooks.reveal')}
          </Button>
          <ConfirmDialog
            triggerLabel={t('webhooks.rotate')}
            title={t('webhooks.rotateTitle', { name: hook.name })}
            losses={[t('webhooks.rotateLoss')]}
            confirmLabel={t('webhooks.rotateConfirm')}
            disabledReason={rotateReason}
            onConfirm={async () => {
              await unwrap(api.PATCH('/api/hooks/{id}/signing-key', path));
              await refresh();
              announce(t('webhooks.rotated'), 'success');
            }}
          />
        </div>
      </section>
      <section className="hook-test" aria-labelledby="hook-test">
        <h2 id="hook-test">{t('webhooks.test')}</h2>
        <p className="field-help">{t('webhooks.testHelp')}</p>
        <div>
          <Button variant="primary" onPress={sendTest} isDisabled={testing} disabledReason={testReason}>
            {t('webhooks.test')}
          </Button>
        </div>
        {testing && <Progress label={t('webhooks.testSending')} />}
        <div role="status" className="test-outcome">
          {outcome?.ok && <p className="test-ok">{t('webhooks.testOk', { count: hook.events.length })}</p>}
          {outcome && !outcome.ok && (
            <p className="field-error">{t('webhooks.testFailed', { message: outcome.message })}</p>
          )}
        </div>
      </section>
    </>
  );
}
