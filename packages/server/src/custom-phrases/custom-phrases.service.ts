import { generateId } from '../crypto/ids.js';
import { matchLanguage, parseAcceptLanguage } from '../http/accept-language.js';
import { RequestError } from '../http/request-error.js';
import { builtInLanguages, type CustomPhrase, type Translation } from './custom-phrases.schemas.js';
import type { CustomPhraseRow, CustomPhrasesStore } from './custom-phrases.store.js';

const toPhrase = (row: CustomPhraseRow): CustomPhrase => ({
  tenantId: 'default',
  id: row.id,
  languageTag: row.language_tag,
  translation: JSON.parse(row.translation) as Translation,
});

/** Drops empty phrases and the objects they leave empty, as Logto does before saving. */
export function withoutEmpty(translation: Translation): Translation {
  const kept: Translation = {};
  for (const [key, value] of Object.entries(translation)) {
    if (typeof value === 'string') {
      if (value.trim() !== '') kept[key] = value;
      continue;
    }
    const child = withoutEmpty(value);
    if (Object.keys(child).length > 0) kept[key] = child;
  }
  return kept;
}

/**
 * Logto's custom phrases: per language, a nested translation that overrides the sign-in pages'
 * own phrases; a language the pages do not ship can be added this way.
 */
export function createCustomPhrasesService(deps: {
  store: CustomPhrasesStore;
  languageInfo: () => Promise<{ autoDetect: boolean; fallbackLanguage: string }>;
  clock: () => number;
}) {
  const { store, languageInfo, clock } = deps;

  return {
    list: async () => (await store.list()).map(toPhrase),

    async get(tag: string): Promise<CustomPhrase> {
      const row = await store.find(tag);
      if (!row) throw new RequestError('entity.not_found', 404);
      return toPhrase(row);
    },

    async put(tag: string, translation: Translation): Promise<CustomPhrase> {
      const now = clock();
      const existing = await store.find(tag);
      await store.upsert({
        id: existing?.id ?? generateId(),
        language_tag: tag,
        translation: JSON.stringify(withoutEmpty(translation)),
        created_at: existing?.created_at ?? now,
        updated_at: now,
      });
      return toPhrase((await store.find(tag)) as CustomPhraseRow);
    },

    /** The sign-in experience's default language keeps its phrases: Logto refuses with 409. */
    async remove(tag: string): Promise<void> {
      const { fallbackLanguage } = await languageInfo();
      if (fallbackLanguage.toLowerCase() === tag.toLowerCase())
        throw new RequestError('localization.cannot_delete_default_language', 409, {
          message: `The default language ${tag} of the sign-in experience cannot be deleted.`,
          data: { languageTag: tag },
        });
      if (!(await store.remove(tag))) throw new RequestError('entity.not_found', 404);
    },

    /**
     * What the sign-in pages show: the language chosen from `lng` (else the browser's languages)
     * among the built-in and custom ones when auto-detection is on, else the default language;
     * and that language's custom phrases.
     */
    async forPage(lng: string | undefined, acceptLanguage: string | undefined) {
      const info = await languageInfo();
      const available = [...builtInLanguages, ...(await store.tags())];
      const candidates = info.autoDetect ? (lng ? [lng] : parseAcceptLanguage(acceptLanguage)) : [];
      const language = matchLanguage(candidates, available) ?? info.fallbackLanguage;
      const row = await store.find(language);
      return { language, translation: row ? (JSON.parse(row.translation) as Translation) : {} };
    },
  };
}

export type CustomPhrasesService = ReturnType<typeof createCustomPhrasesService>;
