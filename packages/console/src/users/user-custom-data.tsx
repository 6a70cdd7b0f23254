import { type FormEvent, useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { useStatus } from '../ui/status';
import { TextAreaField } from '../ui/text-area-field';
import { parseCustomData } from './custom-data';
import { FormFailure, useUserFormSubmission } from './user-form-submission';
import { type User, useRefreshUsers } from './users-queries';

const textOf = (data: unknown) => JSON.stringify(data ?? {}, null, 2);

/** The user's custom data as JSON text, checked here, saved whole (PATCH /api/users/:userId/custom-data). */
export function UserCustomData({ user }: { user: User }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshUsers();
  const can = useCan('PATCH', '/api/users/{userId}/custom-data');
  const [draft, setDraft] = useState(() => textOf(user.customData));
  const [invalid, setInvalid] = useState<string>();
  const { failure, pending, run } = useUserFormSubmission();

  function save(event: FormEvent) {
    event.preventDefault();
    const parsed = parseCustomData(draft, t);
    if ('error' in parsed) return setInvalid(parsed.error);
    setInvalid(undefined);
    void run(async () => {
      const saved = await unwrap(
        api.PATCH('/api/users/{userId}/custom-data', {
          params: { path: { userId: user.id } },
          body: { customData: parsed.data },
        }),
      );
      setDraft(textOf(saved));
      await refresh();
      announce(t('users.customData.saved'), 'success');
    });
  }

  return (
    <section aria-labelledby="custom-data-heading">
      <h2 id="custom-data-heading">{t('users.customData.title')}</h2>
      <form className="form" onSubmit={save} noValidate>
        <TextAreaField
          label={t('users.customData.label')}
          description={t('users.customData.description')}
          code
          rows={8}
          value={draft}
          error={invalid}
          isReadOnly={!can.allowed}
          onChange={(value) => {
            setDraft(value);
            setInvalid(undefined);
          }}
        />
        <FormFailure failure={failure} />
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            isDisabled={pending || draft === textOf(user.customData)}
            disabledReason={can.reason}
          >
            {t('users.customData.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
