import { type FormEvent, type ReactNode, useState } from 'react';
import { Form } from 'react-aria-components';
import { errorMessage } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { useStatus } from '../../ui/status';
import { useRefresh } from './write-access';

export interface SettingsFormProps {
  /** Resolves true when saved, false when a field shows what to fix; a thrown error shows in words. */
  onSubmit: () => Promise<boolean>;
  /** Why the administrator cannot save (a Viewer, a protected record). */
  disabledReason?: string;
  /** The button's words, "Save" unless given. */
  submitLabel?: string;
  /** What is announced once it worked, "Saved." unless given. */
  doneMessage?: string;
  children: ReactNode;
}

/** A record's editable fields with one Save button; "Saved." is announced, a failure stays beside the button. */
export function SettingsForm({ onSubmit, disabledReason, submitLabel, doneMessage, children }: SettingsFormProps) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setFailure(undefined);
    try {
      if (!(await onSubmit())) return;
      await refresh();
      announce(doneMessage ?? t('authorization.saved'), 'success');
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <Form className="settings-form" onSubmit={save} validationBehavior="aria">
      {children}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={pending} disabledReason={disabledReason}>
          {submitLabel ?? t('authorization.save')}
        </Button>
      </div>
    </Form>
  );
}
