import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import { parseCustomData } from './custom-data';

const t: Translate = (key, values) =>
  en[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));

describe('custom data text', () => {
  it('takes a JSON object and says in words why anything else is refused', () => {
    expect(parseCustomData('{"plan":"pro"}', t)).toEqual({ data: { plan: 'pro' } });
    expect(parseCustomData('{"plan":', t)).toMatchObject({ error: expect.stringContaining('not valid JSON') });
    expect(parseCustomData('[1]', t)).toMatchObject({ error: expect.stringContaining('not a list') });
    expect(parseCustomData('null', t)).toMatchObject({ error: expect.stringContaining('not null') });
    expect(parseCustomData('"pro"', t)).toMatchObject({ error: expect.stringContaining('not a single value') });
  });
});
