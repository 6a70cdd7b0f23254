import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation, toFlag } from '../storage/database.js';
import type { CustomProfileField, FieldSettings, NewField } from './custom-profile-fields.schemas.js';
import type { CustomProfileFieldRow, CustomProfileFieldsStore } from './custom-profile-fields.store.js';
import {
  type FieldIssue,
  isValidPattern,
  type ProfileChanges,
  placeProfileValues,
  profileClaimNames,
  reservedCustomDataKeys,
  reservedNames,
} from './profile-values.js';

const toField = (row: CustomProfileFieldRow): CustomProfileField => ({
  tenantId: 'default',
  id: row.id,
  name: row.name,
  type: row.type as CustomProfileField['type'],
  label: row.label,
  description: row.description,
  required: row.required === 1,
  config: JSON.parse(row.config) as Record<string, unknown>,
  sieOrder: Number(row.sie_order),
  createdAt: Number(row.created_at),
});

/** Built-in names hold one kind of value: `address` an Address, `fullname` a Fullname, the rest text-like. */
function guardName(name: string, type: NewField['type']): void {
  if (reservedNames.includes(name))
    throw new RequestError('custom_profile_fields.name_conflict_sign_in_identifier', 400, {
      message: `${name} is a sign-in identifier or reserved; choose another name.`,
    });
  if (reservedCustomDataKeys.includes(name))
    throw new RequestError('custom_profile_fields.name_conflict_custom_data', 400, {
      message: `${name} is a reserved custom data key; choose another name.`,
      data: { name },
    });
  const wants = name === 'address' ? 'Address' : name === 'fullname' ? 'Fullname' : undefined;
  const builtIn = name === 'name' || name === 'avatar' || (profileClaimNames as readonly string[]).includes(name);
  const composite = type === 'Address' || type === 'Fullname';
  if ((wants !== undefined && type !== wants) || (wants === undefined && builtIn && composite))
    throw new RequestError('custom_profile_fields.name_conflict_built_in_prop', 400, {
      message: `The built-in profile property ${name} cannot be a ${type} field.`,
    });
}

function guardSettings(field: FieldSettings): void {
  const config = (field.config ?? {}) as Record<string, unknown>;
  const min = (config.minLength ?? config.minValue) as number | undefined;
  const max = (config.maxLength ?? config.maxValue) as number | undefined;
  if (min !== undefined && max !== undefined && min > max)
    throw new RequestError('custom_profile_fields.invalid_min_max_input', 400, {
      message: 'The minimum is greater than the maximum.',
    });
  if (field.type === 'Regex' && !isValidPattern(field.config.format))
    throw new RequestError('custom_profile_fields.invalid_regex_format', 400, {
      message: 'The format is not a valid regular expression.',
    });
  if (field.type === 'Select' && new Set(field.config.options.map((o) => o.value)).size !== field.config.options.length)
    throw new RequestError('custom_profile_fields.invalid_options', 400, { message: 'Option values must differ.' });
  if ((field.type === 'Address' || field.type === 'Fullname') && !field.config.parts.some((p) => p.enabled))
    throw new RequestError(`custom_profile_fields.invalid_${field.type.toLowerCase()}_components`, 400, {
      message: `Enable at least one part of the ${field.type} field.`,
    });
}

const nameExists = (name: string) =>
  new RequestError('custom_profile_fields.name_exists', 400, { message: `A profile field named ${name} exists.` });

/**
 * Logto's custom profile fields: what sign-up collects after the identifier (all of them, in
 * `sieOrder`), each checked by its type's rules and stored on the user or in its custom data.
 */
