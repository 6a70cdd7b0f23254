/**
 * Secret fields never leave the server in full: answers show the mask, and a config sent back
 * with the mask in a secret field means "keep the stored value".
 */
export const SECRET_MASK = '********';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parentOf(root: Json, path: string[]): Json | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : undefined;
}

const leaf = (path: string[]) => path[path.length - 1] as string;

/** A copy of the config with every present secret replaced by the mask. */
export function maskSecrets(config: Json, secretKeys: string[]): Json {
  const copy = structuredClone(config);
  for (const key of secretKeys) {
    const path = key.split('.');
    const parent = parentOf(copy, path);
    if (parent && typeof parent[leaf(path)] === 'string' && parent[leaf(path)] !== '') parent[leaf(path)] = SECRET_MASK;
  }
  return copy;
}

/**
 * Puts the stored secret back wherever the draft holds the mask. Returns the secret keys that
 * hold the mask with nothing stored to keep, so the caller can refuse them by name.
 */
export function restoreMaskedSecrets(
  draft: unknown,
  stored: Json | undefined,
  secretKeys: string[],
): { config: unknown; unresolved: string[] } {
  if (!isObject(draft)) return { config: draft, unresolved: [] };
  const config = structuredClone(draft);
  const unresolved: string[] = [];
  for (const key of secretKeys) {
    const path = key.split('.');
    const parent = parentOf(config, path);
    if (parent?.[leaf(path)] !== SECRET_MASK) continue;
    const kept = stored ? parentOf(stored, path)?.[leaf(path)] : undefined;
    if (typeof kept === 'string') parent[leaf(path)] = kept;
    else unresolved.push(key);
  }
  return { config, unresolved };
}
