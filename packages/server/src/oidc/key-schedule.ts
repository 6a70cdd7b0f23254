/**
 * Staged rotation: a new key is published in the JWKS first and signs only from its
 * `activatesAt`, once every node (and the resource servers reading their JWKS) has had time
 * to load it. Keys are stored newest first; these rules are pure so every node agrees.
 */

/** A stored key as far as the schedule is concerned. */
interface Scheduled {
  activatesAt?: number;
}

/** Keys kept before the signing key, so tokens signed by a retired key still verify. */
const retiredKept = 2;

/** A key stored before staged rotation existed has always been active. */
const activationOf = (key: Scheduled) => key.activatesAt ?? 0;

/** The signing key at `now`: the newest key whose activation time has passed. */
export function signingKeyIndex(keys: Scheduled[], now: number): number {
  const index = keys.findIndex((key) => activationOf(key) <= now);
  return index === -1 ? keys.length - 1 : index;
}

/** The next instant a stored key activates, when the signing key may change. */
export function nextActivation(keys: Scheduled[], now: number): number | undefined {
  const pending = keys.map(activationOf).filter((at) => at > now);
  return pending.length > 0 ? Math.min(...pending) : undefined;
}

/** Every pending key, the signing key, and the few retired ones before it. */
export function keysToKeep<K extends Scheduled>(keys: K[], now: number): K[] {
  return keys.slice(0, signingKeyIndex(keys, now) + 1 + retiredKept);
}
