import { RequestError } from '../http/request-error.js';
import type { UserSearchFilter } from './users.schemas.js';

/** The user fields Logto's `GET /api/users` searches (`search.<field>`, `mode.<field>`). */
export const userSearchFields = ['id', 'username', 'primaryEmail', 'primaryPhone', 'name'] as const;
export type UserSearchField = (typeof userSearchFields)[number];
export const userSearchModes = ['exact', 'like', 'similar_to', 'posix'] as const;
export type UserSearchMode = (typeof userSearchModes)[number];

export type UserSearch = UserSearchFilter;
export type UserSearchCondition = UserSearch['conditions'][number];

const invalid = (message: string) => new RequestError('guard.invalid_query', 400, { message });
const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((item) => item !== '');
const single = (raw: Record<string, unknown>, key: string) => {
  const value = raw[key];
  if (Array.isArray(value)) throw invalid(`\`${key}\` must be given once.`);
  return typeof value === 'string' ? value : undefined;
};
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * Logto's search keys, from the raw query (validated for size by the route's schema):
 * `search` and `search.<field>` (repeatable for `exact`), `mode` and `mode.<field>`,
 * `joint`/`jointMode` (`or` by default) and `isCaseSensitive` (`false` by default). Fuzzy modes take
 * one value per field, and `similar_to` is case-sensitive only, as in Logto. Undefined without a search.
 */
export function parseUserSearch(raw: Record<string, unknown>, dialect: 'sqlite' | 'postgres'): UserSearch | undefined {
  for (const key of Object.keys(raw)) {
    const [prefix, field, ...rest] = key.split('.');
    if ((prefix === 'search' || prefix === 'mode') && field !== undefined)
      if (rest.length > 0 || !isOneOf(userSearchFields, field))
        throw invalid(`\`${key}\`: users are searched by ${userSearchFields.join(', ')} only.`);
  }
  const modeOf = (key: string): UserSearchMode => {
    const value = single(raw, key);
    if (value === undefined) return key === 'mode' ? 'like' : modeOf('mode');
    if (!isOneOf(userSearchModes, value)) throw invalid(`\`${key}\` must be one of ${userSearchModes.join(', ')}.`);
    return value;
  };
  const jointValue = single(raw, 'joint') ?? single(raw, 'jointMode') ?? 'or';
  if (jointValue !== 'and' && jointValue !== 'or') throw invalid('`joint` must be `and` or `or`.');
  const caseValue = single(raw, 'isCaseSensitive') ?? 'false';
  if (caseValue !== 'true' && caseValue !== 'false') throw invalid('`isCaseSensitive` must be `true` or `false`.');
  const isCaseSensitive = caseValue === 'true';

  const conditions: UserSearchCondition[] = [];
  for (const field of [undefined, ...userSearchFields]) {
    const key = field === undefined ? 'search' : `search.${field}`;
    const values = asList(raw[key] as string | string[] | undefined);
    if (values.length === 0) continue;
    const mode = modeOf(field === undefined ? 'mode' : `mode.${field}`);
    if (mode !== 'exact' && values.length > 1)
      throw invalid(`\`${key}\` takes one value in \`${mode}\` mode; use \`exact\` to match several.`);
    if (mode === 'similar_to' && !isCaseSensitive)
      throw invalid('`similar_to` matches case-sensitively only: add `isCaseSensitive=true`.');
    if ((mode === 'similar_to' || mode === 'posix') && dialect === 'sqlite')
      throw invalid(`\`${mode}\` search needs PostgreSQL; on SQLite use \`like\` or \`exact\`.`);
    conditions.push({ field, mode, values });
  }
  return conditions.length === 0 ? undefined : { conditions, joint: jointValue, isCaseSensitive };
}
