import { ConnectorError, type SocialUserInfo } from '../../kit/index.js';

interface GitHubUser {
  id?: unknown;
  login?: unknown;
  name?: unknown;
  avatar_url?: unknown;
  email?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** The primary, verified address of `GET /user/emails`; other addresses are not the user's to claim. */
function primaryEmail(emails: unknown): string | undefined {
  if (!Array.isArray(emails)) return undefined;
  const primary = emails.find((entry) => entry?.primary === true && entry?.verified === true);
  return text(primary?.email);
}

/**
 * The profile from `GET /user`. Its `email` is the public address (GitHub only lets verified
 * addresses be public); when it is hidden, the primary verified one is read from
 * `/user/emails`, which needs the `user:email` scope and is skipped when not granted.
 */
export async function githubProfile(raw: unknown, readEmails: () => Promise<unknown>): Promise<SocialUserInfo> {
  const user = (raw ?? {}) as GitHubUser;
  if (typeof user.id !== 'number' && typeof user.id !== 'string')
    throw new ConnectorError('invalid_response', {
      message: 'GitHub answered /user without an id.',
      provider: 'GitHub',
    });
  let email = text(user.email);
  if (!email) {
    email = await readEmails().then(primaryEmail, (error: unknown) => {
      // Without the user:email scope GitHub answers 403/404; the sign-in goes on without an address.
      if (
        error instanceof ConnectorError &&
        error.data.providerStatus !== undefined &&
        error.data.upstream === undefined
      )
        return undefined;
      throw error;
    });
  }
  const info: SocialUserInfo = { id: String(user.id), rawData: raw };
  const name = text(user.name) ?? text(user.login);
  const avatar = text(user.avatar_url);
  if (name) info.name = name;
  if (avatar) info.avatar = avatar;
  if (email) info.email = email;
  return info;
}
