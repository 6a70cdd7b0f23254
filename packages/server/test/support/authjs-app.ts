import { CookieJar } from './sign-in.js';

/**
 * The app side of an Auth.js integration: each request goes through the app's Auth.js handler
 * with the app's own cookie jar, as a browser talking to a Next.js/SvelteKit app would.
 */
export function createAuthjsApp(origin: string, handle: (request: Request) => Promise<Response>) {
  const jar = new CookieJar();
  return async (path: string, init: RequestInit = {}) => {
    const url = new URL(path, origin);
    const headers = new Headers(init.headers);
    const cookie = jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await handle(new Request(url, { ...init, headers }));
    jar.store(response, url);
    return response;
  };
}

export type AuthjsApp = ReturnType<typeof createAuthjsApp>;

/** Posts the sign-in form for the `logto` provider (with its CSRF token); answers Auth.js's redirect. */
export async function startAuthjsSignIn(appRequest: AuthjsApp, callbackUrl?: string): Promise<Response> {
  const { csrfToken } = (await (await appRequest('/api/auth/csrf')).json()) as { csrfToken: string };
  return appRequest('/api/auth/signin/logto', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, ...(callbackUrl ? { callbackUrl } : {}) }),
  });
}
