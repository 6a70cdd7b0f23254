import { useState } from 'react';
import { errorMessage } from '../api/errors';
import type { FieldErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { userFieldErrors } from './user-errors';

/**
 * A user form's submission state: `run` clears the last errors, does the work, and puts a
 * refusal next to its field (or, when no field is to blame, under the form).
 */
export function useUserFormSubmission() {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  async function run(work: () => Promise<void>) {
    setErrors({});
    setFailure(undefined);
    setPending(true);
    try {
      await work();
    } catch (error) {
      const fields = userFieldErrors(error, t);
      if (fields) setErrors(fields);
      else setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  }
  return { errors, setErrors, failure, setFailure, pending, run };
}

/** What went wrong with the form as a whole, announced as it appears. */
export function FormFailure({ failure }: { failure?: string }) {
  if (!failure) return null;
  return (
    <p role="alert" className="field-error">
      {failure}
    </p>
  );
}
