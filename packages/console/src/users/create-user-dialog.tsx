import { createUserSchema } from '@tessera/server/schemas';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Dialog, DialogTrigger, Heading, Link, Modal, ModalOverlay } from 'react-aria-components';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { fieldErrorsOf } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Progress } from '../ui/progress';
import { RadioGroup } from '../ui/radio-group';
import { TextField } from '../ui/text-field';
import { PasswordOnce } from './password-once';
import { describePasswordIssues } from './user-errors';
import { FormFailure, useUserFormSubmission } from './user-form-submission';
import { checkPassword, type User, useMakePassword, useRefreshUsers } from './users-queries';

type PasswordMode = 'generate' | 'set';
interface Draft {
  username: string;
  primaryEmail: string;
  primaryPhone: string;
  name: string;
  password: string;
}
const emptyDraft: Draft = { username: '', primaryEmail: '', primaryPhone: '', name: '', password: '' };

/** The account as created, and the password it was given (shown once). */
interface Created {
  user: User;
  password?: string;
}

/** The body the API gets: empty fields are left out (the API would store '' as a value). */
function bodyOf(draft: Draft, mode: PasswordMode) {
  const { password, ...profile } = draft;
  const filled = Object.fromEntries(Object.entries(profile).filter(([, value]) => value.trim() !== ''));
  return mode === 'set' ? { ...filled, password } : filled;
}

function CreateUserForm({ onCreated, onCancel }: { onCreated: (created: Created) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const makePassword = useMakePassword();
  const refresh = useRefreshUsers();
  const [draft, setDraft] = useState(emptyDraft);
  const [mode, setMode] = useState<PasswordMode>('generate');
  const { errors, setErrors, failure, setFailure, pending, run } = useUserFormSubmission();
  const field = (key: keyof Draft) => ({
    value: draft[key],
    error: errors[key],
    onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })),
  });

  async function create(): Promise<Created | undefined> {
    const body = bodyOf(draft, mode);
    const parsed = createUserSchema.safeParse(body);
    const found = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
    // Logto's rule: an account is found by at least one of these.
    if (!body.username && !body.primaryEmail && !body.primaryPhone) found.username ??= t('users.error.noIdentifier');
    if (Object.keys(found).length > 0) return void setErrors(found);
    let password: string | undefined;
    if (mode === 'set') {
      const issues = await checkPassword(draft.password);
      if (issues.length > 0) return void setErrors({ password: describePasswordIssues(issues, t) });
    } else {
      const made = await makePassword([draft.username, draft.primaryEmail, draft.primaryPhone, draft.name]);
      if (made.issues.length > 0) return void setFailure(describePasswordIssues(made.issues, t));
      password = made.password;
    }
    const user = await unwrap(api.POST('/api/users', { body: password ? { ...body, password } : body }));
    await refresh();
    return { user, password: password ?? undefined };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const created = await create();
      if (created) onCreated(created);
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Heading slot="title">{t('users.create.title')}</Heading>
      <p className="note">{t('users.create.intro')}</p>
      <TextField label={t('users.field.username')} autoComplete="off" {...field('username')} />
      <TextField label={t('users.field.email')} type="email" autoComplete="off" {...field('primaryEmail')} />
      <TextField
        label={t('users.field.phone')}
        description={t('users.field.phoneHint')}
        type="tel"
        autoComplete="off"
        {...field('primaryPhone')}
      />
      <TextField label={t('users.field.name')} autoComplete="off" {...field('name')} />
      <RadioGroup<PasswordMode>
        label={t('users.create.passwordChoice')}
        value={mode}
        onChange={setMode}
        options={[
          { id: 'generate', label: t('users.create.generate'), description: t('users.create.generateHint') },
          { id: 'set', label: t('users.create.set') },
        ]}
      />
      {mode === 'set' && (
        <TextField
          label={t('users.password.label')}
          type="password"
          autoComplete="new-password"
          {...field('password')}
        />
      )}
      <FormFailure failure={failure} />
      {pending && <Progress label={t('users.create.working')} />}
      <div className="dialog-actions">
        <Button onPress={onCancel} isDisabled={pending}>
          {t('dialog.cancel')}
        </Button>
        <Button type="submit" variant="primary" isDisabled={pending}>
          {t('users.create.submit')}
        </Button>
      </div>
    </form>
  );
}

function CreatedUser({ created, onDone }: { created: Created; onDone: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: start keyboard and screen-reader users at the result.
  useEffect(() => heading.current?.focus(), []);
  const { user, password } = created;
  const facts: Array<[string, string | null]> = [
    [t('users.field.username'), user.username],
    [t('users.field.email'), user.primaryEmail],
    [t('users.field.phone'), user.primaryPhone],
    [t('users.field.id'), user.id],
  ];
  return (
    <>
      <Heading slot="title" ref={heading} tabIndex={-1}>
        {t('users.created.title')}
      </Heading>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term} className="fact">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {password && <PasswordOnce password={password} title={t('users.created.passwordTitle')} />}
      <div className="dialog-actions">
        <Link className="button button-secondary" href={`/console/users/${encodeURIComponent(user.id)}`}>
          {t('users.created.open')}
        </Link>
        <Button variant="primary" onPress={onDone}>
          {t('users.created.done')}
        </Button>
      </div>
    </>
  );
}

/** "Create user" and its dialog: the form, then the new account with its password, shown this once. */
export function CreateUserDialog() {
  const { t } = useI18n();
  const can = useCan('POST', '/api/users');
  const [created, setCreated] = useState<Created>();
  return (
    <DialogTrigger onOpenChange={(open) => !open && setCreated(undefined)}>
      <Button variant="primary" isDisabled={!can.allowed} disabledReason={can.reason}>
        {t('users.create.open')}
      </Button>
      {/* Once the password shows, only Done closes the dialog: a stray Escape or click would lose it. */}
      <ModalOverlay
        className="modal-overlay"
        isDismissable={!created}
        isKeyboardDismissDisabled={created !== undefined}
      >
        <Modal className="modal">
          <Dialog className="dialog user-dialog">
            {({ close }) =>
              created ? (
                <CreatedUser created={created} onDone={close} />
              ) : (
                <CreateUserForm onCreated={setCreated} onCancel={close} />
              )
            }
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
