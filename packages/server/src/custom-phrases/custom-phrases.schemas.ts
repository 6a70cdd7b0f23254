import { z } from 'zod';
import { languageTag, text } from '../management/fields.js';

/** The languages the hosted sign-in pages ship phrases for; custom phrases may add more. */
export const builtInLanguages = ['en', 'zh-CN'] as const;

export type Translation = { [key: string]: string | Translation };

const key = z.string().regex(/^[\w-]{1,64}$/, 'keys are letters, digits, _ or -');
const phrase = text(4096);

/** Nested `levels` deep at most; built level by level so the OpenAPI document needs no recursive reference. */
function nested(levels: number): z.ZodType<Translation> {
  let node: z.ZodType<Translation> = z.record(key, phrase);
  for (let level = 1; level < levels; level++) node = z.record(key, z.union([phrase, node]));
  return node;
}

/** Logto's `Translation`: a nested object of phrases, e.g. `{ action: { sign_in: 'Log in' } }`. */
export const translationSchema = nested(5);

export const customPhraseSchema = z.object({
  tenantId: z.string(),
  id: z.string(),
  languageTag: z.string(),
  translation: z.record(z.string(), z.unknown()),
});
export type CustomPhrase = z.output<typeof customPhraseSchema>;

export const languageTagParams = z.object({ languageTag });
export const phrasesQuery = z.object({
  lng: languageTag.optional().describe('The language to answer; else the browser’s Accept-Language'),
});
