// The HTTP load scenarios, driven on loopback by wrk when it is installed (Debian's `wrk`
// package) and by autocannon otherwise, or when a scenario sends a sequence of distinct requests.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  benchApi,
  benchPermissions,
  benchScope,
  jwtPayload,
  managementApi,
  organizationScopes,
  organizationSignInScope,
  organizationsResource,
  tokenRequest,
} from './seed.js';
import { signIn, signInLoad } from './signin.js';

const basic = ({ id, secret }) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const form = 'application/x-www-form-urlencoded';

/**
 * wrk (C, one thread) costs the machine a few percent of a core where autocannon (JavaScript)
 * needs most of one: on a 2-core machine only wrk leaves a second worker a core to scale into.
 * BENCH_LOAD_GENERATOR=autocannon forces autocannon.
 */
const wrkInstalled =
  process.env.BENCH_LOAD_GENERATOR !== 'autocannon' && spawnSync('wrk', ['--version']).error === undefined;
export const loadGenerator = wrkInstalled ? 'wrk (autocannon for request sequences)' : 'autocannon';

export async function cannon(url, { connections, seconds }, options = {}) {
  if (wrkInstalled && !options.requests) return wrk(url, { connections, seconds }, options);
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** One request repeated by wrk: method, headers and body set by a generated Lua script. */
async function wrk(url, { connections, seconds }, { method = 'GET', headers = {}, body }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-wrk-'));
  const script = path.join(dir, 'request.lua');
  const lua = (value) => JSON.stringify(String(value));
  fs.writeFileSync(
    script,
    [
      `wrk.method = ${lua(method)}`,
      ...(body === undefined ? [] : [`wrk.body = ${lua(body)}`]),
      ...Object.entries(headers).map(([name, value]) => `wrk.headers[${lua(name)}] = ${lua(value)}`),
    ].join('\n'),
  );
  try {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s', '-s', script, url];
    return parseWrk(execFileSync('wrk', args, { encoding: 'utf8' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const wrkUnits = { us: 0.001, ms: 1, s: 1000 };

/** wrk's report: requests, req/s, the latency distribution (--latency) and every kind of failure. */
function parseWrk(output) {
  const number = (pattern) => Number(pattern.exec(output)?.[1] ?? 0);
  const percentile = (p) => {
    const match = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output);
    if (!match) throw new Error(`wrk printed no ${p}th percentile:\n${output}`);
    return Number(match[1]) * wrkUnits[match[2]];
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    rps: number(/^Requests\/sec:\s+([\d.]+)/m),
    p50: percentile(50),
    p99: percentile(99),
    requests: number(/^\s+(\d+) requests in/m),
    errors:
      number(/Non-2xx or 3xx responses: (\d+)/) + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  };
}

/**
 * Refresh tokens rotate (the default; each one works once), so the scenario keeps a pool:
 * each request takes a token from it and puts back the one its response carries. The pool
 * is seeded by real sign-ins, twice as many as connections so a request never waits.
 */
function refreshRequests(web, pool, extra = {}) {
  return [
    {
      method: 'POST',
      path: '/oidc/token',
      headers: { authorization: basic(web), 'content-type': form },
      setupRequest(request) {
        // An empty pool means responses are failing; the request then fails too and is counted.
        const token = pool.pop() ?? 'pool-exhausted';
        return {
          ...request,
          body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token, ...extra }).toString(),
        };
      },
      onResponse(status, body) {
        if (status === 200) pool.push(JSON.parse(body).refresh_token);
      },
    },
  ];
}

/** A pool of refresh tokens from `2 × connections` sign-ins (see refreshRequests). */
async function refreshPool(server, web, load, options) {
  const pool = [];
  for (let i = 0; i < load.connections * 2; i++) pool.push((await signIn(server, web, options)).refresh_token);
  return pool;
}

const sameSet = (a, b) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** client_credentials for the bench API's permission, as the service app. */
const clientCredentialsRequest = (service) => ({
  method: 'POST',
  headers: { authorization: basic(service), 'content-type': form },
  body: new URLSearchParams({ grant_type: 'client_credentials', resource: benchApi, scope: benchScope }).toString(),
});

/** client_credentials for all 20 permissions the multi-role service holds through its 5 roles. */
const multiRoleBody = new URLSearchParams({
  grant_type: 'client_credentials',
  resource: benchApi,
  scope: benchPermissions.join(' '),
}).toString();

/**
 * Every scenario by name: `prepare` (not measured) builds what the load needs, `run` is the
 * measured part. Both get the seeded server and the load settings.
 */
export const scenarios = {
  discovery: { run: (server, _state, load) => cannon(`${server.issuer}/.well-known/openid-configuration`, load) },

  jwks: { run: (server, _state, load) => cannon(`${server.issuer}/jwks`, load) },

  'client credentials': {
    run: (server, { service }, load) => cannon(`${server.issuer}/token`, load, clientCredentialsRequest(service)),
  },

  'client credentials (5 roles)': {
    async prepare(server, { multiRole }) {
      // A sample response first: 200 (tokenRequest throws otherwise) and all 20 permissions granted.
      const sample = await tokenRequest(
        server,
        multiRole.id,
        multiRole.secret,
        Object.fromEntries(new URLSearchParams(multiRoleBody)),
      );
      const scope = jwtPayload(sample.access_token).scope?.split(' ') ?? [];
      if (!sameSet(scope, benchPermissions))
        throw new Error(`client credentials (5 roles): scope "${scope.join(' ')}"`);
      return { multiRole };
    },
    run: (server, { multiRole }, load) =>
      cannon(`${server.issuer}/token`, load, {
        method: 'POST',
        headers: { authorization: basic(multiRole), 'content-type': form },
        body: multiRoleBody,
      }),
  },

  'client credentials (custom claims script)': {
    // The `client credentials` request with a trivial custom claims script set: the cost of the
    // sandbox round trip (QuickJS/wasm worker, fresh context per token). Removed after the run.
    async prepare(server, { admin, service }) {
      const api = await managementApi(server, admin);
      await api('PUT', '/configs/jwt-customizer/client-credentials', {
        script:
          'const getCustomJwtClaims = async ({ token, context }) => ({ tier: "gold", app: context.application.id, scopes: token.scope });',
      });
      // With several workers the script reaches the others through the cache invalidation (within
      // a second): every worker must issue the claim before the load starts.
      const hasClaim = async () =>
        jwtPayload(
          (
            await tokenRequest(server, service.id, service.secret, {
              grant_type: 'client_credentials',
              resource: benchApi,
              scope: benchScope,
            })
          ).access_token,
        ).tier === 'gold';
      const deadline = Date.now() + 3000;
      let streak = 0;
      while (streak < 10) {
        streak = (await hasClaim()) ? streak + 1 : 0;
        if (streak < 10 && Date.now() > deadline)
          throw new Error('client credentials (custom claims script): the claim is missing');
      }
      return { api, service };
    },
    async run(server, { api, service }, load) {
      try {
        // At most 24 connections: beyond the sandbox's queue bound (32 per pool) tokens would be
        // issued without the claims, faster, and the figure would flatter the sandbox.
        const connections = Math.min(load.connections, 24);
        return await cannon(`${server.issuer}/token`, { ...load, connections }, clientCredentialsRequest(service));
      } finally {
        await api('DELETE', '/configs/jwt-customizer/client-credentials');
      }
    },
  },

  'refresh token (rotating)': {
    async prepare(server, { web }, load) {
      return { web, pool: await refreshPool(server, web, load) };
    },
    run: (server, { web, pool }, load) => cannon(server.url, load, { requests: refreshRequests(web, pool) }),
  },

  'organization token': {
    async prepare(server, { web, organizationId }, load) {
      const pool = await refreshPool(server, web, load, {
        scope: organizationSignInScope,
        resources: [organizationsResource],
      });
      // A sample response first (its new refresh token goes back in the pool): an organization JWT.
      const sample = await tokenRequest(server, web.id, web.secret, {
        grant_type: 'refresh_token',
        refresh_token: pool.pop(),
        organization_id: organizationId,
      });
      pool.push(sample.refresh_token);
      const { aud, scope } = jwtPayload(sample.access_token);
      if (aud !== `urn:logto:organization:${organizationId}` || !sameSet(scope?.split(' ') ?? [], organizationScopes)) {
        throw new Error(`organization token: aud ${JSON.stringify(aud)}, scope ${JSON.stringify(scope)}`);
      }
      return { web, pool, organizationId };
    },
    run: (server, { web, pool, organizationId }, load) =>
      cannon(server.url, load, { requests: refreshRequests(web, pool, { organization_id: organizationId }) }),
  },

  'user info': {
    async prepare(server, { web }) {
      return { token: (await signIn(server, web)).access_token };
    },
    run: (server, { token }, load) =>
      cannon(`${server.issuer}/me`, load, { headers: { authorization: `Bearer ${token}` } }),
  },

  'password sign-in (flows)': {
    run: (server, { web }, load) =>
      signInLoad(server, web, { concurrency: load.signInConcurrency, seconds: load.seconds }),
  },
};
