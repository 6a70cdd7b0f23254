import type { FieldErrors } from '../api/form-errors';
import type { MessageKey } from '../i18n/en';
import type { JwtCustomizer } from './queries';
import { asJson, contextSamples, starterScript, type TokenKind, tokenSamples } from './samples';

export interface VariableRow {
  name: string;
  value: string;
}

/** The form's state: text as typed (the samples are JSON text until they are sent). */
export interface Draft {
  script: string;
  environment: VariableRow[];
  blockIssuanceOnError: boolean;
  tokenSample: string;
  contextSample: string;
}

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The stored configuration as a draft, or the starter one. A new script refuses tokens when it
 * fails (safer while it is being written); a stored one without the field keeps Logto's old
 * default, issuing without the claims.
 */
export function draftOf(kind: TokenKind, stored: JwtCustomizer | null): Draft {
  return {
    script: stored?.script ?? starterScript,
    environment: Object.entries(stored?.environmentVariables ?? {}).map(([name, value]) => ({ name, value })),
    blockIssuanceOnError: stored ? stored.blockIssuanceOnError === true : true,
    tokenSample: asJson(stored?.tokenSample ?? tokenSamples[kind]),
    contextSample: asJson(stored?.contextSample ?? contextSamples[kind]),
  };
}

/** A JSON object typed in an editor, or the words for why it is not one. */
export function parseJsonObject(text: string, t: Translate): { value: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: t('customJwt.json.invalid', { message: (error as Error).message }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: t('customJwt.json.notObject') };
  return { value: value as Record<string, unknown> };
}

/** The variables as an object; errors are keyed `environmentVariables.<row>.name`. */
export function environmentOf(rows: readonly VariableRow[], t: Translate) {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const name = row.name.trim();
    if (!name) errors[`environmentVariables.${index}.name`] = t('customJwt.env.emptyName');
    else if (seen.has(name)) errors[`environmentVariables.${index}.name`] = t('customJwt.env.duplicate');
    seen.add(name);
  });
  const variables = Object.fromEntries(rows.map((row) => [row.name.trim(), row.value]));
  return { errors, variables };
}

/** What the form checks before it sends: a script that defines the function, named variables, JSON objects. */
export interface DraftBody {
  script: string;
  environmentVariables: Record<string, string>;
  blockIssuanceOnError: boolean;
  tokenSample: Record<string, unknown>;
  contextSample: Record<string, unknown>;
}

export function validateDraft(draft: Draft, t: Translate): { errors: FieldErrors } | { body: DraftBody } {
  const errors: FieldErrors = {};
  if (!draft.script.trim()) errors.script = t('customJwt.script.required');
  else if (!/\bgetCustomJwtClaims\b/.test(draft.script)) errors.script = t('customJwt.script.noFunction');
  const environment = environmentOf(draft.environment, t);
  Object.assign(errors, environment.errors);
  const token = parseJsonObject(draft.tokenSample, t);
  if ('error' in token) errors.tokenSample = token.error;
  const context = parseJsonObject(draft.contextSample, t);
  if ('error' in context) errors.contextSample = context.error;
  if ('error' in token || 'error' in context || Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      script: draft.script,
      environmentVariables: environment.variables,
      blockIssuanceOnError: draft.blockIssuanceOnError,
      tokenSample: token.value,
      contextSample: context.value,
    },
  };
}
