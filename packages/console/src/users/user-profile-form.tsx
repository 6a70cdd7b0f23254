import { updateUserSchema } from '@tessera/server/schemas';
import { type FormEvent, useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { fieldErrorsOf } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { useStatus } from '../ui/status';
import { TextField } from '../ui/text-field';
import { FormFailure, useUserFormSubmission } from './user-form-submission';
import { type User, useRefreshUsers } from './users-queries';

const fields = ['name', 'username', 'primaryEmail', 'primaryPhone'] as const;
type Field = (typeof fields)[number];
type Draft = Record<Field, string>;

const draftOf = (user: User): Draft => ({
  name: user.name ?? '',
  username: user.username ?? '',
  primaryEmail: user.primaryEmail ?? '',
  primaryPhone: user.primaryPhone ?? '',
});

/** The name and sign-in identifiers; only changed fields are sent, and an emptied one is cleared (''). */
export function UserProfileForm({ user }: { user: User }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshUsers();
  const can = useCan('PATCH', '/api/users/{userId}');
  const [draft, setDraft] = useState(() => draftOf(user));
  const { errors, setErrors, failure, pending, run } = useUserFormSubmission();
  const saved = draftOf(user);
  const changes = Object.fromEntries(fields.filter((key) => draft[key] !== saved[key]).map((key) => [key, draft[key]]));
  const labels: Record<Field, string> = {
    name: t('users.field.name'),
    username: t('users.field.username'),
    primaryEmail: t('users.field.email'),
    primaryPhone: t('users.field.phone'),
  };

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const parsed = updateUserSchema.safeParse(changes);
      if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues));
      const updated = await unwrap(
        api.PATCH('/api/users/{userId}', { params: { path: { userId: user.id } }, body: changes }),
      );
      setDraft(draftOf(updated));
      await refresh();
      announce(t('users.profile.saved'), 'success');
    });
  }

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('users.profile.title')}</h2>
      <form className="form form-grid" onSubmit={save} noValidate>
        {fields.map((key) => (
          <TextField
            key={key}
            label={labels[key]}
            description={key === 'primaryPhone' ? t('users.field.phoneHint') : undefined}
            type={key === 'primaryEmail' ? 'email' : key === 'primaryPhone' ? 'tel' : 'text'}
            autoComplete="off"
            value={draft[key]}
            error={errors[key]}
            isReadOnly={!can.allowed}
            onChange={(value) => setDraft((current) => ({ ...current, [key]: value }))}
          />
        ))}
        <FormFailure failure={failure} />
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            isDisabled={pending || Object.keys(changes).length === 0}
            disabledReason={can.reason}
          >
            {t('users.profile.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
