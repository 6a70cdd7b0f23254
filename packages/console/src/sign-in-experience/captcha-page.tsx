import { useQuery, useQueryClient } from '@tanstack/react-query';
import { captchaConfigSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import type { operations } from '../api/schema';
import { BackLink } from '../authorization/shared/back-link';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { Select } from '../ui/select';
import { useStatus } from '../ui/status';
import { Switch } from '../ui/switch';
import { TextField } from '../ui/text-field';
import '../authorization/authorization.css';
import './sign-in-experience.css';

type Provider = operations['getCaptchaProvider']['responses'][200]['content']['application/json'];
type CaptchaType = Provider['config']['type'];
type Mode = 'invisible' | 'checkbox';

interface Draft {
  type: CaptchaType;
  siteKey: string;
  secretKey: string;
  projectId: string;
  domain: string;
  mode: Mode;
}

const draftOf = (provider: Provider | null): Draft => {
  const config = provider?.config;
  const recaptcha = config?.type === 'RecaptchaEnterprise' ? config : undefined;
  return {
    type: config?.type ?? 'Turnstile',
    siteKey: config?.siteKey ?? '',
    secretKey: config?.secretKey ?? '',
    projectId: recaptcha?.projectId ?? '',
    domain: recaptcha?.domain ?? '',
    mode: recaptcha?.mode ?? 'invisible',
  };
};

/** The config the API takes, from the draft: reCAPTCHA's own fields only for reCAPTCHA. */
const bodyOf = (draft: Draft) =>
  draft.type === 'Turnstile'
    ? { type: draft.type, siteKey: draft.siteKey.trim(), secretKey: draft.secretKey.trim() }
    : {
        type: draft.type,
        siteKey: draft.siteKey.trim(),
        secretKey: draft.secretKey.trim(),
        projectId: draft.projectId.trim(),
        ...(draft.domain.trim() && { domain: draft.domain.trim() }),
        mode: draft.mode,
      };

/** The provider, or null when none is set up (the API answers 404). */
function useProvider() {
  return useQuery({
    queryKey: ['captcha', 'provider'],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/captcha-provider'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

function usePolicy() {
  return useQuery({
    queryKey: ['captcha', 'policy'],
    queryFn: async () => (await unwrap(api.GET('/api/sign-in-exp'))).captchaPolicy.enabled === true,
  });
}

function CaptchaSettings({ provider, enabled }: { provider: Provider | null; enabled: boolean }) {
  const { t } = useI18n();
  const announce = useStatus();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['captcha'] });
  const saveReason = useWriteReason('PUT', '/api/captcha-provider');
  const policyReason = useWriteReason('PATCH', '/api/sign-in-exp');
  const [draft, setDraft] = useState(() => draftOf(provider));
  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  const form = useForm(captchaConfigSchema);
  const errors = form.errors;
  const readOnly = saveReason !== undefined;
  const save = () =>
    form.submit(bodyOf(draft), async (config) => {
      const saved = await unwrap(api.PUT('/api/captcha-provider', { body: { config } }));
      setDraft(draftOf(saved));
      await refresh();
    });
  const setEnabled = async (next: boolean) => {
    try {
      await unwrap(api.PATCH('/api/sign-in-exp', { body: { captchaPolicy: { enabled: next } } }));
    } catch (error) {
      announce(errorMessage(error), 'error');
      return;
    }
    await refresh();
    announce(t(next ? 'signInExperience.captcha.nowOn' : 'signInExperience.captcha.nowOff'), 'success');
  };
  const recaptcha = draft.type === 'RecaptchaEnterprise';
  return (
    <>
      <Switch
        label={t('signInExperience.captcha.enable')}
        description={t('signInExperience.captcha.enableHelp')}
        isSelected={enabled && provider !== null}
        onChange={setEnabled}
        disabledReason={policyReason ?? (provider ? undefined : t('signInExperience.captcha.saveFirst'))}
      />
      <section aria-labelledby="captcha-provider-heading">
        <h2 id="captcha-provider-heading">{t('signInExperience.captcha.provider')}</h2>
        <SettingsForm onSubmit={save} disabledReason={saveReason}>
          <Select<CaptchaType>
            label={t('signInExperience.captcha.type')}
            options={[
              { id: 'Turnstile', label: 'Cloudflare Turnstile' },
              { id: 'RecaptchaEnterprise', label: 'Google reCAPTCHA Enterprise' },
            ]}
            value={draft.type}
            onChange={(type) =>
              update({ type, secretKey: type === provider?.config.type ? draftOf(provider).secretKey : '' })
            }
            isDisabled={readOnly}
          />
          <TextField
            label={t('signInExperience.captcha.siteKey')}
            description={t('signInExperience.captcha.siteKeyHelp')}
            value={draft.siteKey}
            onChange={(siteKey) => update({ siteKey })}
            error={errors.siteKey}
            isReadOnly={readOnly}
            isRequired
          />
          <TextField
            label={t(recaptcha ? 'signInExperience.captcha.apiKey' : 'signInExperience.captcha.secretKey')}
            description={t('signInExperience.captcha.secretHelp')}
            type="password"
            autoComplete="off"
            value={draft.secretKey}
            onChange={(secretKey) => update({ secretKey })}
            error={errors.secretKey}
            isReadOnly={readOnly}
            isRequired
          />
          {recaptcha && (
            <>
              <TextField
                label={t('signInExperience.captcha.projectId')}
                value={draft.projectId}
                onChange={(projectId) => update({ projectId })}
                error={errors.projectId}
                isReadOnly={readOnly}
                isRequired
              />
              <TextField
                label={t('signInExperience.captcha.domain')}
                description={t('signInExperience.captcha.domainHelp')}
                value={draft.domain}
                onChange={(domain) => update({ domain })}
                error={errors.domain}
                isReadOnly={readOnly}
              />
              <Select<Mode>
                label={t('signInExperience.captcha.mode')}
                options={[
                  { id: 'invisible', label: t('signInExperience.captcha.mode.invisible') },
                  { id: 'checkbox', label: t('signInExperience.captcha.mode.checkbox') },
                ]}
                value={draft.mode}
                onChange={(mode) => update({ mode })}
                isDisabled={readOnly}
              />
            </>
          )}
        </SettingsForm>
      </section>
      {provider && (
        <div className="danger-zone">
          <ConfirmDialog
            triggerLabel={t('signInExperience.captcha.remove')}
            title={t('signInExperience.captcha.removeTitle')}
            losses={[t('signInExperience.captcha.removeLoss')]}
            confirmLabel={t('signInExperience.captcha.removeConfirm')}
            disabledReason={saveReason}
            onConfirm={async () => {
              await unwrap(api.DELETE('/api/captcha-provider'));
              setDraft(draftOf(null));
              await refresh();
              announce(t('signInExperience.captcha.removed'), 'success');
            }}
          />
        </div>
      )}
    </>
  );
}

/** Console › Sign-in experience › CAPTCHA: the provider, its keys, and whether the sign-in pages require it. */
export default function CaptchaPage() {
  const { t } = useI18n();
  const provider = useProvider();
  const policy = usePolicy();
  const failed = provider.error ?? policy.error;
  return (
    <>
      <BackLink href="/console/sign-in-experience" label={t('signInExperience.title')} />
      <Page title={t('signInExperience.captcha.title')} intro={t('signInExperience.captcha.intro')}>
        {failed ? (
          <LoadError
            error={failed}
            onRetry={() => {
              provider.refetch();
              policy.refetch();
            }}
          />
        ) : provider.data !== undefined && policy.data !== undefined ? (
          <CaptchaSettings provider={provider.data} enabled={policy.data} />
        ) : (
          <Progress label={t('app.loading')} />
        )}
      </Page>
    </>
  );
}
