import { describe, expect, it } from 'vitest';
import { createTtlCache } from './ttl-cache.js';

describe('createTtlCache', () => {
  it('returns a value until its time-to-live runs out', () => {
    let now = 1000;
    const cache = createTtlCache<string>(500, () => now);
    cache.set('a', 'x');
    now = 1499;
    expect(cache.get('a')).toBe('x');
    now = 1500;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets a deleted key at once', () => {
    const cache = createTtlCache<number>(500, () => 0);
    cache.set('a', 1);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });
});
