import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogWriter } from './log-writer.js';
import type { LogRow } from './logs.store.js';

const entry = (n: number) => ({ key: 'Interaction.Create', result: 'Success' as const, userId: `user${n}` });

describe('audit log writer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function setUp(insert: (rows: readonly LogRow[]) => Promise<void> = async () => undefined) {
    const batches: LogRow[][] = [];
    const warnings: string[] = [];
    const writer = createLogWriter({
      sink: {
        insertMany: async (rows) => {
          batches.push([...rows]);
          await insert(rows);
        },
      },
      clock: () => 1_000,
      logger: { warn: (_details: unknown, message?: string) => warnings.push(String(message)) } as never,
      flushMs: 250,
      batchSize: 3,
      maxBuffered: 5,
    });
    return { writer, batches, warnings };
  }

  it('queues entries and writes them in one insert after the interval, never during write()', async () => {
    vi.useFakeTimers();
    const { writer, batches } = setUp();
    writer.write(entry(1));
    writer.write(entry(2));
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((row) => row.user_id)).toEqual(['user1', 'user2']);
    expect(batches[0]?.map((row) => row.sequence)).toEqual([1, 2]);
    expect(JSON.parse(batches[0]?.[0]?.payload as string)).toEqual(entry(1));
  });

  it('writes a full batch at once', async () => {
    vi.useFakeTimers();
    const { writer, batches } = setUp();
    for (const n of [1, 2, 3]) writer.write(entry(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches.map((batch) => batch.length)).toEqual([3]);
  });

  it('drops a batch whose insert fails, logs it, and never throws', async () => {
    const { writer, warnings } = setUp(async () => {
      throw new Error('database down');
    });
    expect(() => writer.write(entry(1))).not.toThrow();
    await expect(writer.flush()).resolves.toBeUndefined();
    expect(warnings).toEqual(['audit log batch dropped: insert failed']);
  });

  it('bounds the queue while the database is slow, and says how many entries it dropped', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { writer, batches, warnings } = setUp(() => gate);
    for (const n of [1, 2, 3]) writer.write(entry(n)); // a full batch: its insert hangs
    for (const n of [4, 5, 6, 7, 8, 9, 10]) writer.write(entry(n));
    const flushed = writer.flush();
    release();
    await flushed;
    await writer.flush();
    // Five held at most: the three being inserted and two queued; the other five were dropped.
    expect(batches.flat().map((row) => row.user_id)).toEqual(['user1', 'user2', 'user3', 'user4', 'user5']);
    expect(warnings).toContain('audit log entries dropped: queue full');
  });

  it('flush waits for inserts under way (shutdown)', async () => {
    let done = false;
    const { writer } = setUp(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done = true;
    });
    writer.write(entry(1));
    await writer.flush();
    expect(done).toBe(true);
  });
});
