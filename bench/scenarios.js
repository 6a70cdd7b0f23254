// The HTTP load scenarios, driven by autocannon on loopback.
import autocannon from 'autocannon';
import { benchApi, benchScope } from './seed.js';
import { signIn, signInLoad } from './signin.js';

const basic = ({ id, secret }) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const form = 'application/x-www-form-urlencoded';

export async function cannon(url, { connections, seconds }, options) {
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Refresh tokens rotate (the default; each one works once), so the scenario keeps a pool:
 * each request takes a token from it and puts back the one its response carries. The pool
 * is seeded by real sign-ins, twice as many as connections so a request never waits.
 */
function refreshRequests(web, pool) {
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
          body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token }).toString(),
        };
      },
      onResponse(status, body) {
        if (status === 200) pool.push(JSON.parse(body).refresh_token);
      },
    },
  ];
}

/**
 * Every scenario by name: `prepare` (not measured) builds what the load needs, `run` is the
 * measured part. Both get the seeded server and the load settings.
 */
export const scenarios = {
  discovery: { run: (server, _state, load) => cannon(`${server.issuer}/.well-known/openid-configuration`, load) },

  jwks: { run: (server, _state, load) => cannon(`${server.issuer}/jwks`, load) },

  'client credentials': {
    run: (server, { service }, load) =>
      cannon(`${server.issuer}/token`, load, {
        method: 'POST',
        headers: { authorization: basic(service), 'content-type': form },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          resource: benchApi,
          scope: benchScope,
        }).toString(),
      }),
  },

  'refresh token (rotating)': {
    async prepare(server, { web }, load) {
      const pool = [];
      for (let i = 0; i < load.connections * 2; i++) pool.push((await signIn(server, web)).refresh_token);
      return { web, pool };
    },
    run: (server, { web, pool }, load) => cannon(server.url, load, { requests: refreshRequests(web, pool) }),
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
