import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHookReceiver } from './support/hook-receiver.js';
import { type FieldIds, type LogtoRequestCase, logtoRequestCases } from './support/logto-request-fields.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** True when `actual` holds everything `expected` holds (objects by key, arrays element by element). */
function holds(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => holds(actual[i], item))
    );
  if (expected !== null && typeof expected === 'object')
    return (
      actual !== null &&
      typeof actual === 'object' &&
      Object.entries(expected).every(([key, value]) => holds((actual as Record<string, unknown>)[key], value))
    );
  return Object.is(actual, expected);
}

const fill = (path: string, ids: Record<string, string>) =>
  path.replace(/:(\w+)/g, (_, name: string) => {
    if (ids[name] === undefined) throw new Error(`no id for :${name}`);
    return ids[name];
  });

describe(`Logto's request fields are accepted, stored and answered (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let receiver: Awaited<ReturnType<typeof startHookReceiver>>;
  const ids = {} as FieldIds;

  beforeAll(async () => {
    receiver = await startHookReceiver();
    server = await startTestServer();
    api = await managementApi(server);
    const made = async (path: string, body: Record<string, unknown>) => {
      const answer = await api.post(path, body);
      if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.id as string;
    };
    ids.userId = await made('/users', { username: 'fields_owner', password: 'Correct horse battery 9' });
    ids.inviteeUserId = await made('/users', { username: 'fields_invitee', primaryEmail: 'invitee@example.com' });
    ids.roleId = await made('/roles', { name: 'fields-user-role', description: 'users' });
    ids.m2mRoleId = await made('/roles', { name: 'fields-m2m-role', description: 'apps', type: 'MachineToMachine' });
    ids.otherM2mRoleId = await made('/roles', { name: 'fields-m2m-2', description: 'apps', type: 'MachineToMachine' });
    ids.appId = await made('/applications', { name: 'fields web', type: 'Traditional' });
    ids.m2mAppId = await made('/applications', { name: 'fields m2m', type: 'MachineToMachine' });
    ids.resourceId = await made('/resources', { name: 'Fields API', indicator: 'https://fields.example.com' });
    ids.scopeId = await made(`/resources/${ids.resourceId}/scopes`, { name: 'fields:read' });
    ids.organizationId = await made('/organizations', { name: 'Fields org' });
    ids.organizationScopeId = await made('/organization-scopes', { name: 'fields:org' });
    ids.organizationRoleId = await made('/organization-roles', { name: 'fields-member' });
    ids.m2mOrganizationRoleId = await made('/organization-roles', { name: 'fields-bot', type: 'MachineToMachine' });
    ids.hookUrl = receiver.url;
  });
  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
  });

  it('the fixture covers every write route it names once at least, with a body', () => {
    expect(logtoRequestCases.length).toBeGreaterThan(60);
    for (const { body } of logtoRequestCases) expect(Object.keys(body(ids)).length).toBeGreaterThan(0);
  });

  it.each(logtoRequestCases.map((c, index) => [`${index + 1}. ${c.operation}`, c] as const))(
    '%s',
    async (_, testCase: LogtoRequestCase) => {
      const [method, rawPath] = testCase.operation.split(' ') as [string, string];
      const path = fill(rawPath, ids);
      const body = testCase.body(ids);

      // A field neither Logto nor Tessera knows is refused, and nothing is written.
      const unknown = await api.call(method, path, { ...body, notALogtoField: true });
      expect(unknown.status, JSON.stringify(unknown.body)).toBe(400);
      expect(unknown.body.code).toBe('guard.invalid_input');
      expect(JSON.stringify(unknown.body)).toContain('notALogtoField');

      const answer = await api.call(method, path, body);
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
      for (const [key, value] of Object.entries(testCase.keep ?? {})) ids[key] = answer.body[value];

      // Every accepted field is stored and answered back, unless the fixture says why not.
      const echoed = Object.fromEntries(Object.entries(body).filter(([key]) => !testCase.notEchoed?.[key]));
      if (Object.keys(echoed).length === 0) return;
      let read: unknown = answer.body;
      if (testCase.readBack) {
        const readPath = fill(testCase.readBack, { ...ids, answerId: answer.body?.id });
        const got = await api.get(readPath);
        expect(got.status).toBe(200);
        read = got.body;
      }
      const items = Array.isArray(read) ? read : [read];
      const found = items.find((item) => holds(item, echoed));
      expect(found, `${JSON.stringify(read)}\n  does not hold\n${JSON.stringify(echoed)}`).toBeDefined();
    },
  );
});
