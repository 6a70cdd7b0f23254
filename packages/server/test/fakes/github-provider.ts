import { randomBytes } from 'node:crypto';
import {
  bearer,
  expectForm,
  json,
  queryString,
  redirectTo,
  startUpstream,
  type UpstreamReply,
  type UpstreamRequest,
  type Violation,
} from './upstream-server.js';

/**
 * GitHub's OAuth app flow and REST API as documented: /login/oauth/authorize,
 * /login/oauth/access_token (client id and secret in the form; a query string unless the
 * request accepts JSON; refusals with HTTP 200 and an `error`), GET /user (User-Agent
 * required) and GET /user/emails.
 */
export const githubApp = {
  clientId: 'Iv1.0123456789abcdef',
  clientSecret: 'github-client-secret-0123456789abcdef0123',
};

export interface GitHubUser {
  id: number;
  login: string;
  name: string | null;
  avatar_url: string;
  email: string | null;
}

export async function startGitHubFake() {
  const signedIn = {
    user: {
      id: 583231,
      login: 'octocat',
      name: 'The Octocat',
      avatar_url: 'https://avatars.example.test/583231',
      email: null,
    } as GitHubUser,
    emails: [
      { email: 'octo-old@example.test', primary: false, verified: true, visibility: null },
      { email: 'octocat@example.test', primary: true, verified: true, visibility: 'private' },
    ],
  };
  const codes = new Map<string, string>();
  const tokens = new Set<string>();

  function answerToken(request: UpstreamRequest, body: Record<string, string>): UpstreamReply {
    // GitHub: "You can also receive the response in different formats if you provide the format in the Accept header."
    return (request.headers.accept ?? '').includes('application/json') ? json(200, body) : queryString(200, body);
  }

  function token(request: UpstreamRequest, violation: Violation): UpstreamReply {
    expectForm(request, violation);
    const { form } = request;
    if (form.get('client_id') !== githubApp.clientId || form.get('client_secret') !== githubApp.clientSecret)
      return answerToken(request, {
        error: 'incorrect_client_credentials',
        error_description: 'The client_id and/or client_secret passed are incorrect.',
      });
    const redirectUri = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    if (redirectUri === undefined || redirectUri !== form.get('redirect_uri'))
      return answerToken(request, {
        error: 'bad_verification_code',
        error_description: 'The code passed is incorrect or expired.',
      });
    const accessToken = `gho_${randomBytes(18).toString('hex')}`;
    tokens.add(accessToken);
    return answerToken(request, { access_token: accessToken, scope: 'read:user,user:email', token_type: 'bearer' });
  }

  function api(request: UpstreamRequest, violation: Violation, reply: () => unknown): UpstreamReply {
    if (!request.headers['user-agent']) violation(`${request.url.pathname} without User-Agent`);
    if (!tokens.has(bearer(request) ?? ''))
      return json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    return json(200, reply());
  }

  const fake = await startUpstream((request, violation) => {
    const route = `${request.method} ${request.url.pathname}`;
    if (route === 'GET /login/oauth/authorize') {
      const params = request.url.searchParams;
      if (params.get('client_id') !== githubApp.clientId) violation(`client_id is ${params.get('client_id')}`);
      if (params.get('scope') !== 'read:user user:email') violation(`scope is ${params.get('scope')}`);
      const redirectUri = params.get('redirect_uri') ?? '';
      const code = randomBytes(10).toString('hex');
      codes.set(code, redirectUri);
      const back = new URL(redirectUri);
      back.search = new URLSearchParams({ code, state: params.get('state') ?? '' }).toString();
      return redirectTo(back.toString());
    }
    if (route === 'POST /login/oauth/access_token') return token(request, violation);
    if (route === 'GET /user') return api(request, violation, () => signedIn.user);
    if (route === 'GET /user/emails') return api(request, violation, () => signedIn.emails);
    violation(`unexpected ${route}`);
    return json(404, { message: 'Not Found' });
  });
  return Object.assign(fake, { signedIn });
}

export type GitHubFake = Awaited<ReturnType<typeof startGitHubFake>>;
