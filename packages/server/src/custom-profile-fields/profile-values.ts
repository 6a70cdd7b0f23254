// What a person enters for the custom profile fields at sign-up: checked against each field's
// settings, then split into the user's columns, OIDC profile claims and custom data.
import type { CustomProfileField, FieldType } from './custom-profile-fields.schemas.js';

/** Names stored on the user itself rather than in custom data. */
export const profileClaimNames = [
  'familyName',
  'givenName',
  'middleName',
  'nickname',
  'profile',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'address',
] as const;
const userColumns = ['name', 'avatar'] as const;
/** Names a field may not take: sign-in identifiers and the reserved `preferredUsername`. */
export const reservedNames = ['username', 'primaryEmail', 'primaryPhone', 'email', 'phone', 'preferredUsername'];
/** Logto's reserved custom data keys: its console keeps a user's own data under these, so no field may take them. */
export const reservedCustomDataKeys = ['onboarding', 'guideRequests', 'adminConsolePreferences', 'defaultTenantId'];

/** An entered value's problem: `code` and `interpolation` let a page say it in its own language. */
export interface FieldIssue {
  name: string;
  message: string;
  code: string;
  interpolation: Record<string, string | number>;
}

const englishMessages = {
  required: '{label} is required.',
  number: '{label} must be a number.',
  min_value: '{label} must be at least {min}.',
  max_value: '{label} must be at most {max}.',
  checkbox: '{label} must be checked or unchecked.',
  text: '{label} must be text.',
  too_long: '{label} is too long.',
  option: 'Choose one of the options for {label}.',
  url: '{label} must be a web address starting with http:// or https://.',
  format: '{label} is not in the expected format.',
  date: '{label} must be a date in the format {format}.',
  min_length: '{label} must be at least {min} characters.',
  max_length: '{label} must be at most {max} characters.',
  unknown: 'There is no profile field named {label}.',
} as const;
type Problem = { code: keyof typeof englishMessages; values: Record<string, string | number> };

function issue(name: string, { code, values }: Problem): FieldIssue {
  const message = englishMessages[code].replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
  return { name, message, code: `profile_field.${code}`, interpolation: values };
}

export interface ProfileChanges {
  name?: string;
  avatar?: string;
  profile: Record<string, unknown>;
  customData: Record<string, unknown>;
}

interface Rule {
  type: FieldType;
  label: string;
  required: boolean;
  config: Record<string, unknown>;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

const dateFormats: Record<string, RegExp> = {
  'yyyy-MM-dd': /^(\d{4})-(\d{2})-(\d{2})$/,
  'MM/dd/yyyy': /^(\d{2})\/(\d{2})\/(\d{4})$/,
  'dd/MM/yyyy': /^(\d{2})\/(\d{2})\/(\d{4})$/,
};

function validDate(value: string, format: string): boolean {
  const match = dateFormats[format]?.exec(value);
  if (!match) return format === 'custom' || !(format in dateFormats) ? value.length <= 64 : false;
  const [y, m, d] =
    format === 'yyyy-MM-dd'
      ? [match[1], match[2], match[3]]
      : format === 'MM/dd/yyyy'
        ? [match[3], match[1], match[2]]
        : [match[3], match[2], match[1]];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** The value for one field (or part), or the words saying what is wrong with it. */
function check(rule: Rule, value: unknown): { value?: unknown; error?: Problem } {
  const { label, config } = rule;
  const fail = (code: Problem['code'], more: Record<string, string | number> = {}) => ({
    error: { code, values: { label, ...more } },
  });
  if (isBlank(value) || (rule.type === 'Checkbox' && value === false && rule.required))
    return rule.required ? fail('required') : {};
  switch (rule.type) {
    case 'Number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      if (!Number.isFinite(n)) return fail('number');
      const min = num(config.minValue);
      const max = num(config.maxValue);
      if (min !== undefined && n < min) return fail('min_value', { min });
      if (max !== undefined && n > max) return fail('max_value', { max });
      return { value: n };
    }
    case 'Checkbox':
      if (typeof value === 'boolean') return { value };
      if (value === 'true' || value === 'false') return { value: value === 'true' };
      return fail('checkbox');
    default:
      break;
  }
  if (typeof value !== 'string') return fail('text');
  if (value.length > 4096) return fail('too_long');
  switch (rule.type) {
    case 'Select': {
      const options = (config.options as Array<{ value: string }> | undefined) ?? [];
      return options.some((o) => o.value === value) ? { value } : fail('option');
    }
    case 'Url':
      return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) ? { value } : fail('url');
    case 'Regex':
      return safeTest(String(config.format), value) ? { value } : fail('format');
    case 'Date':
      return validDate(value, String(config.format ?? 'yyyy-MM-dd'))
        ? { value }
        : fail('date', { format: String(config.customFormat ?? config.format ?? 'yyyy-MM-dd') });
    default: {
      const min = num(config.minLength);
      const max = num(config.maxLength);
      if (min !== undefined && value.length < min) return fail('min_length', { min });
      if (max !== undefined && value.length > max) return fail('max_length', { max });
      return { value };
    }
  }
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return false;
  }
}

/** Whether a pattern compiles: Regex fields are refused at creation otherwise. */
export const isValidPattern = (pattern: string) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};

type Part = { enabled: boolean; name: string; type: FieldType; label?: string; required: boolean; config?: object };

/** An Address or Fullname field: an object of its enabled parts, each checked as a field. */
function checkParts(
  field: CustomProfileField,
  value: unknown,
  issues: FieldIssue[],
): Record<string, unknown> | undefined {
  const parts = ((field.config.parts as Part[] | undefined) ?? []).filter((p) => p.enabled);
  if (isBlank(value)) {
    if (field.required)
      issues.push(issue(field.name, { code: 'required', values: { label: field.label || field.name } }));
    return undefined;
  }
  const given = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const p of parts) {
    const rule = { type: p.type, label: p.label ?? p.name, required: p.required, config: { ...p.config } };
    const result = check(rule, given[p.name]);
    if (result.error) issues.push(issue(`${field.name}.${p.name}`, result.error));
    else if (result.value !== undefined) out[p.name] = result.value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Checks the values against the fields (unknown names are refused, every problem is listed) and
 * places each value: `name`/`avatar` on the user, OIDC claims (and a Fullname's parts) in its
 * profile, anything else in custom data.
 */
export function placeProfileValues(
  fields: CustomProfileField[],
  values: Record<string, unknown>,
): { changes: ProfileChanges; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const changes: ProfileChanges = { profile: {}, customData: {} };
  const known = new Set(fields.map((f) => f.name));
  for (const name of Object.keys(values))
    if (!known.has(name)) issues.push(issue(name, { code: 'unknown', values: { label: name } }));
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'Address' || field.type === 'Fullname') {
      const parts = checkParts(field, value, issues);
      if (!parts) continue;
      if (field.type === 'Fullname') Object.assign(changes.profile, parts);
      else if (field.name === 'address') changes.profile.address = parts;
      else changes.customData[field.name] = parts;
      continue;
    }
    const rule = { type: field.type, label: field.label || field.name, required: field.required, config: field.config };
    const result = check(rule, value);
    if (result.error) issues.push(issue(field.name, result.error));
    if (result.value === undefined) continue;
    if ((userColumns as readonly string[]).includes(field.name))
      changes[field.name as 'name' | 'avatar'] = String(result.value);
    else if ((profileClaimNames as readonly string[]).includes(field.name))
      changes.profile[field.name] = String(result.value);
    else changes.customData[field.name] = result.value;
  }
  return { changes, issues };
}
