import { ApiError } from '../api/errors';
import { fieldErrorsFromApi, fieldErrorsOf } from '../api/form-errors';

/** What an API refusal says about the form: messages by field path, and the refusal's own sentence. */
export interface Refusal {
  fields: Record<string, string>;
  message: string;
  code: string;
}

const hasIssues = (data: unknown): data is { issues: Array<{ path: PropertyKey[]; message: string }> } =>
  typeof data === 'object' &&
  data !== null &&
  Array.isArray((data as { issues?: unknown }).issues) &&
  (data as { issues: unknown[] }).issues.every(
    (issue) =>
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray((issue as { path?: unknown }).path) &&
      typeof (issue as { message?: unknown }).message === 'string',
  );

/** "must be …" → "Must be …": the server's issue messages read as sentences next to a field. */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * The field errors of a connector write or test: `connector.invalid_config` names config paths
 * (`templates.0.content`), `guard.invalid_input` names body paths (`config.port`, `metadata.target`,
 * `phone`); config paths lose their `config.` prefix so both land on the same fields.
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const raw =
    error.code === 'connector.invalid_config' && hasIssues(error.data)
      ? fieldErrorsOf(error.data.issues)
      : fieldErrorsFromApi(error);
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(raw ?? {}))
    fields[path.startsWith('config.') ? path.slice('config.'.length) : path] = sentence(message);
  return { fields, message: error.message, code: error.code };
}
