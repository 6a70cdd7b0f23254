// A complete password sign-in, as a browser and an app perform it:
// /oidc/auth → Experience API (start, password, identification, submit) → /oidc/auth/<uid>
// → redirect with a code → token exchange. Driven as a closed loop with N concurrent users.
import { createHash, randomBytes } from 'node:crypto';
import { redirectUri, tokenRequest, user } from './seed.js';

/** Just enough of a cookie jar: name + path, sent where the path matches. */
class Jar {
  cookies = new Map();

  store(response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const pathAttribute = attributes.find((a) => a.toLowerCase().startsWith('path='));
      const path = pathAttribute ? pathAttribute.slice(5) : '/';
      const expired = attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=Thu, 01 Jan 1970/i.test(a));
      const key = `${pair.slice(0, eq)};${path}`;
      if (expired) this.cookies.delete(key);
      else this.cookies.set(key, { pair, path });
    }
  }

  header(url) {
    const { pathname } = new URL(url);
    return [...this.cookies.values()]
      .filter(({ path }) => pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`))
      .map(({ pair }) => pair)
      .join('; ');
  }
}

async function step(jar, url, init = {}) {
  const headers = { ...init.headers, cookie: jar.header(url) };
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

async function experience(server, jar, method, path, body, expected) {
  const response = await step(jar, `${server.url}/api/experience${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * One full sign-in; returns the token response (access, refresh and ID tokens). `scope` and
 * `resources` (resource indicators, each sent as a `resource` parameter) go on /oidc/auth.
 */
export async function signIn(server, web, { scope = 'openid offline_access profile', resources = [] } = {}) {
  const jar = new Jar();
  const verifier = randomBytes(32).toString('base64url');
  const authorization = new URL(`${server.issuer}/auth`);
  const params = new URLSearchParams({
    client_id: web.id,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope,
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    prompt: 'consent',
  });
  for (const resource of resources) params.append('resource', resource);
  authorization.search = params.toString();
  const start = await step(jar, authorization);
  await start.body?.cancel();
  if (start.status !== 303) throw new Error(`authorization: ${start.status}`);

  await experience(server, jar, 'PUT', '', { interactionEvent: 'SignIn' }, 204);
  const identifier = { type: 'username', value: user.username };
  const { verificationId } = await experience(
    server,
    jar,
    'POST',
    '/verification/password',
    {
      identifier,
      password: user.password,
    },
    200,
  );
  await experience(server, jar, 'POST', '/identification', { verificationId }, 204);
  let { redirectTo: location } = await experience(server, jar, 'POST', '/submit', undefined, 200);

  // Follow the provider (resume, possibly consent) until it sends the browser back to the app.
  for (let hops = 0; !location.startsWith(redirectUri); hops++) {
    if (hops === 10) throw new Error(`no code after 10 redirects (at ${location})`);
    const response = await step(jar, new URL(location, server.url));
    await response.body?.cancel();
    location = response.headers.get('location') ?? '';
    if (!location) throw new Error(`stopped with ${response.status} before the callback`);
  }
  const code = new URL(location).searchParams.get('code');
  if (!code) throw new Error(`callback without a code: ${location}`);
  return tokenRequest(server, web.id, web.secret, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** `concurrency` users signing in back to back for `seconds`; flows per second and latency. */
export async function signInLoad(server, web, { concurrency, seconds }) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  async function worker() {
    while (performance.now() < deadline) {
      const begin = performance.now();
      try {
        await signIn(server, web);
        latencies.push(performance.now() - begin);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  if (firstError) console.warn(`  sign-in errors: ${errors} (first: ${firstError.message})`);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors,
  };
}
