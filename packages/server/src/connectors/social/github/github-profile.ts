import { ConnectorError, type SocialUserInfo } from '../../kit/index.js';

interface GitHubUser {
  id?: unknown;
  login?: unknown;
  name?: unknown;
  avatar_url?: unknown;
  email?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

interface GitHubEmail {
  email?: unknown;
  primary?: unknown;
  verified?: unknown;
}

/**
 * The address to keep and whether GitHub verified it, from `GET /user/emails` (its `verified`
 * flag is GitHub's word on each address): the public one of `/user` when there is one, else
 * the primary one. Without the list (no `user:email` scope) a public address stays unverified.
 */
function chooseEmail(publicEmail: string | undefined, emails: unknown): { email?: string; verified: boolean } {
  const list = (Array.isArray(emails) ? emails : []) as GitHubEmail[];
  const entry = publicEmail
    ? list.find((e) => typeof e?.email === 'string' && e.email.toLowerCase() === publicEmail.toLowerCase())
    : list.find((e) => e?.primary === true);
  return { email: publicEmail ?? text(entry?.email), verified: entry?.verified === true };
}

/**
 * The profile from `GET /user`, with the e-mail address chosen above. Reading `/user/emails`
 * needs the `user:email` scope; when it is not granted the sign-in goes on without that list.
 */
export async function githubProfile(raw: unknown, readEmails: () => Promise<unknown>): Promise<SocialUserInfo> {
  const user = (raw ?? {}) as GitHubUser;
  if (typeof user.id !== 'number' && typeof user.id !== 'string')
    throw new ConnectorError('invalid_response', {
      message: 'GitHub answered /user without an id.',
      provider: 'GitHub',
    });
  const emails = await readEmails().catch((error: unknown) => {
    // Without the user:email scope GitHub answers 403/404; the sign-in goes on without the list.
    if (error instanceof ConnectorError && error.data.providerStatus !== undefined && error.data.upstream === undefined)
      return undefined;
    throw error;
  });
  const { email, verified } = chooseEmail(text(user.email), emails);
  const info: SocialUserInfo = { id: String(user.id), rawData: raw };
  const name = text(user.name) ?? text(user.login);
  const avatar = text(user.avatar_url);
  if (name) info.name = name;
  if (avatar) info.avatar = avatar;
  if (email) Object.assign(info, { email, emailVerified: verified });
  return info;
}
