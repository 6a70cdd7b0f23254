import { type FormEvent, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import type { FieldErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { LoadError } from '../ui/load-error';
import { Progress } from '../ui/progress';
import { Select } from '../ui/select';
import { useStatus } from '../ui/status';
import { TextField } from '../ui/text-field';
import { useAdminMutation, useSignInPolicy } from './admins-api';
import { adminFieldErrors } from './field-errors';

type MfaPolicy = 'PromptAtSignInAndSignUp' | 'Mandatory';

/** How administrators sign in: two-step offered or required, and the shortest password (an Owner's choice). */
export function SignInPolicy({ ownerReason }: { ownerReason?: string }) {
  const { t } = useI18n();
  const announce = useStatus();
  const policy = useSignInPolicy();
  const [mfaPolicy, setMfaPolicy] = useState<MfaPolicy>('PromptAtSignInAndSignUp');
  const [minLength, setMinLength] = useState('12');
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (!policy.data) return;
    setMfaPolicy(policy.data.mfaPolicy);
    setMinLength(String(policy.data.passwordPolicy.length.min));
  }, [policy.data]);
  const save = useAdminMutation(() => {
    const current = policy.data?.passwordPolicy;
    if (!current) throw new Error('policy not loaded');
    return unwrap(
      api.PATCH('/api/admins/sign-in-policy', {
        body: {
          mfaPolicy,
          passwordPolicy: { ...current, length: { ...current.length, min: Number(minLength) } },
        },
      }),
    );
  });
  if (policy.error) return <LoadError error={policy.error} onRetry={() => policy.refetch()} />;
  if (!policy.data) return <Progress label={t('app.loading')} />;
  const disabled = ownerReason !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      await save.mutateAsync(undefined);
      announce(t('administrators.policySaved'), 'success');
    } catch (error) {
      const found = adminFieldErrors(error);
      // The minimum length is the only number here; the server names it `passwordPolicy.length.min`.
      setErrors(found['passwordPolicy.length.min'] ? { minLength: found['passwordPolicy.length.min'] } : found);
    }
  };
  return (
    <section aria-labelledby="admin-policy" className="panel">
      <h2 id="admin-policy">{t('administrators.policy')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <Select
          label={t('administrators.policyMfa')}
          value={mfaPolicy}
          onChange={setMfaPolicy}
          isDisabled={disabled}
          options={(['PromptAtSignInAndSignUp', 'Mandatory'] as const).map((id) => ({
            id,
            label: t(`administrators.policy.${id}`),
          }))}
        />
        <TextField
          label={t('administrators.policyMinLength')}
          type="number"
          inputMode="numeric"
          value={minLength}
          onChange={setMinLength}
          isDisabled={disabled}
          error={errors.minLength}
        />
        {errors[''] && (
          <p role="alert" className="field-error">
            {errors['']}
          </p>
        )}
        <Button type="submit" variant="primary" isDisabled={save.isPending} disabledReason={ownerReason}>
          {t('administrators.policySave')}
        </Button>
      </form>
    </section>
  );
}
