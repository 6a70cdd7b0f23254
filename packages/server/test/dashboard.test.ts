import * as oidc from 'openid-client';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivityRecorder, type DashboardStore } from '../src/dashboard/index.js';
import { recordActiveUsers } from '../src/oidc/audit-events.js';
import { clientCredentialsToken, type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

const callback = 'http://localhost:3000/callback';
const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;
type Json = Record<string, any>;

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Logto's dashboard API: user totals, new users against the period before, and daily, weekly and
 * monthly active users, where a user is active on each UTC day they get tokens.
 */
describe(`dashboard API (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let config: oidc.Configuration;
  const today = Math.floor(Date.now() / dayMs) * dayMs;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    const app = await createApp(server, 'SPA', [callback]);
    config = await clientConfig(server, app.id);
  });
  afterAll(() => server.stop());

  async function get(path: string): Promise<Json> {
    const answer = await api.get(path);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }

  /** A user created `ago` milliseconds before now. */
  async function userCreatedAgo(ago: number) {
    const user = await createUser(server);
    await server.services.db
      .updateTable('users')
      .set({ created_at: Date.now() - ago })
      .where('id', '=', user.id)
      .execute();
    return user;
  }

  async function signInAndRedeem(username: string, scope = 'openid') {
    const request = await authorizationRequest(config, { redirect_uri: callback, scope, prompt: 'consent' });
    const landing = await signIn(new Browser(server.url), request.url, { username, password });
    return oidc.authorizationCodeGrant(config, landing, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
  }

  /** Marks a user active on a past day, as the token path would have then. */
  const activeOn = (userId: string, day: number) => server.services.stores.dashboard.markActive(userId, day, day);

  it('counts all users, and users created in the last 24 hours and 7 days against the period before', async () => {
    expect(await get('/dashboard/users/total')).toEqual({ totalUserCount: 0 });
    expect(await get('/dashboard/users/new')).toEqual({
      today: { count: 0, delta: 0 },
      last7Days: { count: 0, delta: 0 },
    });

    await userCreatedAgo(0);
    await userCreatedAgo(2 * hourMs);
    await userCreatedAgo(30 * hourMs); // yesterday
    await userCreatedAgo(3 * dayMs);
    await userCreatedAgo(6 * dayMs);
    await userCreatedAgo(8 * dayMs); // the 7 days before
    await userCreatedAgo(10 * dayMs);
    await userCreatedAgo(13 * dayMs);
    await userCreatedAgo(40 * dayMs); // only in the total

    expect(await get('/dashboard/users/total')).toEqual({ totalUserCount: 9 });
    expect(await get('/dashboard/users/new')).toEqual({
      today: { count: 2, delta: 2 - 1 },
      last7Days: { count: 5, delta: 5 - 3 },
    });
  });

  it('marks users who sign in through a real client active today, once each, next to the days recorded before', async () => {
    const [alice, bob, carol, dave, erin] = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(server)));
    // Alice twice, with a refresh token she then uses; Bob once.
    const first = await signInAndRedeem(alice.username as string, 'openid offline_access');
    expect(first.refresh_token).toBeTruthy();
    await signInAndRedeem(alice.username as string);
    await oidc.refreshTokenGrant(config, first.refresh_token as string);
    await signInAndRedeem(bob.username as string);
    // A machine token has no user: nobody becomes active by it.
    await managementApi(server);
    await server.services.activity.flush();

    const rows = await server.services.db
      .selectFrom('daily_active_users')
      .selectAll()
      .where('date', '=', today)
      .execute();
    expect(rows.map((row) => row.user_id).sort()).toEqual([alice.id, bob.id].sort());

    await activeOn(carol.id, today - dayMs);
    await activeOn(carol.id, today - 3 * dayMs);
    await activeOn(dave.id, today - 10 * dayMs);
    await activeOn(erin.id, today - 40 * dayMs);
    await activeOn(erin.id, today - 70 * dayMs); // outside every window

    const active = await get('/dashboard/users/active');
    expect(active.dau).toEqual({ count: 2, delta: 2 - 1 });
    expect(active.wau).toEqual({ count: 3, delta: 3 - 1 });
    expect(active.mau).toEqual({ count: 4, delta: 4 - 1 });
    expect(active.dauCurve).toHaveLength(30);
    expect(active.dauCurve[0].date).toBe(isoDay(today - 29 * dayMs));
    expect(active.dauCurve[29]).toEqual({ date: isoDay(today), count: 2 });
    const counts = Object.fromEntries(active.dauCurve.map((point: Json) => [point.date, point.count]));
    expect(counts[isoDay(today - dayMs)]).toBe(1);
    expect(counts[isoDay(today - 3 * dayMs)]).toBe(1);
    expect(counts[isoDay(today - 10 * dayMs)]).toBe(1);
    expect(active.dauCurve.reduce((sum: number, point: Json) => sum + point.count, 0)).toBe(5);

    // A past date moves every window back: the day Carol was active 3 days ago.
    const past = await get(`/dashboard/users/active?date=${isoDay(today - 3 * dayMs)}`);
    expect(past.dau).toEqual({ count: 1, delta: 1 });
    expect(past.wau).toEqual({ count: 1, delta: 0 }); // Carol; Dave in the week before
    expect(past.mau).toEqual({ count: 2, delta: 1 }); // Carol and Dave; Erin in the month before
    expect(past.dauCurve).toHaveLength(30);
    expect(past.dauCurve[29]).toEqual({ date: isoDay(today - 3 * dayMs), count: 1 });
    expect(past.dauCurve[0].date).toBe(isoDay(today - 32 * dayMs));
  });

  it('refuses a date that is not a calendar day written YYYY-MM-DD, saying so', async () => {
    for (const date of ['yesterday', '2026-02-30', '2026-1-5', '2026-01-05T00:00:00Z', '']) {
      const answer = await api.get(`/dashboard/users/active?date=${encodeURIComponent(date)}`);
      expect(answer.status, date).toBe(400);
      expect(JSON.stringify(answer.body), date).toContain('YYYY-MM-DD');
    }
  });

  it('answers a read-only (viewer) token, and nobody without a token', async () => {
    const { body: resources } = await api.get('/resources');
    const management = resources.find((resource: Json) => resource.indicator === server.config.managementApiIndicator);
    const { body: scopes } = await api.get(`/resources/${management.id}/scopes`);
    const read = scopes.find((scope: Json) => scope.name === 'read');
    const viewer = (
      await api.post('/roles', { name: 'Viewer', description: 'Reads', type: 'MachineToMachine', scopeIds: [read.id] })
    ).body;
    const reader = (await api.post('/applications', { name: 'Dashboard reader', type: 'MachineToMachine' })).body;
    expect((await api.post(`/applications/${reader.id}/roles`, { roleIds: [viewer.id] })).status).toBe(201);
    const token = await clientCredentialsToken(
      server,
      { clientId: reader.id, clientSecret: reader.secret },
      { resource: server.config.managementApiIndicator, scope: 'read' },
    );
    expect(token.body.scope).toBe('read');
    for (const path of ['/dashboard/users/total', '/dashboard/users/new', '/dashboard/users/active']) {
      const withRead = await fetch(`${server.url}/api${path}`, {
        headers: { authorization: `Bearer ${token.body.access_token}` },
      });
      expect(withRead.status, path).toBe(200);
      expect((await fetch(`${server.url}/api${path}`)).status, path).toBe(401);
    }
  });
});

describe('daily active users off the token path', () => {
  const logger = pino({ level: 'silent' });

  /** The provider's `grant.success` listener, with a fake provider that keeps it. */
  function grantListener(record: (userId: string) => void) {
    let listener: ((ctx: unknown) => void) | undefined;
    recordActiveUsers({ on: (_event: string, fn: (ctx: unknown) => void) => (listener = fn) } as never, record);
    return (grantType: string, entities: Json) => listener?.({ oidc: { params: { grant_type: grantType }, entities } });
  }

  it('marks the user of authorization code and refresh token grants, not machine tokens', () => {
    const marked: string[] = [];
    const grant = grantListener((userId) => marked.push(userId));
    grant('authorization_code', { AuthorizationCode: { accountId: 'u1' } });
    grant('refresh_token', { RefreshToken: { accountId: 'u2' } });
    grant('client_credentials', { Client: { clientId: 'm2m' } });
    expect(marked).toEqual(['u1', 'u2']);
  });

  it('writes a user once a day, never throws, and retries after a failed write', async () => {
    const writes: Array<[string, number]> = [];
    let failing = true;
    let now = Date.UTC(2026, 0, 31, 23, 0);
    const store = {
      markActive: async (userId: string, date: number) => {
        if (failing) throw new Error('database down');
        writes.push([userId, date]);
      },
    } as unknown as DashboardStore;
    const activity = createActivityRecorder({ store, clock: () => now, logger });

    expect(() => activity.record('u1')).not.toThrow();
    await activity.flush();
    expect(writes).toEqual([]);
    failing = false;
    activity.record('u1');
    activity.record('u1');
    await activity.flush();
    expect(writes).toEqual([['u1', Date.UTC(2026, 0, 31)]]);
    now += 2 * hourMs; // the next UTC day
    activity.record('u1');
    await activity.flush();
    expect(writes).toEqual([
      ['u1', Date.UTC(2026, 0, 31)],
      ['u1', Date.UTC(2026, 1, 1)],
    ]);
  });
});
