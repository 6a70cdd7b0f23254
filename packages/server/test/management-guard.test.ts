import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/admin-token.js';
import { clientCredentialsToken, managementApi } from './support/management-client.js';
import { storeUserSession } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Table-driven checks over every Management API route the server registered: bad input of
 * every kind is a 4xx with a `code`, never a 500; auth is enforced everywhere; the OpenAPI
 * document lists every route.
 */
type Route = { method: string; path: string; body?: unknown };
type Json = Record<string, any>;

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

let sequence = 0;
const unique = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${++sequence}`;

describe(`Management API: every route refuses bad input cleanly (${dialect})`, () => {
  let server: TestServer;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let owner: Awaited<ReturnType<typeof adminApi>>;
  let routes: Route[];
  let document: Json;
  const ids: Record<string, string> = {};
  const seen: Array<{ route: string; status: number; body: unknown }> = [];

  /** A valid body for each route that takes one, so handlers run with bad ids and pages too. */
  const validBodies = (): Record<string, () => unknown> => ({
    'POST /api/applications': () => ({ name: 'app', type: 'SPA' }),
    'PATCH /api/applications/:id': () => ({ name: 'renamed app' }),
    'POST /api/applications/:id/secrets': () => ({ name: unique('secret') }),
    'POST /api/applications/:id/sign-in-tests': () => ({ scopes: ['custom_data'] }),
    'POST /api/users': () => ({ username: unique('user') }),
    'PATCH /api/users/:userId': () => ({ name: 'Someone' }),
    'PATCH /api/users/:userId/password': () => ({ password: 'a new password' }),
    'PATCH /api/users/:userId/is-suspended': () => ({ isSuspended: false }),
    'PATCH /api/users/:userId/custom-data': () => ({ customData: { k: 'v' } }),
    'POST /api/resources': () => ({ name: 'api', indicator: `https://${unique('api')}.example.com` }),
    'PATCH /api/resources/:id': () => ({ name: 'renamed api' }),
    'PATCH /api/resources/:id/is-default': () => ({ isDefault: false }),
    'POST /api/resources/:resourceId/scopes': () => ({ name: unique('scope') }),
    'PATCH /api/resources/:resourceId/scopes/:scopeId': () => ({ description: 'described' }),
    'POST /api/roles': () => ({ name: unique('role'), description: 'role' }),
    'PATCH /api/roles/:id': () => ({ description: 'updated' }),
    'POST /api/roles/:id/scopes': () => ({ scopeIds: [ids.scope] }),
    'POST /api/roles/:id/users': () => ({ userIds: [ids.user] }),
    'POST /api/roles/:id/applications': () => ({ applicationIds: [ids.app] }),
    'POST /api/users/:userId/roles': () => ({ roleIds: [ids.role] }),
    'PUT /api/users/:userId/roles': () => ({ roleIds: [ids.role] }),
    'PUT /api/users/:userId/identities/:target': () => ({ userId: unique('social') }),
    'PATCH /api/users/:userId/profile': () => ({ profile: { nickname: 'Nick' } }),
    'POST /api/users/:userId/password/verify': () => ({ password: 'a new password' }),
    'PATCH /api/users/:userId/logto-configs': () => ({ mfa: { skipped: false } }),
    // Named as `fill` names `:name`, so the rename below finds it.
    'POST /api/users/:userId/personal-access-tokens': () => ({ name: 'Default secret' }),
    'PATCH /api/users/:userId/personal-access-tokens/:name': () => ({ name: unique('pat') }),
    'PATCH /api/users/:userId/personal-access-tokens': () => ({
      currentName: 'Default secret',
      name: 'Default secret',
    }),
    'POST /api/users/:userId/personal-access-tokens/delete': () => ({ name: 'no such token' }),
    'POST /api/users/:userId/identities': () => ({ connectorId: 'no-such-connector', connectorData: { code: 'c' } }),
    'PATCH /api/users/:userId/password/expiration': () => ({ isExpired: false }),
    // Gives the target user a TOTP factor; the other checks send it with bad fields or ids.
    'POST /api/users/:userId/mfa-verifications': () => ({ type: 'Totp' }),
    'POST /api/applications/:applicationId/roles': () => ({ roleIds: [ids.machineRole] }),
    'PUT /api/applications/:applicationId/roles': () => ({ roleIds: [ids.machineRole] }),
    // Renamed to itself, so the secret `fill` names stays there.
    'PATCH /api/applications/:id/secrets/:name': () => ({ name: 'Default secret' }),
    'PATCH /api/applications/:applicationId/custom-data': () => ({ team: 'guard' }),
    'PUT /api/applications/:applicationId/access-control': () => ({
      userIds: [],
      userRoleIds: [],
      organizationIds: [],
      organizationRoleRules: [],
    }),
    'PUT /api/applications/:applicationId/sign-in-experience': () => ({ termsOfUseUrl: null, privacyPolicyUrl: null }),
    'POST /api/applications/:applicationId/user-consent-scopes': () => ({ userScopes: ['profile'] }),
    'POST /api/applications/:id/users/:userId/consent-organizations': () => ({ organizationIds: [] }),
    'PUT /api/applications/:id/users/:userId/consent-organizations': () => ({ organizationIds: [] }),
    'PATCH /api/account-center': () => ({ enabled: false, fields: { name: 'ReadOnly' } }),
    'PUT /api/custom-phrases/:languageTag': () => ({ action: { sign_in: 'Sign in' } }),
    'POST /api/custom-profile-fields': () => ({
      name: unique('field').replace(/\W/g, ''),
      type: 'Text',
      required: false,
    }),
    'PUT /api/custom-profile-fields/:name': () => ({ type: 'Text', required: false }),
  });

  // Routes whose real ids this file knows (other domains' routes get the generic checks only).
  const isOwn = (route: Route) => /^\/api\/(applications|users|resources|roles)(\/|$)/.test(route.path);
  const operation = (route: Route): Json => document.paths[toOpenApiPath(route.path)]?.[route.method];
  const bodySchema = (route: Route): Json | undefined =>
    operation(route)?.requestBody?.content['application/json'].schema;
  /** Logto's custom-data PATCH takes any JSON object: it has no fields to refuse or mistype. */
  const isFreeForm = (route: Route) => !bodySchema(route)?.properties;
  const isPublic = (route: Route) =>
    Array.isArray(operation(route)?.security) && operation(route).security.length === 0;

  /** The route's path with real ids, except `override` for one parameter. */
  function fill(path: string, override?: [string, string]): string {
    return path.replace(/\/:(\w+)/g, (_match, name: string, offset: number) => {
      if (override && override[0] === name) return `/${override[1]}`;
      const owner = path.slice(0, offset).split('/').pop();
      // Apps hold only machine-to-machine roles, so /roles/:id/applications gets that kind.
      const roleId = path.startsWith('/api/roles/:id/applications') ? ids.machineRole : ids.role;
      // Test sign-ins need an app that can sign users in (not the machine-to-machine target);
      // an app's own sign-in experience and consent exist for third-party apps only.
      const thirdParty = /\/(sign-in-experience|user-consent-scopes|consent-organizations)/.test(path);
      const app = path.includes('/sign-in-tests') ? ids.signInApp : thirdParty ? ids.partner : ids.app;
      const real: Record<string, string | undefined> = {
        id: owner === 'applications' ? app : owner === 'resources' ? ids.resource : roleId,
        testId: ids.signInTest,
        userId: ids.user,
        applicationId: app,
        resourceId: ids.resource,
        scopeId: ids.scope,
        roleId: ids.role,
        name: 'Default%20secret',
        tokenTypePath: 'access-token',
        sessionId: 'guard-session',
        languageTag: 'en',
        tenantId: 'default',
        keyType: 'private-keys',
        actionType: 'action.postSignIn',
      };
      return `/${real[name] ?? 'unknown-param'}`;
    });
  }

  /** Routes about the console's administrators take an Owner's console token, not an app's. */
  const consoleOnly = (route: Route) => JSON.stringify(operation(route)?.security ?? []).includes('consoleAdmin');

  async function send(route: Route, path: string, body?: unknown, raw?: string) {
    const response = await (consoleOnly(route) ? owner : api).call(
      route.method.toUpperCase(),
      path.replace(/^\/api/, ''),
      body,
      raw,
    );
    seen.push({ route: `${route.method} ${path}`, status: response.status, body: response.body });
    return response;
  }

  function expectClientError(response: { status: number; body: any }, label: string, status?: number) {
    expect(response.status, label).toBeGreaterThanOrEqual(400);
    expect(response.status, label).toBeLessThan(500);
    if (status) expect(response.status, `${label}: ${JSON.stringify(response.body)}`).toBe(status);
    expect(typeof response.body?.code, `${label}: ${JSON.stringify(response.body)}`).toBe('string');
  }

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    ids.app = (await api.post('/applications', { name: 'Target', type: 'MachineToMachine' })).body.id;
    ids.user = (await api.post('/users', { username: 'target_user' })).body.id;
    // A sign-in session of the target user, as oidc-provider stores one, for /users/:userId/sessions/:sessionId.
    await storeUserSession(server, 'guard-session', ids.user);
    ids.resource = (await api.post('/resources', { name: 'Target', indicator: 'https://target.example.com' })).body.id;
    ids.scope = (await api.post(`/resources/${ids.resource}/scopes`, { name: 'read:target' })).body.id;
    ids.role = (await api.post('/roles', { name: 'target role', description: 't' })).body.id;
    ids.machineRole = (
      await api.post('/roles', { name: 'target machine role', description: 't', type: 'MachineToMachine' })
    ).body.id;
    const callback = `${server.url}/console/sign-in-test/callback`;
    ids.signInApp = (
      await api.post('/applications', {
        name: 'Sign-in target',
        type: 'SPA',
        oidcClientMetadata: { redirectUris: [callback], postLogoutRedirectUris: [] },
      })
    ).body.id;
    ids.signInTest = (await api.post(`/applications/${ids.signInApp}/sign-in-tests`, {})).body.id;
    ids.partner = (await api.post('/applications', { name: 'Partner', type: 'SPA', isThirdParty: true })).body.id;
    await api.put(`/applications/${ids.partner}/sign-in-experience`, { termsOfUseUrl: null, privacyPolicyUrl: null });
    document = (await api.get('/swagger.json')).body;
    const ownerAccount = { username: 'guard_owner', password: 'a long owner passphrase' };
    await server.services.admins.create({ ...ownerAccount, role: 'owner' });
    owner = await adminApi(server, ownerAccount);
    routes = server.registry.routes
      .filter((route) => route.path.startsWith('/api/') && !route.path.startsWith('/api/experience'))
      .map((route) => ({ method: route.method, path: route.path, body: route.body }));
  });
  afterAll(() => server.stop());

  it('covers every route: each body route of these domains has a valid sample here', () => {
    expect(routes.length).toBeGreaterThanOrEqual(45);
    const samples = validBodies();
    for (const route of routes.filter((r) => r.body && isOwn(r))) {
      expect(samples[`${route.method.toUpperCase()} ${route.path}`], `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it('answers valid calls with real ids without a server error', async () => {
    const samples = validBodies();
    // Valid input that names something outside these fixtures (a social provider, a token that
    // would be the fixture's): a client error with a code.
    const outside = new Set([
      'POST /api/users/:userId/identities',
      'POST /api/users/:userId/personal-access-tokens/delete',
      // The fixture user holds no enterprise SSO identity.
      'GET /api/users/:userId/sso-identities/:ssoConnectorId',
    ]);
    for (const route of routes.filter((r) => r.method !== 'delete' && isOwn(r))) {
      const key = `${route.method.toUpperCase()} ${route.path}`;
      const response = await send(route, fill(route.path), samples[key]?.());
      if (outside.has(key)) expectClientError(response, key);
      else expect(response.status, `${route.method} ${route.path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    }
  });

  it('refuses broken JSON, non-object bodies and unknown fields on every body route', async () => {
    for (const route of routes.filter((r) => r.body)) {
      const path = fill(route.path);
      const label = `${route.method} ${route.path}`;
      const broken = await send(route, path, undefined, '{"name": ');
      expectClientError(broken, label, 400);
      expect(broken.body.code, label).toBe('guard.invalid_json');
      for (const raw of ['[]', '"text"', '42', 'null', 'true']) {
        const response = await send(route, path, undefined, raw);
        expectClientError(response, `${label} ${raw}`, 400);
        expect(response.body.code, `${label} ${raw}`).toBe('guard.invalid_input');
      }
      // Free-form bodies (custom data, Logto's batch lists) have no fields to add.
      if (isFreeForm(route)) continue;
      const sample = validBodies()[`${route.method.toUpperCase()} ${route.path}`]?.() as Json;
      const extra = await send(route, path, { ...sample, unexpectedField: 1 });
      expectClientError(extra, `${label} unknown field`, 400);
      expect(extra.body.details).toContain('unexpectedField');
    }
  });

  it('refuses missing required fields and every wrong-typed field, naming the field', async () => {
    for (const route of routes.filter((r) => r.body && !isFreeForm(r))) {
      const schema = bodySchema(route) as Json;
      const path = fill(route.path);
      const label = `${route.method} ${route.path}`;
      const required: string[] = schema.required ?? [];
      if (required.length > 0) {
        const empty = await send(route, path, {});
        expectClientError(empty, `${label} {}`, 400);
        expect(empty.body.code).toBe('guard.invalid_input');
        for (const field of required) expect(empty.body.details, label).toContain(`"${field}"`);
      }
      for (const [field, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        const response = await send(route, path, { [field]: wrongValueFor(property) });
        expectClientError(response, `${label} ${field}`, 400);
        expect(response.body.code, `${label} ${field}`).toBe('guard.invalid_input');
        expect(response.body.details, `${label} ${field}`).toContain(`"${field}`);
      }
    }
  });

  // Grows with the routes (and a few hash passwords): more time than the default 30 s on a busy PostgreSQL.
  it('survives hostile strings in every text field (NUL, very long, astral characters)', {
    timeout: 90_000,
  }, async () => {
    const hostile = ['nul\u0000inside', 'x'.repeat(5000), '💥'.repeat(100), "'; drop table users; --"];
    for (const route of routes.filter((r) => r.body && !isFreeForm(r))) {
      const schema = bodySchema(route) as Json;
      const sample = (validBodies()[`${route.method.toUpperCase()} ${route.path}`]?.() ?? {}) as Json;
      for (const [field, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        const isList = property.type === 'array';
        for (const value of hostile) {
          const response = await send(route, fill(route.path), { ...sample, [field]: isList ? [value] : value });
          const label = `${route.method} ${route.path} ${field}=${value.slice(0, 12)}`;
          expect(response.status, `${label}: ${JSON.stringify(response.body)}`).toBeLessThan(500);
          if (response.status >= 400) expect(typeof response.body.code, label).toBe('string');
        }
      }
    }
  });

  it('answers bad path ids with a 4xx and a code', async () => {
    const samples = validBodies();
    const badIds = ['does-not-exist', 'x'.repeat(300), '%00', '%E2%9C%93', "'%20or%201=1--"];
    for (const route of routes.filter((r) => r.path.includes(':'))) {
      for (const [, name] of route.path.matchAll(/:(\w+)/g)) {
        for (const bad of badIds) {
          const sample = samples[`${route.method.toUpperCase()} ${route.path}`];
          const response = await send(route, fill(route.path, [name as string, bad]), sample?.());
          // Setting an identity directly takes any connector target (as Logto): only malformed ones are refused.
          // …and reading it back finds the one just set.
          if (
            (route.method === 'put' || route.method === 'get') &&
            name === 'target' &&
            bad.length < 128 &&
            bad !== '%00'
          )
            expect(response.status, `${route.path} target=${bad}`).toBeLessThan(300);
          else expectClientError(response, `${route.method} ${route.path} ${name}=${bad}`);
        }
      }
    }
  });

  it('refuses bad page values on every paginated list', async () => {
    const lists = routes.filter((route) =>
      operation(route)?.parameters?.some((parameter: Json) => parameter.name === 'page'),
    );
    expect(lists.filter(isOwn).length).toBeGreaterThanOrEqual(10);
    for (const route of lists) {
      if (isOwn(route)) {
        const ok = await send(route, `${fill(route.path)}?page=1&page_size=5`);
        expect(ok.status, route.path).toBe(200);
        expect(ok.headers.get('total-number'), route.path).toMatch(/^\d+$/);
      }
      for (const query of ['page=0', 'page=abc', 'page_size=0', 'page_size=1000', 'page=1&page=2', 'page=-3']) {
        const response = await send(route, `${fill(route.path)}?${query}`);
        expectClientError(response, `${route.path}?${query}`, 400);
        expect(response.body.code).toBe('guard.invalid_pagination');
      }
      const nul = await send(route, `${fill(route.path)}?search=%00`);
      expect(nul.status, `${route.path} NUL search`).toBeLessThan(500);
    }
  });

  it('never showed a password or its hash in any response above', () => {
    expect(seen.length).toBeGreaterThan(300);
    for (const { route, status, body } of seen) {
      expect(status, route).toBeLessThan(500);
      // The OpenAPI documents describe request bodies, password fields included.
      if (route.includes('openapi') || route.includes('swagger')) continue;
      const text = JSON.stringify(body ?? null);
      // Booleans are settings (the sign-in experience's `signUp.password: true`), not secrets.
      expect(text, route).not.toMatch(/"password(Encrypted|EncryptionMethod|Digest)?"\s*:\s*(?!true\b|false\b)/i);
      expect(text, route).not.toMatch(/\$argon2/);
    }
  });

  it('demands a Management API token with `all` on every route', async () => {
    const { body: limited } = await api.post('/applications', { name: 'No roles', type: 'MachineToMachine' });
    const noAll = await clientCredentialsToken(
      server,
      { clientId: limited.id, clientSecret: limited.secret },
      { resource: server.config.managementApiIndicator },
    );
    expect(noAll.status).toBe(200);
    // A token for another API, from an app that holds a role there.
    const { body: otherRole } = await api.post('/roles', {
      name: 'other api role',
      description: 'o',
      type: 'MachineToMachine',
      scopeIds: [ids.scope],
    });
    await api.post(`/applications/${limited.id}/roles`, { roleIds: [otherRole.id] });
    const otherAudience = await clientCredentialsToken(
      server,
      { clientId: limited.id, clientSecret: limited.secret },
      { resource: 'https://target.example.com' },
    );
    expect(otherAudience.status).toBe(200);

    const cases: Array<[Record<string, string>, number, string]> = [
      [{}, 401, 'auth.authorization_header_missing'],
      [{ authorization: 'Bearer not-a-token' }, 401, 'auth.unauthorized'],
      [{ authorization: 'Basic dXNlcjpwYXNz' }, 401, 'auth.authorization_token_type_not_supported'],
      [{ authorization: `Bearer ${otherAudience.body.access_token}` }, 401, 'auth.unauthorized'],
      [{ authorization: `Bearer ${noAll.body.access_token}` }, 403, 'auth.forbidden'],
    ];
    for (const route of routes.filter((r) => !isPublic(r))) {
      for (const [headers, status, code] of cases) {
        const response = await fetch(`${server.url}${fill(route.path)}`, {
          method: route.method.toUpperCase(),
          headers: { ...headers, 'content-type': 'application/json' },
          body: route.body ? '{}' : undefined,
        });
        const label = `${route.method} ${route.path} ${JSON.stringify(headers).slice(0, 40)}`;
        expect(response.status, label).toBe(status);
        expect((await response.json()).code, label).toBe(code);
      }
    }
  });

  it('serves an OpenAPI 3.1 document listing every registered route, without a token', async () => {
    for (const path of ['/api/swagger.json', '/api/.well-known/management.openapi.json']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.openapi).toBe('3.1.0');
      expect(body.paths).toEqual(document.paths);
    }
    const experience = await (await fetch(`${server.url}/api/.well-known/experience.openapi.json`)).json();

    let documented = 0;
    for (const route of server.registry.routes) {
      const doc = route.path.startsWith('/api/experience') ? experience : document;
      const op = doc.paths[toOpenApiPath(route.path)]?.[route.method];
      expect(op, `${route.method} ${route.path} is documented`).toBeDefined();
      expect(op.summary).toBe(route.summary);
      expect(op.responses[String(route.status)]).toBeDefined();
      for (const [, name] of route.path.matchAll(/:(\w+)/g)) {
        expect(op.parameters.some((p: Json) => p.name === name && p.in === 'path')).toBe(true);
      }
      // An object, or as Logto takes some: a list of objects (batch) or one of several objects (by `type`).
      if (route.body) {
        const schema = op.requestBody.content['application/json'].schema;
        const item = schema.type === 'array' ? schema.items : schema;
        const objects = item.oneOf ?? item.anyOf ?? [item];
        for (const node of objects) expect(node.type, `${route.method} ${route.path} body`).toBe('object');
      }
      documented++;
    }
    const operations = [document, experience].flatMap((doc) =>
      Object.values(doc.paths as Record<string, Json>).flatMap((item) => Object.keys(item)),
    );
    expect(operations.length).toBe(documented);
    // A documented response schema can say what never leaks: users carry hasPassword, not a password.
    const user = document.paths['/api/users/{userId}'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(user.properties)).toContain('hasPassword');
    expect(Object.keys(user.properties)).not.toContain('password');
  });
});

/** A JSON value whose type the property's schema does not allow. */
function wrongValueFor(schema: Json): unknown {
  const types = new Set<string>();
  const collect = (node: Json) => {
    if (typeof node.type === 'string') types.add(node.type);
    if (Array.isArray(node.type)) for (const type of node.type) types.add(type);
    if (node.const !== undefined) types.add(typeof node.const);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) collect(branch);
  };
  collect(schema);
  if (!types.has('string')) return 'a string';
  if (!types.has('number') && !types.has('integer')) return 12_345;
  if (!types.has('boolean')) return true;
  return [{ nested: 'array' }];
}
