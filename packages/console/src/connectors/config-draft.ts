/**
 * A connector config as the form holds it, driven by the factory's JSON schema (GET
 * /api/connector-factories `configSchema`): text and number fields hold what was typed, nested
 * objects and lists of objects hold drafts of their own, and what the form cannot break into
 * fields (a free map, a union) holds JSON text. `toConfig` turns the draft back into the config
 * the API takes, and says which fields are missing or unreadable before anything is sent.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  secret?: boolean;
  format?: string;
  minItems?: number;
  additionalProperties?: boolean | JsonSchema;
}

export type Draft = string | boolean | string[] | DraftObject | DraftObject[];
export interface DraftObject {
  [key: string]: Draft;
}

export type FieldKind =
  | 'hidden'
  | 'text'
  | 'secret'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'choices'
  | 'object'
  | 'list'
  | 'json';

const enumOf = (schema: JsonSchema | undefined) =>
  schema?.enum?.every((value) => typeof value === 'string') ? (schema.enum as string[]) : undefined;

/** How the form shows a field of this schema. */
export function kindOf(schema: JsonSchema): FieldKind {
  if (schema.const !== undefined) return 'hidden';
  if (schema.type === 'string') {
    if (enumOf(schema)) return 'enum';
    return schema.secret ? 'secret' : 'text';
  }
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'object' && schema.properties && schema.additionalProperties === false) return 'object';
  if (schema.type === 'array' && schema.items?.type === 'object' && schema.items.properties) return 'list';
  if (schema.type === 'array' && enumOf(schema.items)) return 'choices';
  return 'json';
}

export const optionsOf = (schema: JsonSchema): string[] => enumOf(schema) ?? enumOf(schema.items) ?? [];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The draft of a config (a stored one, masked, or an empty one: defaults filled in). */
export function draftOf(schema: JsonSchema, value: unknown): Draft {
  const given = value === undefined ? schema.default : value;
  switch (kindOf(schema)) {
    case 'text':
    case 'secret':
    case 'enum':
      return typeof given === 'string' ? given : '';
    case 'number':
      return typeof given === 'number' ? String(given) : '';
    case 'boolean':
      return given === true;
    case 'choices':
      return Array.isArray(given) ? given.filter((item): item is string => typeof item === 'string') : [];
    case 'object':
      return objectDraft(schema, given);
    case 'list': {
      const items = schema.items as JsonSchema;
      if (Array.isArray(given)) return given.map((item) => objectDraft(items, item));
      return (schema.minItems ?? 0) > 0 ? [objectDraft(items, undefined)] : [];
    }
    case 'json':
      return given === undefined ? '' : JSON.stringify(given, null, 2);
    case 'hidden':
      return '';
  }
}

export function objectDraft(schema: JsonSchema, value: unknown): DraftObject {
  const source = isRecord(value) ? value : {};
  const draft: DraftObject = {};
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    if (kindOf(child) !== 'hidden') draft[key] = draftOf(child, source[key]);
  return draft;
}

/**
 * A new connector's draft: defaults, with the lists (message templates) taken from the factory's
 * example so a working Generic template is there to edit.
 */
export function newDraft(schema: JsonSchema, configTemplate: string | undefined): DraftObject {
  let example: Record<string, unknown> = {};
  try {
    const parsed: unknown = configTemplate ? JSON.parse(configTemplate) : {};
    if (isRecord(parsed)) example = parsed;
  } catch {
    // An unreadable example only means no prefilled lists.
  }
  const lists = Object.fromEntries(
    Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
      kindOf(child) === 'list' && example[key] !== undefined ? [[key, example[key]]] : [],
    ),
  );
  return objectDraft(schema, lists);
}

/** Problems found before sending, by dotted path: what is missing, what is not a number, what is not JSON. */
export type DraftProblem = 'required' | 'number' | 'json';

interface Converted {
  value: unknown;
  problems: Record<string, DraftProblem>;
}

const isEmpty = (value: unknown) => value === undefined;

