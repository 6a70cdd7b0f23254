import type { Context, Next } from 'koa';

const unreserved = /^[A-Za-z0-9._~-]$/;
/** Provider routes whose last segment is a value (an interaction uid), not a route name. */
const oidcValueRoutes = new Set(['auth', 'device']);

/** The realms' base paths before a surface: `/api`, `/oidc` and the admin realm's `/admin/api`, `/admin/oidc`. */
const realmBases = new Set(['admin']);

/** A path's surface and its canonical leading segments (`['api']`, `['admin', 'oidc']`), whatever its spelling. */
function surfaceSegments(path: string): { surface: 'api' | 'oidc'; lead: string[] } | undefined {
  // Resolved as a client or proxy would resolve it (`/admin/x/../api` is `/admin/api`).
  const names: string[] = [];
  for (const segment of path.split(/[/\\]|%2f|%5c/i)) {
    let name: string;
    try {
      name = decodeURIComponent(segment).toLowerCase();
    } catch {
      break; // a malformed first segment names no surface; a malformed later one leaves those before it
    }
    if (name === '..') names.pop();
    else if (name !== '' && name !== '.') names.push(name);
  }
  const [first = '', second = ''] = names;
  if (first === 'api' || first === 'oidc') return { surface: first, lead: [first] };
  if (realmBases.has(first) && (second === 'api' || second === 'oidc'))
    return { surface: second, lead: [first, second] };
  return undefined;
}

/**
 * The API surface a path belongs to, whatever its spelling (`/API/x`, `//api/x`, `/%61pi/x`,
 * `/Admin/api/x`), so that its refusal is still answered in the API's error shape.
 */
export function surfaceOf(path: string): 'api' | 'oidc' | undefined {
  return surfaceSegments(path)?.surface;
}

/**
 * Non-empty segments of lower-case letters, digits and `.`, `_`, `~`, `-`, none of them `.` or
 * `..`: every check below passes, so the paths of nearly every request skip them.
 */
const plainPath = /^(?:\/(?!\.\.?(?:\/|$))[a-z0-9._~-]+)+$/;

/** Why a path is not the one spelling the routers and guards compare, or undefined when it is. */
export function nonCanonical(path: string): string | undefined {
  if (plainPath.test(path)) return undefined;
  if (!path.startsWith('/')) return 'the path must start with "/"';
  if (path.includes('\\')) return 'the path contains a backslash';
  for (const [encoded, hex] of path.matchAll(/%(.{0,2})/g)) {
    if (!/^[\dA-Fa-f]{2}$/.test(hex ?? '')) return `malformed percent-encoding "${encoded}"`;
    const char = String.fromCharCode(Number.parseInt(hex as string, 16));
    if (unreserved.test(char) || char === '/' || char === '\\') return `"${encoded}" must not be percent-encoded`;
  }
  const segments = path.split('/').slice(1);
  for (const [index, segment] of segments.entries()) {
    if (segment === '' && index < segments.length - 1) return 'the path contains an empty segment ("//")';
    if (segment === '.' || segment === '..') return 'the path contains a dot segment';
  }
  const found = surfaceSegments(path);
  if (!found) return undefined;
  const { surface, lead } = found;
  if (lead.some((name, index) => segments[index] !== name)) return `"/${lead.join('/')}" must be spelled in lower case`;
  if (path.endsWith('/')) return 'the path ends with "/"';
  // oidc-provider matches its routes ignoring case (and a trailing slash); the checks before it
  // (token endpoint rules, document cache) compare exactly, so only the lower-case spelling passes.
  const valueAt = oidcValueRoutes.has(segments.at(-2) ?? '') ? segments.length - 1 : -1;
  if (surface === 'oidc' && segments.some((segment, index) => index !== valueAt && segment !== segment.toLowerCase()))
    return 'provider routes must be spelled in lower case';
  return undefined;
}

/**
 * Runs before every router, mount and path check: a path in any other spelling than the
 * canonical one (case variants of `/api` and `/oidc`, `//`, `/./`, `/../`, `%2F`, needlessly
 * encoded letters such as `%61`, a trailing slash under the APIs) is answered 404, so every
 * later check sees the same path the routers match.
 */
export async function canonicalPath(ctx: Context, next: Next) {
  const reason = nonCanonical(ctx.path);
  if (!reason) return next();
  ctx.status = 404;
  ctx.state.notFoundDetails = `The path is not in canonical form: ${reason}.`;
  return undefined;
}
