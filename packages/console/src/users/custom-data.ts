import type { Translate } from '../i18n/i18n';

/** The draft as a JSON object, or what is wrong with it in words. */
export function parseCustomData(text: string, t: Translate): { data: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: t('users.customData.invalidJson', { message: (error as Error).message }) };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return { data: value as Record<string, unknown> };
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : 'value';
  return { error: t('users.customData.notObject', { kind: t(`users.customData.kind.${kind}`) }) };
}
