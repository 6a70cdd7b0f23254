import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../storage/database.js';
import { createSentinel } from './sentinel.js';

describe('sentinel counters', () => {
  let storage: Storage;
  let now = 1_000_000;
  const clock = () => now;

  beforeAll(async () => {
    storage = await openStorage('sqlite::memory:');
  });
  afterAll(() => storage.close());

  it('allows maxAttempts tries per window, starts again after it, and prunes only ended windows', async () => {
    const short = createSentinel(storage.db, { maxAttempts: 2, lockoutSeconds: 60 }, clock);
    const long = createSentinel(storage.db, { maxAttempts: 2, lockoutSeconds: 3600 }, clock);
    const tries = async (sentinel: typeof short, target: string, n: number) => {
      const answers: boolean[] = [];
      for (let i = 0; i < n; i++) answers.push(await sentinel.attempt(target, 'test'));
      return answers;
    };
    expect(await tries(short, 'a', 3)).toEqual([true, true, false]);
    expect(await tries(long, 'b', 3)).toEqual([true, true, false]);
    now += 61_000;
    await short.prune();
    const left = await storage.db.selectFrom('sentinel_counters').select('target').execute();
    expect(left.map((row) => row.target)).toEqual(['b']);
    expect(await tries(short, 'a', 3)).toEqual([true, true, false]);
    expect(await long.attempt('b', 'test')).toBe(false);
    await long.reset('b', 'test');
    expect(await long.attempt('b', 'test')).toBe(true);
  });

  it('gives back a released attempt, never below zero', async () => {
    const sentinel = createSentinel(storage.db, { maxAttempts: 1, lockoutSeconds: 60 }, clock);
    await sentinel.release('c', 'test');
    expect(await sentinel.attempt('c', 'test')).toBe(true);
    await sentinel.release('c', 'test');
    await sentinel.release('c', 'test');
    expect(await sentinel.attempt('c', 'test')).toBe(true);
    expect(await sentinel.attempt('c', 'test')).toBe(false);
  });
});
