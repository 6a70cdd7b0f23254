import { type FormEvent, useState } from 'react';
import type { FieldErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Progress } from '../ui/progress';
import { TextField } from '../ui/text-field';
import { adminFieldErrors } from './field-errors';

export interface NewAccount {
  username: string;
  name?: string;
  primaryEmail?: string;
  password: string;
}

/**
 * The new administrator's account (first-run setup, an accepted invitation): the server checks
 * it with its own schema and the administrators' password policy; each refusal shows at its field.
 */
export function AccountForm(props: {
  submitLabel: string;
  withEmail: boolean;
  onSubmit: (account: NewAccount) => Promise<void>;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState({ username: '', name: '', primaryEmail: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const set = (field: keyof typeof values) => (value: string) => setValues((all) => ({ ...all, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.password !== values.confirm) {
      setErrors({ confirm: t('setup.mismatch') });
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await props.onSubmit({
        username: values.username,
        password: values.password,
        ...(values.name && { name: values.name }),
        ...(props.withEmail && values.primaryEmail && { primaryEmail: values.primaryEmail }),
      });
    } catch (error) {
      setErrors(adminFieldErrors(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label={t('administrators.username')}
        value={values.username}
        onChange={set('username')}
        autoComplete="username"
        isRequired
        error={errors.username}
      />
      <TextField
        label={t('administrators.name')}
        value={values.name}
        onChange={set('name')}
        autoComplete="name"
        error={errors.name}
      />
      {props.withEmail && (
        <TextField
          label={t('administrators.email')}
          type="email"
          value={values.primaryEmail}
          onChange={set('primaryEmail')}
          autoComplete="email"
          error={errors.primaryEmail}
        />
      )}
      <TextField
        label={t('setup.password')}
        type="password"
        value={values.password}
        onChange={set('password')}
        autoComplete="new-password"
        isRequired
        error={errors.password}
      />
      <TextField
        label={t('setup.confirm')}
        type="password"
        value={values.confirm}
        onChange={set('confirm')}
        autoComplete="new-password"
        isRequired
        error={errors.confirm}
      />
      {errors[''] && (
        <p role="alert" className="field-error">
          {errors['']}
        </p>
      )}
      {pending && <Progress label={t('dialog.working')} />}
      <Button type="submit" variant="primary" isDisabled={pending}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
