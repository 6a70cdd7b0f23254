import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import type { FieldErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { Select } from '../ui/select';
import { useStatus } from '../ui/status';
import { TextField } from '../ui/text-field';
import { type AdminRoleKey, adminRoleKeys, useAdminMutation } from './admins-api';
import { adminFieldErrors } from './field-errors';

/** The role picker every form of this page uses. */
export function RoleSelect(props: {
  label: string;
  value: AdminRoleKey;
  onChange: (role: AdminRoleKey) => void;
  isDisabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Select
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      isDisabled={props.isDisabled}
      options={adminRoleKeys.map((role) => ({ id: role, label: t(`role.${role}`) }))}
    />
  );
}

/** Something shown once (a generated password, an invitation link), with a copy button. */
export function ShownOnce({ heading, label, value }: { heading: string; label: string; value: string }) {
  return (
    <div className="shown-once" role="status">
      <p>{heading}</p>
      <code>{value}</code>
      <CopyButton value={value} label={label} />
    </div>
  );
}

/** Owner: a new administrator with a generated password (answered once by the API). */
export function CreateAdmin({ disabledReason }: { disabledReason?: string }) {
  const { t } = useI18n();
  const announce = useStatus();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AdminRoleKey>('admin');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ name: string; password: string }>();
  const create = useAdminMutation(() =>
    unwrap(
      api.POST('/api/admins', {
        body: { username, role, ...(name && { name }), ...(email && { primaryEmail: email }) },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      const admin = await create.mutateAsync(undefined);
      const shown = admin.name || admin.username || username;
      setCreated({ name: shown, password: admin.password ?? '' });
      announce(t('administrators.created', { name: shown }), 'success');
      setUsername('');
      setName('');
      setEmail('');
    } catch (error) {
      setErrors(adminFieldErrors(error));
    }
  };
  const disabled = disabledReason !== undefined;
  return (
    <section aria-labelledby="add-admin" className="panel">
      <h2 id="add-admin">{t('administrators.add')}</h2>
      <p className="note">{t('administrators.addIntro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('administrators.username')}
          value={username}
          onChange={setUsername}
          isRequired
          isDisabled={disabled}
          error={errors.username}
        />
        <TextField
          label={t('administrators.name')}
          value={name}
          onChange={setName}
          isDisabled={disabled}
          error={errors.name}
        />
        <TextField
          label={t('administrators.email')}
          type="email"
          value={email}
          onChange={setEmail}
          isDisabled={disabled}
          error={errors.primaryEmail}
        />
        <RoleSelect label={t('administrators.role')} value={role} onChange={setRole} isDisabled={disabled} />
        {errors[''] && (
          <p role="alert" className="field-error">
            {errors['']}
          </p>
        )}
        <Button type="submit" variant="primary" isDisabled={create.isPending} disabledReason={disabledReason}>
          {t('administrators.create')}
        </Button>
      </form>
      {created && (
        <ShownOnce
          heading={t('administrators.passwordOnce', { name: created.name })}
          label={t('administrators.password')}
          value={created.password}
        />
      )}
    </section>
  );
}
