// Choosing a language for a person: from a list of requested tags and the Accept-Language header.

/**
 * The language among `available` closest to the first candidate that has one: the same tag, else
 * the same base language (`zh-Hans-CN` → `zh-CN`, `en-GB` → `en`).
 */
export function matchLanguage<T extends string>(candidates: string[], available: readonly T[]): T | undefined {
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const exact = available.find((tag) => tag.toLowerCase() === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    const sameBase = available.find((tag) => tag.toLowerCase().split('-')[0] === base);
    if (sameBase) return sameBase;
  }
  return undefined;
}

/** `fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5` → ['fr-CH', 'fr', 'en'], by quality. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter(({ tag, q }) => tag !== '' && tag !== '*' && q > 0 && /^[A-Za-z]{1,8}(-[\dA-Za-z]{1,8})*$/.test(tag))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}
