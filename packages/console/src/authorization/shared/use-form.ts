import { useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../api/errors';
import { type FieldErrors, fieldErrorsFromApi, fieldErrorsOf } from '../../api/form-errors';
import { useI18n } from '../../i18n/i18n';

/** An API refusal code that concerns one field (a name already in use), and its message in words. */
export type CodeFields = Record<string, { field: string; message: string }>;

/**
 * A form checked with the server's zod schema before it is sent, with the API's refusals put
 * next to their field: `guard.invalid_input` by path, and the codes in `codeFields` by name.
 * `submit` resolves true when sent, false when a field shows what to fix; other errors throw.
 */
export function useForm<S extends z.ZodType>(schema: S, codeFields: CodeFields = {}) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (input: unknown, send: (body: z.output<S>) => Promise<unknown>): Promise<boolean> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      // An empty required text is said plainly rather than as zod's "too small".
      const issues = parsed.error.issues.map((issue) =>
        issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1
          ? { ...issue, message: t('authorization.required') }
          : issue,
      );
      setErrors(fieldErrorsOf(issues));
      return false;
    }
    setErrors({});
    try {
      await send(parsed.data);
      return true;
    } catch (error) {
      const known = error instanceof ApiError ? codeFields[error.code] : undefined;
      const fields = fieldErrorsFromApi(error) ?? (known && { [known.field]: known.message });
      if (!fields) throw error;
      setErrors(fields);
      return false;
    }
  };
  return { errors, submit };
}