export function createCustomProfileFieldsService(deps: { store: CustomProfileFieldsStore; clock: () => number }) {
  const { store, clock } = deps;

  async function findOrThrow(name: string): Promise<CustomProfileFieldRow> {
    const row = await store.find(name);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  const rowOf = (field: NewField, sieOrder: number, now: number): CustomProfileFieldRow => ({
    id: generateId(),
    name: field.name,
    type: field.type,
    label: field.label ?? '',
    description: field.description ?? null,
    required: toFlag(field.required ?? false),
    config: JSON.stringify(field.config ?? {}),
    sie_order: sieOrder,
    created_at: now,
  });

  async function insert(fields: NewField[]): Promise<CustomProfileField[]> {
    const names = new Set<string>();
    for (const field of fields) {
      guardName(field.name, field.type);
      guardSettings(field);
      if (names.has(field.name)) throw nameExists(field.name);
      names.add(field.name);
    }
    const now = clock();
    const first = (await store.maxOrder()) + 1;
    const rows = fields.map((field, index) => rowOf(field, first + index, now));
    await store.insert(rows).catch((error) => {
      throw isUniqueViolation(error)
        ? nameExists(fields.length === 1 ? (fields[0]?.name ?? '') : 'like one given')
        : error;
    });
    return rows.map(toField);
  }

  /**
   * The fields sign-up collects: with the sign-in experience's `signUpProfileFields` (Logto), those
   * named, in that order; without it (null), every field in `sieOrder`.
   */
  async function forSignUp(chosen: Array<{ name: string }> | null | undefined): Promise<CustomProfileField[]> {
    const fields = (await store.list()).map(toField);
    if (!chosen) return fields;
    return chosen.flatMap(({ name }) => fields.filter((field) => field.name === name));
  }

  return {
    list: async () => (await store.list()).map(toField),
    forSignUp,
    get: async (name: string) => toField(await findOrThrow(name)),
    create: async (field: NewField) => (await insert([field]))[0] as CustomProfileField,
    createMany: insert,

    async update(name: string, settings: FieldSettings): Promise<CustomProfileField> {
      await findOrThrow(name);
      guardName(name, settings.type);
      guardSettings(settings);
      await store.update(name, {
        type: settings.type,
        label: settings.label ?? '',
        description: settings.description ?? null,
        required: toFlag(settings.required ?? false),
        config: JSON.stringify(settings.config ?? {}),
      });
      return toField(await findOrThrow(name));
    },

    async remove(name: string): Promise<void> {
      if (!(await store.remove(name))) throw new RequestError('entity.not_found', 404);
    },

    /** Sets the sign-in experience order of the fields named; answers every field in the new order. */
    async reorder(order: Array<{ name: string; sieOrder: number }>): Promise<CustomProfileField[]> {
      const missing: string[] = [];
      for (const { name } of order) if (!(await store.find(name))) missing.push(name);
      if (missing.length > 0)
        throw new RequestError('custom_profile_fields.entity_not_exists_with_names', 404, {
          message: `No profile field named ${missing.join(', ')}.`,
          data: { names: missing },
        });
      for (const { name, sieOrder } of order) await store.update(name, { sie_order: sieOrder });
      return (await store.list()).map(toField);
    },

    /** Checks what a person entered at sign-up; 400 with every field's problem in words. */
    /** `chosen`: the sign-in experience's `signUpProfileFields` (the fields sign-up collects). */
    async place(values: Record<string, unknown>, chosen?: Array<{ name: string }> | null): Promise<ProfileChanges> {
      guardValueNames(values);
      const { changes, issues } = placeProfileValues(await forSignUp(chosen), values);
      if (issues.length > 0) throw invalidValues(issues);
      return changes;
    },

    /** The names of the required fields sign-up collects that are not in `values`. */
    async missingRequired(
      values: Record<string, unknown> | undefined,
      chosen?: Array<{ name: string }> | null,
    ): Promise<string[]> {
      const fields = await forSignUp(chosen);
      return fields.filter((f) => f.required && values?.[f.name] === undefined).map((f) => f.name);
    },
  };
}

/** As Logto, before the values are checked: names no field may have are refused by what they conflict with. */
function guardValueNames(values: Record<string, unknown>): void {
  const names = Object.keys(values);
  const conflicts: Array<[string, string[]]> = [
    ['name_conflict_sign_in_identifier', reservedNames.filter((n) => n !== 'preferredUsername')],
    ['name_conflict_custom_data', reservedCustomDataKeys],
    ['name_conflict_built_in_prop', ['preferredUsername']],
  ];
  for (const [code, reserved] of conflicts) {
    const found = names.filter((name) => reserved.includes(name));
    if (found.length > 0)
      throw new RequestError(`custom_profile_fields.${code}`, 400, {
        message: `Reserved names can not take profile values: ${found.join(', ')}.`,
        data: { name: found.join(', ') },
      });
  }
}

const invalidValues = (issues: FieldIssue[]) =>
  new RequestError('custom_profile_fields.invalid_values', 400, {
    message: issues.map((issue) => issue.message).join(' '),
    data: { issues },
  });

export type CustomProfileFieldsService = ReturnType<typeof createCustomProfileFieldsService>;
