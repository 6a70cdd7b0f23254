import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the repository's scripts (no types needed for two helpers).
import { operationKey, readRows, servedBy } from '../../../scripts/logto-compat.mjs';
import { dialect, startTestServer, type TestServer } from './support/server.js';

interface Row {
  method: string;
  path: string;
  group: string;
  status: string;
  note: string;
}

const tableFile = path.resolve(fileURLToPath(import.meta.url), '../../../../docs/logto-compatibility.md');

/** docs/logto-compatibility.md says, for each Logto 1.42 operation, whether Tessera serves it: keep it true. */
describe(`docs/logto-compatibility.md (${dialect})`, () => {
  let server: TestServer;
  let rows: Row[];
  let served: Set<string>;

  beforeAll(async () => {
    server = await startTestServer();
    rows = readRows(fs.readFileSync(tableFile, 'utf8')) as Row[];
    const routes = [...server.registry.routes, ...server.userRegistry.routes];
    served = await servedBy(routes, server.url);
  });
  afterAll(() => server?.stop());

  it('lists each operation once, with a known status and a reason for every absence and difference', () => {
    expect(rows.length).toBeGreaterThan(350);
    const keys = rows.map((row) => `${row.method} ${row.path}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    for (const row of rows) {
      expect(row.status, `${row.method} ${row.path}`).toMatch(/^(same|different|absent)$/);
      if (row.status !== 'same') expect(row.note, `${row.method} ${row.path} needs a reason`).not.toBe('');
    }
  });

  it('marks served exactly the operations the server registers', () => {
    const wrong = rows
      .filter((row) => served.has(operationKey(row.method, row.path)) === (row.status === 'absent'))
      .map((row) => `${row.method} ${row.path}: says ${row.status}`);
    expect(wrong).toEqual([]);
  });

  it('states totals that match its rows', () => {
    const text = fs.readFileSync(tableFile, 'utf8');
    const count = (status: string) => rows.filter((row) => row.status === status).length;
    expect(text).toContain(
      `Totals: ${rows.length} operations; ${count('same')} same, ${count('different')} different, ${count('absent')} absent.`,
    );
  });
});
