import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** Logto's user search on GET /api/users: search.<field>, mode.<field>, joint, isCaseSensitive. */
describe(`Management API: user search (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    const people = [
      { username: 'Alice_W', primaryEmail: 'alice@wonder.land', name: 'Alice Liddell' },
      { username: 'bob_b', primaryEmail: 'bob@builder.example', primaryPhone: '4470001', name: 'Bob' },
      { username: 'carol_x', name: 'Carol *[100%]_sure?' },
      { username: 'alicia', primaryEmail: 'alicia@example.com', name: 'alice' },
    ];
    for (const person of people) ids[person.username] = (await api.post('/users', person)).body.id;
  });
  afterAll(() => server.stop());

  const search = async (pairs: [string, string][]) => {
    const response = await api.get(`/users?${new URLSearchParams(pairs)}`);
    return response;
  };
  const names = async (pairs: [string, string][]) => {
    const response = await search(pairs);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.map((user: { username: string }) => user.username).sort();
  };

  it('keeps plain `search` as before: any field, anywhere, case-insensitive', async () => {
    expect(await names([['search', 'ALICE']])).toEqual(['Alice_W', 'alicia']);
    expect(await names([['search', '%wonder%']])).toEqual(['Alice_W']);
    expect(await names([['search', ids.bob_b as string]])).toEqual(['bob_b']);
  });

  it('searches one field with search.<field>, like mode by default', async () => {
    expect(await names([['search.name', 'alice']])).toEqual(['Alice_W', 'alicia']);
    expect(await names([['search.username', 'alice']])).toEqual(['Alice_W']);
    expect(await names([['search.primaryEmail', '%@example.com']])).toEqual(['alicia']);
    expect(await names([['search.primaryPhone', '447%']])).toEqual(['bob_b']);
    expect(await names([['search.id', ids.carol_x as string]])).toEqual(['carol_x']);
  });

  it('combines fields with joint or (default) and and (joint or jointMode)', async () => {
    const pairs: [string, string][] = [
      ['search.name', '%alice%'],
      ['search.primaryEmail', '%@example.com'],
    ];
    expect(await names(pairs)).toEqual(['Alice_W', 'alicia']);
    expect(await names([...pairs, ['joint', 'and']])).toEqual(['alicia']);
    expect(await names([...pairs, ['jointMode', 'and']])).toEqual(['alicia']);
    expect(
      await names([
        ['search.name', 'bob'],
        ['search.username', 'carol'],
        ['joint', 'and'],
      ]),
    ).toEqual([]);
  });

  it('matches exactly with mode.<field>=exact, several values allowed, case per isCaseSensitive', async () => {
    expect(
      await names([
        ['search.name', 'alice'],
        ['mode.name', 'exact'],
      ]),
    ).toEqual(['alicia']);
    expect(
      await names([
        ['search.name', 'ALICE'],
        ['mode.name', 'exact'],
      ]),
    ).toEqual(['alicia']);
    expect(
      await names([
        ['search.name', 'ALICE'],
        ['mode.name', 'exact'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual([]);
    expect(
      await names([
        ['search.username', 'bob_b'],
        ['search.username', 'carol_x'],
        ['mode.username', 'exact'],
      ]),
    ).toEqual(['bob_b', 'carol_x']);
    // `mode` sets the mode of every field without its own.
    expect(
      await names([
        ['search.username', 'alice'],
        ['mode', 'exact'],
      ]),
    ).toEqual([]);
    expect(
      await names([
        ['search.username', 'alice_w'],
        ['mode', 'exact'],
      ]),
    ).toEqual(['Alice_W']);
  });

  it('honours isCaseSensitive in like mode', async () => {
    expect(
      await names([
        ['search.username', 'Alice%'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual(['Alice_W']);
    expect(
      await names([
        ['search.username', 'alic%'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual(['alicia']);
    expect(
      await names([
        ['search.username', 'alic%'],
        ['isCaseSensitive', 'false'],
      ]),
    ).toEqual(['Alice_W', 'alicia']);
    // Pattern characters of the other engine stay literal (GLOB on SQLite).
    expect(
      await names([
        ['search.name', '*[100'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual(['carol_x']);
    expect(
      await names([
        ['search.name', 'sure?'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual(['carol_x']);
    expect(
      await names([
        ['search.name', 'C*'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual([]);
    expect(
      await names([
        ['search.name', '%]\\_%'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual([]);
  });

  it('refuses what Logto refuses with 400', async () => {
    const refusals: [string, string][][] = [
      [['search.password', 'x']],
      [['search.name.first', 'x']],
      [['mode.customData', 'exact']],
      [
        ['search.name', 'x'],
        ['mode.name', 'regex'],
      ],
      [
        ['search.name', 'a'],
        ['search.name', 'b'],
      ],
      [
        ['search', 'x'],
        ['joint', 'xor'],
      ],
      [
        ['search', 'x'],
        ['isCaseSensitive', 'yes'],
      ],
      [
        ['search.name', 'x'],
        ['mode.name', 'similar_to'],
      ],
      [['search', 'x'.repeat(257)]],
    ];
    for (const pairs of refusals) {
      const response = await search(pairs);
      expect([response.status, response.body.code], JSON.stringify(pairs)).toEqual([400, 'guard.invalid_query']);
    }
  });

  it('is parameterized: hostile values match nothing and break nothing', async () => {
    const hostile = [
      "' OR 1=1 --",
      "%' OR '1'='1",
      '"; DROP TABLE users; --',
      "') UNION SELECT password_encrypted FROM users --",
      '\\',
      '%\\',
      "'",
    ];
    for (const value of hostile)
      for (const mode of ['like', 'exact']) {
        expect(
          await names([
            ['search.name', value],
            ['mode.name', mode],
          ]),
        ).toEqual([]);
        expect(
          await names([
            ['search', value],
            ['mode', mode],
            ['isCaseSensitive', 'true'],
          ]),
        ).toEqual([]);
      }
    expect((await api.get('/users')).body).toHaveLength(4 + 0);
  });

  it.runIf(dialect === 'postgres')('runs similar_to and posix on PostgreSQL, refusing malformed patterns', async () => {
    expect(
      await names([
        ['search.username', '(bob|carol)%'],
        ['mode.username', 'similar_to'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual(['bob_b', 'carol_x']);
    expect(
      await names([
        ['search.username', '^ali'],
        ['mode.username', 'posix'],
      ]),
    ).toEqual(['Alice_W', 'alicia']);
    expect(
      await names([
        ['search.username', '^ali'],
        ['mode.username', 'posix'],
        ['isCaseSensitive', 'true'],
      ]),
    ).toEqual(['alicia']);
    for (const pattern of ['(', '[a-', '\\']) {
      const response = await search([
        ['search.username', pattern],
        ['mode.username', 'posix'],
      ]);
      expect([response.status, response.body.code], pattern).toEqual([400, 'guard.invalid_query']);
    }
    const hostile = await names([
      ['search.name', "' OR 1=1 --"],
      ['mode.name', 'posix'],
    ]);
    expect(hostile).toEqual([]);
  });

  it.runIf(dialect === 'sqlite')('refuses similar_to and posix on SQLite with a clear 400', async () => {
    for (const mode of ['similar_to', 'posix']) {
      const response = await search([
        ['search.username', 'bob'],
        ['mode.username', mode],
        ['isCaseSensitive', 'true'],
      ]);
      expect([response.status, response.body.code]).toEqual([400, 'guard.invalid_query']);
      expect(response.body.message).toContain('PostgreSQL');
    }
  });
});
