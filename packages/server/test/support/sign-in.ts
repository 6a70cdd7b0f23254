/**
 * A tiny browser for protocol tests: a cookie jar that honours Path and Max-Age, manual
 * redirects, and the Experience API calls the sign-in page makes. It follows an
 * authorization URL through Tessera and stops where the browser would leave it (the app's
 * redirect URI), so tests hand that callback URL to the real client library.
 */

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  expires?: number;
}

export class CookieJar {
  private cookies: StoredCookie[] = [];

  store(response: Response, requestUrl: URL): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const cookie: StoredCookie = {
        name: pair.slice(0, eq),
        value: pair.slice(eq + 1),
        path: defaultPath(requestUrl),
      };
      for (const attribute of attributes) {
        const [key = '', value = ''] = attribute.split('=');
        const lower = key.toLowerCase();
        if (lower === 'path' && value.startsWith('/')) cookie.path = value;
        if (lower === 'max-age') cookie.expires = Date.now() + Number(value) * 1000;
        if (lower === 'expires' && cookie.expires === undefined) cookie.expires = Date.parse(value);
      }
      this.cookies = this.cookies.filter((c) => c.name !== cookie.name || c.path !== cookie.path);
      if (cookie.expires === undefined || cookie.expires > Date.now()) this.cookies.push(cookie);
    }
  }

  header(url: URL): string {
    const now = Date.now();
    return this.cookies
      .filter((c) => (c.expires === undefined || c.expires > now) && pathMatches(url.pathname, c.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  names(): string[] {
    return this.cookies.map((c) => c.name);
  }

  /** The value of a cookie, whatever its path (for storage assertions). */
  value(name: string): string | undefined {
    return this.cookies.find((c) => c.name === name)?.value;
  }

  clear(): void {
    this.cookies = [];
  }
}

function defaultPath(url: URL): string {
  const path = url.pathname;
  return path.lastIndexOf('/') <= 0 ? '/' : path.slice(0, path.lastIndexOf('/'));
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

export interface Credentials {
  username: string;
  password: string;
}

export interface ApiAnswer {
  status: number;
  body: any;
}

/** One user agent against one Tessera server. */
export class Browser {
  readonly jar = new CookieJar();
  readonly origin: string;

  /** The realm the browser signs in to: `''` for end users, `/admin` for administrators. */
  readonly basePath: string;

  constructor(serverUrl: string, basePath = '') {
    this.origin = new URL(serverUrl).origin;
    this.basePath = basePath;
  }

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, this.origin);
    const headers = new Headers(init.headers);
    const cookie = this.jar.header(target);
    if (cookie) headers.set('cookie', cookie);
    if (!headers.has('accept')) headers.set('accept', 'text/html,application/json;q=0.9');
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.jar.store(response, target);
    return response;
  }

  /**
   * Follows redirects while they stay on the server. Returns the first URL off the server
   * (the app's callback) or, when a page answers, that page's URL and response.
   */
  async follow(url: string | URL): Promise<{ url: URL; response?: Response; leftServer: boolean }> {
    let current = new URL(url, this.origin);
    for (let hops = 0; hops < 20; hops++) {
      if (current.origin !== this.origin) return { url: current, leftServer: true };
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current);
        continue;
      }
      return { url: current, response, leftServer: false };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  async api(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const response = await this.request(`${this.basePath}/api/experience${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // 201 from identification carries no JSON (Koa's default "Created"), as Logto's does.
    const json = response.headers.get('content-type')?.includes('application/json');
    return { status: response.status, body: text && json ? JSON.parse(text) : undefined };
  }
}

function expectStatus(answer: ApiAnswer, expected: number[], step: string): void {
  if (!expected.includes(answer.status)) {
    throw new Error(`${step}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

export type SignInMode = 'sign-in' | 'register';

/**
 * Drives the Experience API the way the sign-in page does, on the interaction bound to the
 * browser's cookie, and returns the `redirectTo` the submit step answers.
 */
export async function completeExperience(
  browser: Browser,
  { username, password }: Credentials,
  mode: SignInMode = 'sign-in',
): Promise<string> {
  const event = mode === 'register' ? 'Register' : 'SignIn';
  expectStatus(await browser.api('PUT', '', { interactionEvent: event }), [204], 'start interaction');
  const path = mode === 'register' ? '/verification/new-password-identity' : '/verification/password';
  const identifier = { type: 'username', value: username };
  const verification = await browser.api('POST', path, { identifier, password });
  expectStatus(verification, [200], 'verify password');
  const identification = await browser.api('POST', '/identification', {
    verificationId: verification.body.verificationId,
  });
  expectStatus(identification, mode === 'register' ? [201] : [204], 'identify');
  const submit = await browser.api('POST', '/submit');
  expectStatus(submit, [200], 'submit');
  return submit.body.redirectTo as string;
}

/**
 * Opens the authorization URL, expects the sign-in (or sign-up) page, signs in through the
 * Experience API and follows the provider back to the app. Returns the callback URL.
 */
export async function signIn(
  browser: Browser,
  authorizationUrl: string | URL,
  credentials: Credentials,
  mode: SignInMode = 'sign-in',
): Promise<URL> {
  const landing = await browser.follow(authorizationUrl);
  await landing.response?.body?.cancel();
  const expectedPage = `${browser.basePath}${mode === 'register' ? '/register' : '/sign-in'}`;
  if (landing.leftServer || landing.url.pathname !== expectedPage) {
    throw new Error(`expected the ${expectedPage} page, got ${landing.url} (${landing.response?.status})`);
  }
  const redirectTo = await completeExperience(browser, credentials, mode);
  return expectCallback(browser, redirectTo);
}

/**
 * Silent SSO and prompt=none: with a session cookie the provider answers the authorization
 * request by redirecting straight back to the app (with a code, or an error for prompt=none).
 */
export async function authorizeSilently(browser: Browser, authorizationUrl: string | URL): Promise<URL> {
  return expectCallback(browser, authorizationUrl);
}

async function expectCallback(browser: Browser, url: string | URL): Promise<URL> {
  const result = await browser.follow(url);
  if (!result.leftServer) {
    const text = await result.response?.text();
    throw new Error(`expected a redirect to the app, stopped at ${result.url} (${result.response?.status}): ${text}`);
  }
  return result.url;
}

/**
 * RP-initiated sign-out: opens the end-session URL, submits the confirmation form the page
 * auto-submits in a real browser, and follows on. Returns where the browser ends up: the
 * app's post-logout redirect URI (left the server) or Tessera's own "signed out" page.
 */
export async function signOut(
  browser: Browser,
  endSessionUrl: string | URL,
): Promise<{ url: URL; leftServer: boolean; page?: string }> {
  const landing = await browser.follow(endSessionUrl);
  if (landing.leftServer) return landing;
  const html = (await landing.response?.text()) ?? '';
  const form = /<form[^>]*id="op\.logoutForm"[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form?.[1]) throw new Error(`no sign-out form at ${landing.url} (${landing.response?.status}): ${html}`);
  const fields = new URLSearchParams({ logout: 'yes' });
  for (const input of (form[2] ?? '').matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
    fields.set(input[1] as string, input[2] as string);
  }
  const confirm = await browser.request(new URL(form[1].replace(/&amp;/g, '&'), landing.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields,
  });
  await confirm.body?.cancel();
  const location = confirm.headers.get('location');
  if (!location) throw new Error(`sign-out confirmation answered ${confirm.status} without a redirect`);
  const result = await browser.follow(new URL(location, landing.url));
  return { ...result, page: result.leftServer ? undefined : await result.response?.text() };
}
