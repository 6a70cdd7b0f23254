import { z } from 'zod';

/**
 * Field schemas the Management API routes share. Zod only: the schema files import this, and
 * `@tessera/server/schemas` hands them to the browser (schemas-purity.test.ts keeps it so). Text refuses NUL because PostgreSQL
 * cannot store it (it would surface as a 500), and every length matches its column.
 */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\0'), 'must not contain NUL characters');

export const idParam = text(64).min(1);

/** A BCP 47 language tag such as `en`, `zh-CN` or `pt-BR`. */
export const languageTag = text(16).regex(
  /^[A-Za-z]{2,3}(-[\dA-Za-z]{2,8})*$/,
  'must be a language tag such as en or zh-CN',
);

/** `ZH-cn` → `zh-CN`, `zh-hant-tw` → `zh-Hant-TW`: one spelling per language. */
export const canonicalLanguageTag = (tag: string) =>
  tag
    .split('-')
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');

/** Query text that reaches SQL (search values, ids in filters). */
export const queryText = text(256);

export const jsonObject = z.record(z.string(), z.unknown());

/** Documents `page`/`page_size`; the values themselves are checked by parsePagination (guard.invalid_pagination). */
export const paginationParams = {
  page: z.unknown().optional().meta({ type: 'integer', minimum: 1, description: 'Page number, from 1.' }),
  page_size: z
    .unknown()
    .optional()
    .meta({ type: 'integer', minimum: 1, maximum: 100, description: 'Items per page (default 20).' }),
};

/** A query flag sent as `true`/`false`. */
export const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A query value that may repeat (`?types=A&types=B`), always handed on as an array. */
export const repeatable = <T extends z.ZodType<string>>(item: T) =>
  z.union([item, z.array(item)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

/** Logto's bodies may carry the tenant's id; Tessera serves one tenant, `default`, and accepts only it. */
export const tenantIdField = z.literal('default').optional().describe('The tenant; Tessera serves only `default`');
