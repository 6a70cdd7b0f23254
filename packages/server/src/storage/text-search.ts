import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';

/**
 * Logto's `search` value as a LIKE pattern (escape `\`): a value holding `%` is a pattern as
 * given (`%foo%`, `foo%`); plain text matches anywhere. Backslashes are always literal, so no
 * value can end in a dangling escape (an error on PostgreSQL). Lowercased unless `caseSensitive`.
 */
export function likePattern(search: string, caseSensitive = false): string {
  const value = caseSensitive ? search : search.toLowerCase();
  if (value.includes('%')) return value.replace(/\\/g, '\\\\');
  return `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The same pattern for SQLite's case-sensitive GLOB (SQLite's LIKE ignores ASCII case):
 * `%` → `*`, `_` → `?`, and GLOB's own `*`, `?`, `[` taken literally as one-character classes.
 */
export function globPattern(like: string): string {
  let glob = '';
  for (let index = 0; index < like.length; index++) {
    const char = like[index] as string;
    const literal = char === '\\' ? (like[++index] ?? '') : undefined;
    if (literal === undefined && char === '%') glob += '*';
    else if (literal === undefined && char === '_') glob += '?';
    else {
      const text = literal ?? char;
      glob += '*?['.includes(text) && text !== '' ? `[${text}]` : text;
    }
  }
  return glob;
}

/** True when `column` matches the search value (a LIKE pattern as above); parameterized. */
export function likeMatch(
  column: string,
  search: string,
  { caseSensitive = false, dialect = 'sqlite' }: { caseSensitive?: boolean; dialect?: 'sqlite' | 'postgres' } = {},
): Expression<SqlBool> {
  const pattern = likePattern(search, caseSensitive);
  if (!caseSensitive) return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
  if (dialect === 'sqlite') return sql<SqlBool>`${sql.ref(column)} glob ${globPattern(pattern)}`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** True when any of the columns matches the search value. */
export function matchesAny<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: string[],
  search: string,
): Expression<SqlBool> {
  return eb.or(columns.map((column) => likeMatch(column, search)));
}
