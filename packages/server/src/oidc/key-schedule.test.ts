import { describe, expect, it } from 'vitest';
import { keysToKeep, nextActivation, signingKeyIndex } from './key-schedule.js';

// Newest first, as stored: one pending key, then keys that activated in turn (the last predates staging).
const now = 1_000_000;
const keys = [
  { id: 'pending', activatesAt: now + 65_000 },
  { id: 'current', activatesAt: now - 10_000 },
  { id: 'retired-1', activatesAt: now - 20_000 },
  { id: 'retired-2', activatesAt: now - 30_000 },
  { id: 'legacy' },
];

describe('signing key schedule', () => {
  it('signs with the newest key whose activation time has passed', () => {
    expect(signingKeyIndex(keys, now)).toBe(1);
    expect(signingKeyIndex(keys, now + 65_000)).toBe(0);
    expect(signingKeyIndex([{ activatesAt: now + 1 }, {}], now)).toBe(1);
  });

  it('names the next activation, if any', () => {
    expect(nextActivation(keys, now)).toBe(now + 65_000);
    expect(nextActivation(keys, now + 65_000)).toBeUndefined();
  });

  it('keeps pending keys, the signing key and two retired ones, even after rotations in quick succession', () => {
    expect(keysToKeep(keys, now).map((key) => key.id)).toEqual(['pending', 'current', 'retired-1', 'retired-2']);
    const rotatedTwice = [{ id: 'second', activatesAt: now + 70_000 }, ...keys];
    expect(keysToKeep(rotatedTwice, now).map((key) => key.id)).toContain('current');
  });
});
