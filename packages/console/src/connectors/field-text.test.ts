import { describe, expect, it } from 'vitest';
import { labelOf } from './config-draft';
import { fieldDescription, fieldLabel, itemLabel, keyPathOf } from './field-text';

describe('connector config labels and help by language', () => {
  it('keys a field by its path without list positions', () => {
    expect(keyPathOf('templates.0.content')).toBe('templates.content');
    expect(keyPathOf('templates.12')).toBe('templates');
    expect(keyPathOf('auth.pass')).toBe('auth.pass');
  });

  it('says known fields in Simplified Chinese and keeps English labels made from the key', () => {
    expect(fieldLabel('accountSID', labelOf('accountSID'), 'zh-CN')).toBe('账户 SID');
    expect(fieldLabel('templates.1.usageType', labelOf('usageType'), 'zh-CN')).toBe('使用场景');
    expect(itemLabel('templates', 'Template', 'zh-CN')).toBe('模板');
    expect(fieldLabel('accountSID', labelOf('accountSID'), 'en')).toBe('Account SID');
    expect(itemLabel('templates', 'Template', 'en')).toBe('Template');
  });

  it('falls back to English for what the catalog does not know (a third-party connector)', () => {
    expect(fieldLabel('webhookSecret', labelOf('webhookSecret'), 'zh-CN')).toBe('Webhook secret');
    expect(fieldDescription('Signs the webhook calls', 'zh-CN')).toBe('Signs the webhook calls');
    expect(fieldDescription(undefined, 'zh-CN')).toBeUndefined();
  });

  it('translates the schema’s help by its English text, and leaves English as the schema says it', () => {
    const help = 'Account SID, from the Twilio Console home page (AC…)';
    expect(fieldDescription(help, 'zh-CN')).toBe('账户 SID，见 Twilio 控制台首页（AC…）');
    expect(fieldDescription(help, 'en')).toBe(help);
  });
});
