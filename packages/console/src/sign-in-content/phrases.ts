import { type Translation, translationSchema } from '@tessera/server/schemas';

/** One phrase as the editor shows it: a dotted key (`action.sign_in`) and its text. */
export interface PhraseRow {
  key: string;
  value: string;
}

/** Logto's nested translation as rows of dotted keys, sorted by key. */
export function rowsOf(translation: Record<string, unknown>, prefix = ''): PhraseRow[] {
  const rows: PhraseRow[] = [];
  for (const [key, value] of Object.entries(translation)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') rows.push({ key: path, value });
    else if (value && typeof value === 'object') rows.push(...rowsOf(value as Record<string, unknown>, path));
  }
  return prefix ? rows : rows.sort((a, b) => a.key.localeCompare(b.key));
}

export type RowProblem = 'key' | 'value' | 'duplicate' | 'clash';

/**
 * The nested translation of the rows, or each row's problem: a key the server's schema refuses
 * (checked with the same zod schema), an empty text, a key given twice, or a key that is also
 * the start of another (`a` and `a.b`).
 */
export function translationOf(rows: readonly PhraseRow[]): {
  translation?: Translation;
  problems: Map<number, RowProblem>;
} {
  const problems = new Map<number, RowProblem>();
  const keys = rows.map((row) => row.key.trim());
  rows.forEach((row, index) => {
    const key = keys[index] as string;
    const single = key.split('.').reduceRight<unknown>((inner, part) => ({ [part]: inner }), row.value || 'x');
    if (!key || key.split('.').length > 5 || !translationSchema.safeParse(single).success) problems.set(index, 'key');
    else if (!row.value.trim()) problems.set(index, 'value');
    else if (keys.indexOf(key) !== index) problems.set(index, 'duplicate');
    else if (keys.some((other) => other.startsWith(`${key}.`))) problems.set(index, 'clash');
  });
  if (problems.size > 0) return { problems };
  const translation: Translation = {};
  rows.forEach((row, index) => {
    const parts = (keys[index] as string).split('.');
    let node = translation;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Translation;
    }
    node[parts.at(-1) as string] = row.value;
  });
  return { translation, problems };
}
