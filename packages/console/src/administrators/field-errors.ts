import { ApiError, errorMessage } from '../api/errors';
import { type FieldErrors, fieldErrorsFromApi } from '../api/form-errors';

/** Refusals the server answers with a code instead of field issues, and the field each concerns. */
const fieldOfCode: Record<string, string> = {
  'password.rejected': 'password',
  'user.username_already_in_use': 'username',
  'user.email_already_in_use': 'primaryEmail',
};

/** Where to show an administrator form's refusal: at its field, else for the whole form (`''`). */
export function adminFieldErrors(error: unknown): FieldErrors {
  const fromIssues = fieldErrorsFromApi(error);
  if (fromIssues) return fromIssues;
  const field = error instanceof ApiError ? fieldOfCode[error.code] : undefined;
  return { [field ?? '']: errorMessage(error) };
}
