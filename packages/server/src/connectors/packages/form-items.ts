/**
 * A Logto package describes its config twice: a zod 3 `configGuard` (which validates it) and
 * `formItems` (Logto's config form). Tessera answers a JSON schema and secret keys for every
 * factory; for packages both come from the form items.
 */
type FormItem = Record<string, unknown>;

const selectValues = (item: FormItem): unknown[] =>
  Array.isArray(item.selectItems) ? item.selectItems.map((choice) => (choice as { value?: unknown }).value) : [];

/** Typed when every choice is a string (the console shows those as a select). */
const choices = (values: unknown[]) =>
  values.every((value) => typeof value === 'string') ? { type: 'string', enum: values } : { enum: values };

function propertySchema(item: FormItem): Record<string, unknown> {
  const described = {
    ...(typeof item.label === 'string' && { title: item.label }),
    ...(typeof item.description === 'string' && { description: item.description }),
    ...(item.defaultValue !== undefined && { default: item.defaultValue }),
  };
  switch (item.type) {
    case 'Text':
    case 'MultilineText':
      return { type: 'string', ...described };
    case 'Number':
      return { type: 'number', ...described };
    case 'Switch':
      return { type: 'boolean', ...described };
    case 'Select':
      return { ...choices(selectValues(item)), ...described };
    case 'MultiSelect':
      return { type: 'array', items: choices(selectValues(item)), ...described };
    default:
      // Json (and anything newer): any JSON value, checked by the package's own guard.
      return described;
  }
}

/**
 * Keys whose value must never be shown back: the kit has no secret marker, so the names tell
 * (authToken, accessKeySecret, clientSecret, apiKey, password, privateKey …; not tokenEndpoint).
 */
const secretName = /secret|token$|password|passwd|api_?key|private_?key|credential/i;

export function describeFormItems(formItems: unknown): { jsonSchema: Record<string, unknown>; secretKeys: string[] } {
  const items = Array.isArray(formItems)
    ? formItems.filter((item): item is FormItem => typeof item === 'object' && item !== null && 'key' in item)
    : [];
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const secretKeys: string[] = [];
  for (const item of items) {
    const key = String(item.key);
    const isSecret = item.type === 'Text' && secretName.test(key);
    properties[key] = { ...propertySchema(item), ...(isSecret && { secret: true }) };
    if (item.required === true) required.push(key);
    if (isSecret) secretKeys.push(key);
  }
  return {
    jsonSchema: { type: 'object', properties, ...(required.length > 0 && { required }) },
    secretKeys,
  };
}
