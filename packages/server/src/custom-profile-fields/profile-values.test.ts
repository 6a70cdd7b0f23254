import { describe, expect, it } from 'vitest';
import type { CustomProfileField } from './custom-profile-fields.schemas.js';
import { placeProfileValues } from './profile-values.js';

const field = (
  name: string,
  type: CustomProfileField['type'],
  config: Record<string, unknown> = {},
  required = false,
) =>
  ({
    tenantId: 'default',
    id: name,
    name,
    type,
    label: '',
    description: null,
    required,
    config,
    sieOrder: 1,
    createdAt: 0,
  }) as CustomProfileField;

describe('custom profile field values', () => {
  it('places values: user columns, profile claims, a full name’s parts, custom data', () => {
    const fields = [
      field('name', 'Text'),
      field('birthdate', 'Date', { format: 'yyyy-MM-dd' }),
      field('fullname', 'Fullname', { parts: [{ enabled: true, name: 'givenName', type: 'Text', required: true }] }),
      field('age', 'Number', { minValue: 18 }),
      field('newsletter', 'Checkbox'),
    ];
    const { changes, issues } = placeProfileValues(fields, {
      name: 'Ada',
      birthdate: '1815-12-10',
      fullname: { givenName: 'Ada' },
      age: '36',
      newsletter: true,
    });
    expect(issues).toEqual([]);
    expect(changes).toEqual({
      name: 'Ada',
      profile: { birthdate: '1815-12-10', givenName: 'Ada' },
      customData: { age: 36, newsletter: true },
    });
  });

  it('says what is wrong with each value, in words', () => {
    const fields = [
      field('age', 'Number', { minValue: 18, maxValue: 120 }, true),
      field('day', 'Date', { format: 'dd/MM/yyyy' }),
      field('code', 'Regex', { format: '^[A-Z]{3}$' }),
      field('plan', 'Select', { options: [{ value: 'free' }] }),
      field('site', 'Url'),
    ];
    const { issues } = placeProfileValues(fields, {
      age: 7,
      day: '31/02/2020',
      code: 'abc',
      plan: 'gold',
      site: 'javascript:alert(1)',
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      'age must be at least 18.',
      'day must be a date in the format dd/MM/yyyy.',
      'code is not in the expected format.',
      'Choose one of the options for plan.',
      'site must be a web address starting with http:// or https://.',
    ]);
    expect(placeProfileValues(fields, {}).issues).toEqual([
      { name: 'age', message: 'age is required.', code: 'profile_field.required', interpolation: { label: 'age' } },
    ]);
    expect(placeProfileValues(fields, { age: 'old' }).issues[0]?.message).toBe('age must be a number.');
  });
});
