import type { Language } from '../i18n/i18n';

/** A moment (epoch milliseconds or ISO text) as date and time in the console's language. */
export function formatMoment(moment: number | string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(moment));
}