function convert(schema: JsonSchema, draft: Draft | undefined, path: string): Converted {
  const problems: Record<string, DraftProblem> = {};
  switch (kindOf(schema)) {
    case 'text':
    case 'secret':
    case 'enum':
      return { value: typeof draft === 'string' && draft !== '' ? draft : undefined, problems };
    case 'number': {
      const text = typeof draft === 'string' ? draft.trim() : '';
      if (text === '') return { value: undefined, problems };
      if (!/^-?\d+(\.\d+)?$/.test(text)) return { value: undefined, problems: { [path]: 'number' } };
      return { value: Number(text), problems };
    }
    case 'boolean':
      return { value: draft === true, problems };
    case 'choices':
      return { value: Array.isArray(draft) && draft.length > 0 ? draft : undefined, problems };
    case 'object':
      return convertObject(schema, isRecord(draft) ? (draft as DraftObject) : {}, path, false);
    case 'list': {
      const items = Array.isArray(draft) ? (draft as DraftObject[]) : [];
      const value = items.map((item, index) => {
        const converted = convertObject(schema.items as JsonSchema, item, `${path}.${index}`, true);
        Object.assign(problems, converted.problems);
        return converted.value ?? {};
      });
      return { value, problems };
    }
    case 'json': {
      const text = typeof draft === 'string' ? draft.trim() : '';
      if (text === '') return { value: undefined, problems };
      try {
        return { value: JSON.parse(text), problems };
      } catch {
        return { value: undefined, problems: { [path]: 'json' } };
      }
    }
    case 'hidden':
      return { value: undefined, problems };
  }
}

/** An optional object left entirely empty is left out (SMTP without credentials); a present one needs its required fields. */
function convertObject(schema: JsonSchema, draft: DraftObject, path: string, present: boolean): Converted {
  const value: Record<string, unknown> = {};
  const problems: Record<string, DraftProblem> = {};
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    const converted = convert(child, draft[key], childPath);
    Object.assign(problems, converted.problems);
    if (!isEmpty(converted.value)) value[key] = converted.value;
  }
  if (!present && Object.keys(value).length === 0 && Object.keys(problems).length === 0)
    return { value: undefined, problems };
  for (const key of schema.required ?? []) {
    const childPath = path ? `${path}.${key}` : key;
    const child = schema.properties?.[key];
    if (value[key] === undefined && child && kindOf(child) !== 'hidden') problems[childPath] ??= 'required';
  }
  return { value, problems };
}

/** The config to send, and the problems to show next to their fields instead when there are any. */
export function toConfig(
  schema: JsonSchema,
  draft: DraftObject,
): { config: Record<string, unknown>; problems: Record<string, DraftProblem> } {
  const { value, problems } = convertObject(schema, draft, '', true);
  return { config: (value ?? {}) as Record<string, unknown>, problems };
}

/** Every dotted path the form shows a field (or a group) for, so errors elsewhere are listed at the top. */
export function fieldPaths(schema: JsonSchema, draft: Draft | undefined, path = ''): string[] {
  const kind = kindOf(schema);
  if (kind === 'hidden') return [];
  const own = path ? [path] : [];
  if (kind === 'object') {
    const object = isRecord(draft) ? (draft as DraftObject) : {};
    return [
      ...own,
      ...Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
        fieldPaths(child, object[key], path ? `${path}.${key}` : key),
      ),
    ];
  }
  if (kind === 'list')
    return [
      ...own,
      ...(Array.isArray(draft) ? (draft as DraftObject[]) : []).flatMap((item, index) =>
        fieldPaths({ ...(schema.items as JsonSchema), type: 'object' }, item, `${path}.${index}`),
      ),
    ];
  return own;
}

const acronyms = new Set(['id', 'sid', 'uri', 'url', 'jwt', 'tls', 'api', 'smtp', 'sms', 'oidc']);
/** Abbreviations said in full. */
const inFull: Record<string, string> = { pass: 'password' };

/** `fromMessagingServiceSID` → "From messaging service SID", `clientId` → "Client ID": labels from config keys. */
export function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => (acronyms.has(word.toLowerCase()) ? word.toUpperCase() : (inFull[word] ?? word.toLowerCase())));
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** "templates" → "Template": the name of one item of a list. */
export const itemLabelOf = (key: string) => labelOf(key.endsWith('s') ? key.slice(0, -1) : key);
