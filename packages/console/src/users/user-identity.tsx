import { useI18n } from '../i18n/i18n';
import type { User } from './users-queries';

/** A name for people: the user's name, else username, else email, else phone, else the id. */
export const userDisplayName = (user: Pick<User, 'id' | 'name' | 'username' | 'primaryEmail' | 'primaryPhone'>) =>
  user.name || user.username || user.primaryEmail || user.primaryPhone || user.id;

/** Up to two letters from the display name ("Ada Lovelace" → "AL"). */
export function initialsOf(name: string): string {
  const words = name.split(/[\s._@-]+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[1]] : [name];
  return letters
    .map((word) => [...(word ?? '')][0] ?? '')
    .join('')
    .toUpperCase();
}

/** The user's picture, or their initials; decorative, since the name is written next to it. */
export function UserAvatar({ user }: { user: User }) {
  if (user.avatar?.startsWith('https://'))
    return <img className="avatar" src={user.avatar} alt="" width={32} height={32} referrerPolicy="no-referrer" />;
  return (
    <span className="avatar avatar-initials" aria-hidden="true">
      {initialsOf(userDisplayName(user))}
    </span>
  );
}

/** Said in words, so it is not a colour alone. */
export function SuspendedBadge() {
  const { t } = useI18n();
  return <span className="badge badge-danger">{t('users.suspended')}</span>;
}
