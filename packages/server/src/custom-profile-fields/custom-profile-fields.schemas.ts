import { z } from 'zod';
import { text } from '../management/fields.js';

export const fieldTypes = [
  'Text',
  'Number',
  'Date',
  'Checkbox',
  'Select',
  'Url',
  'Regex',
  'Address',
  'Fullname',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const addressKeys = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country'] as const;
export const fullnameKeys = ['givenName', 'middleName', 'familyName'] as const;

const option = z.strictObject({ label: text(256).optional(), value: text(256).min(1) });
/** Every config key a field (or a part of an Address or Fullname field) may carry. */
const partConfig = z.strictObject({
  placeholder: text(256).optional(),
  minLength: z.int().min(0).max(4096).optional(),
  maxLength: z.int().min(1).max(4096).optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  format: text(256).optional(),
  customFormat: text(256).optional(),
  options: z.array(option).max(100).optional(),
  defaultValue: z.enum(['true', 'false']).optional(),
});

const label = text(256).min(1).optional();
const description = text(1024).optional();
const part = <K extends readonly [string, ...string[]]>(names: K) =>
  z.strictObject({
    enabled: z.boolean(),
    name: z.enum(names),
    type: z.enum(fieldTypes),
    label,
    description,
    required: z.boolean(),
    config: partConfig.optional(),
  });

/** The field's settings without its name: PUT /custom-profile-fields/:name takes these. */
const bodies = {
  Text: { config: partConfig.pick({ placeholder: true, minLength: true, maxLength: true }).optional() },
  Number: { config: partConfig.pick({ placeholder: true, minValue: true, maxValue: true }).optional() },
  Date: {
    config: z
      .strictObject({ placeholder: text(256).optional(), format: text(64), customFormat: text(64).optional() })
      .optional(),
  },
  Checkbox: {
    required: z.literal(false),
    config: z.strictObject({ defaultValue: z.enum(['true', 'false']) }).optional(),
  },
  Select: { config: z.strictObject({ placeholder: text(256).optional(), options: z.array(option).min(1).max(100) }) },
  Url: { config: z.strictObject({ placeholder: text(256).optional() }).optional() },
  Regex: { config: z.strictObject({ placeholder: text(256).optional(), format: text(512).min(1) }) },
  Address: { config: z.strictObject({ parts: z.array(part(addressKeys)).min(1).max(addressKeys.length) }) },
  Fullname: { config: z.strictObject({ parts: z.array(part(fullnameKeys)).min(1).max(fullnameKeys.length) }) },
} as const;

const withoutName = <T extends FieldType>(type: T) =>
  z.strictObject({ type: z.literal(type), label, description, required: z.boolean(), ...bodies[type] });

export const updateFieldBody = z.discriminatedUnion('type', [
  withoutName('Text'),
  withoutName('Number'),
  withoutName('Date'),
  withoutName('Checkbox'),
  withoutName('Select'),
  withoutName('Url'),
  withoutName('Regex'),
  withoutName('Address'),
  withoutName('Fullname'),
]);
export type FieldSettings = z.output<typeof updateFieldBody>;

const name = text(128)
  .min(1)
  .regex(/^[\dA-Za-z]+$/, 'holds letters and digits only');
export const createFieldBody = z.discriminatedUnion('type', [
  withoutName('Text').extend({ name }),
  withoutName('Number').extend({ name }),
  withoutName('Date').extend({ name }),
  withoutName('Checkbox').extend({ name }),
  withoutName('Select').extend({ name }),
  withoutName('Url').extend({ name }),
  withoutName('Regex').extend({ name }),
  withoutName('Address').extend({ name }),
  withoutName('Fullname').extend({ name }),
]);
export type NewField = z.output<typeof createFieldBody>;

export const batchBody = z.array(createFieldBody).min(1).max(20);
export const sieOrderBody = z.strictObject({
  order: z
    .array(z.strictObject({ name: text(128).min(1), sieOrder: z.int().min(0).max(10_000) }))
    .min(1)
    .max(100),
});
export const nameParams = z.object({ name: text(128).min(1) });

export const customProfileFieldSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  name: z.string(),
  type: z.enum(fieldTypes),
  label: z.string(),
  description: z.string().nullable(),
  required: z.boolean(),
  config: z.record(z.string(), z.unknown()),
  sieOrder: z.number(),
  createdAt: z.number(),
});
export type CustomProfileField = z.output<typeof customProfileFieldSchema>;
