import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';

/**
 * Logto's `search` value, case-insensitive on both dialects: a value holding `%` is a LIKE
 * pattern as given (`%foo%`, `foo%`); plain text matches anywhere. Backslashes are always
 * literal, so no value can end in a dangling escape (an error on PostgreSQL).
 */
export function likePattern(search: string): string {
  const lowered = search.toLowerCase();
  if (lowered.includes('%')) return lowered.replace(/\\/g, '\\\\');
  return `%${lowered.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** True when any of the columns matches the search value. */
export function matchesAny<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: string[],
  search: string,
): Expression<SqlBool> {
  const pattern = likePattern(search);
  return eb.or(columns.map((column) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`));
}
