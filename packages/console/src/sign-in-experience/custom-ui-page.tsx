import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { uploadFile } from '../api/upload';
import { BackLink } from '../authorization/shared/back-link';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { useStatus } from '../ui/status';
import { settingsKey } from './queries';
import '../authorization/authorization.css';
import './sign-in-experience.css';

const uploadPath = '/api/sign-in-exp/default/custom-ui-assets';
const customUiKey = ['sign-in-exp', 'custom-ui'] as const;

/**
 * Console › Sign-in experience › Custom sign-in UI (Logto's "bring your own UI"): upload a zip
 * of a sign-in app, which then replaces the built-in pages, and go back to the built-in pages.
 */
export default function CustomUiPage() {
  const { t } = useI18n();
  const active = useQuery({
    queryKey: customUiKey,
    queryFn: async () => (await unwrap(api.GET('/api/sign-in-exp'))).customUiAssets ?? null,
  });
  return (
    <>
      <BackLink href="/console/sign-in-experience" label={t('signInExperience.customUi.back')} />
      <Page title={t('signInExperience.customUi.title')} intro={t('signInExperience.customUi.intro')}>
        {active.isError ? (
          <LoadError error={active.error} onRetry={() => active.refetch()} />
        ) : active.data === undefined ? (
          <Progress label={t('app.loading')} />
        ) : (
          <CustomUi active={active.data} />
        )}
      </Page>
    </>
  );
}

function CustomUi({ active }: { active: { id: string; createdAt: number } | null }) {
  const { t, language } = useI18n();
  const announce = useStatus();
  const client = useQueryClient();
  const uploadReason = useWriteReason('POST', uploadPath);
  const patchReason = useWriteReason('PATCH', '/api/sign-in-exp');
  const reason = uploadReason ?? patchReason;
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<string>();
  const [percent, setPercent] = useState<number>();
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();

  const setActive = async (customUiAssets: { id: string; createdAt: number } | null) => {
    const saved = await unwrap(api.PATCH('/api/sign-in-exp', { body: { customUiAssets } }));
    client.setQueryData(customUiKey, saved.customUiAssets ?? null);
    await client.invalidateQueries({ queryKey: settingsKey });
  };

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError(t('signInExperience.customUi.noFile'));
      return;
    }
    setError(undefined);
    setPercent(0);
    try {
      const { customUiAssetId } = await uploadFile<{ customUiAssetId: string }>(uploadPath, file, setPercent);
      await setActive({ id: customUiAssetId, createdAt: Date.now() });
      announce(t('signInExperience.customUi.uploaded', { id: customUiAssetId }), 'success');
    } catch (failure) {
      setError(t('signInExperience.customUi.refused', { reason: errorMessage(failure) }));
    } finally {
      setPercent(undefined);
    }
  }

  return (
    <>
      <section aria-labelledby={`${inputId}-active`} className="custom-ui-active">
        <h2 id={`${inputId}-active`}>{t('signInExperience.customUi.activeTitle')}</h2>
        {active ? (
          <>
            <dl className="facts">
              <dt>{t('signInExperience.customUi.uploadId')}</dt>
              <dd>
                <code>{active.id}</code>
              </dd>
              <dt>{t('signInExperience.customUi.uploadedAt')}</dt>
              <dd>
                <time dateTime={new Date(active.createdAt).toISOString()}>
                  {new Date(active.createdAt).toLocaleString(language)}
                </time>
              </dd>
            </dl>
            <ConfirmDialog
              triggerLabel={t('signInExperience.customUi.clear')}
              title={t('signInExperience.customUi.clearTitle')}
              intro={t('signInExperience.customUi.clearIntro')}
              losses={[t('signInExperience.customUi.clearLoss', { id: active.id })]}
              confirmLabel={t('signInExperience.customUi.clearConfirm')}
              disabledReason={patchReason}
              onConfirm={async () => {
                await setActive(null);
                announce(t('signInExperience.customUi.cleared'), 'success');
              }}
            />
          </>
        ) : (
          <p>{t('signInExperience.customUi.none')}</p>
        )}
      </section>
      <form className="custom-ui-upload" onSubmit={upload} aria-labelledby={`${inputId}-upload`} noValidate>
        <h2 id={`${inputId}-upload`}>{t('signInExperience.customUi.uploadTitle')}</h2>
        <div className="field">
          <label htmlFor={inputId}>{t('signInExperience.customUi.file')}</label>
          <input
            id={inputId}
            className="input"
            type="file"
            name="file"
            accept=".zip,application/zip"
            disabled={reason !== undefined || percent !== undefined}
            aria-describedby={[helpId, error && errorId].filter(Boolean).join(' ')}
            aria-invalid={error !== undefined || undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0]);
              setError(undefined);
            }}
          />
          <span id={helpId} className="note">
            {t('signInExperience.customUi.fileHelp')}
          </span>
          {error && (
            <span id={errorId} className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
        {percent !== undefined && <Progress label={t('signInExperience.customUi.uploading')} value={percent} />}
        <div className="actions">
          <Button type="submit" variant="primary" isDisabled={percent !== undefined} disabledReason={reason}>
            {t('signInExperience.customUi.upload')}
          </Button>
        </div>
      </form>
    </>
  );
}
