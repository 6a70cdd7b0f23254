import { describe, expect, it } from 'vitest';
import { generateId, generateUserId } from './ids.js';

describe('generateId', () => {
  it('gives ids of the asked length from the lowercase alphabet, none repeated across pool refills', () => {
    // 2,000 ids of 21 characters draw about 44,000 bytes: the 4 KB pool is refilled about ten times.
    const ids = Array.from({ length: 2000 }, () => generateId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{21}$/);
    expect(generateUserId()).toMatch(/^[0-9a-z]{12}$/);
    expect(generateId(64)).toHaveLength(64);
  });

  it('uses every character about equally often', () => {
    const counts = new Map<string, number>();
    const text = Array.from({ length: 4000 }, () => generateId(36)).join('');
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(36);
    // 144,000 draws: 4,000 expected per character, a standard deviation of about 62.
    for (const count of counts.values()) expect(Math.abs(count - 4000)).toBeLessThan(400);
  });
});
