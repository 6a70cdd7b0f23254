import { ApiError } from './errors';

/** A field's dotted path (`oidcClientMetadata.redirectUris.0`) → the message shown next to it. */
export type FieldErrors = Record<string, string>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * One message per field, the first issue of each. Zod's `safeParse` issues and the API's
 * `guard.invalid_input` (`data.issues`) have the same shape, so a form shows the server's
 * refusals next to the same fields as its own checks. An empty path is the form as a whole: `''`.
 */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= issue.message;
  }
  return errors;
}

const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Issue).path) &&
  typeof (value as Issue).message === 'string';

/** The field errors an API refusal carries, or undefined when it names no field. */
export function fieldErrorsFromApi(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ApiError) || error.code !== 'guard.invalid_input') return undefined;
  const issues = (error.data as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues) || !issues.every(isIssue)) return undefined;
  return fieldErrorsOf(issues);
}
