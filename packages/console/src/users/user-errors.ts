import { ApiError } from '../api/errors';
import { type FieldErrors, fieldErrorsFromApi } from '../api/form-errors';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import type { PasswordIssue } from './users-queries';

/** The API's "already in use" refusals and the field each one is about. */
const conflictFields: Record<string, { field: string; message: MessageKey }> = {
  'user.username_already_in_use': { field: 'username', message: 'users.error.usernameInUse' },
  'user.email_already_in_use': { field: 'primaryEmail', message: 'users.error.emailInUse' },
  'user.phone_already_in_use': { field: 'primaryPhone', message: 'users.error.phoneInUse' },
};

/** Logto's `password_rejected.*` issue codes, in the console's words. */
const passwordRules: Record<string, MessageKey> = {
  'password_rejected.too_short': 'users.passwordRule.tooShort',
  'password_rejected.too_long': 'users.passwordRule.tooLong',
  'password_rejected.character_types': 'users.passwordRule.characterTypes',
  'password_rejected.pwned': 'users.passwordRule.pwned',
  'password_rejected.restricted.repetition': 'users.passwordRule.repetition',
  'password_rejected.restricted.sequence': 'users.passwordRule.sequence',
  'password_rejected.restricted.user_info': 'users.passwordRule.userInfo',
  'password_rejected.restricted.words': 'users.passwordRule.words',
};

/** Every broken rule of the password policy, one sentence each. */
export function describePasswordIssues(issues: readonly PasswordIssue[], t: Translate): string {
  return issues
    .map((issue) => {
      const key = passwordRules[issue.code];
      return key ? t(key, issue.interpolation) : issue.code;
    })
    .join(' ');
}

const isIssueList = (value: unknown): value is PasswordIssue[] =>
  Array.isArray(value) && value.every((issue) => typeof (issue as PasswordIssue)?.code === 'string');

/**
 * A refused user write as field errors: the schema's issues (`guard.invalid_input`), a taken
 * username, email or phone, a password the policy refuses. Undefined when no field is to blame.
 */
export function userFieldErrors(error: unknown, t: Translate): FieldErrors | undefined {
  const invalid = fieldErrorsFromApi(error);
  if (invalid) return invalid;
  if (!(error instanceof ApiError)) return undefined;
  const conflict = conflictFields[error.code];
  if (conflict) return { [conflict.field]: t(conflict.message) };
  const issues = (error.data as { issues?: unknown } | undefined)?.issues;
  if (error.code === 'password.rejected' && isIssueList(issues)) return { password: describePasswordIssues(issues, t) };
  return undefined;
}
