import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import './sign-in-content.css';

const pages = [
  ['/console/sign-in-experience/custom-phrases', 'signInContent.phrases.title'],
  ['/console/sign-in-experience/email-templates', 'signInContent.templates.title'],
  ['/console/sign-in-experience/profile-fields', 'signInContent.fields.title'],
] as const;

/** Links from the Sign-in experience page to its texts, emails and profile fields. */
export function MoreSignInSettings() {
  const { t } = useI18n();
  return (
    <nav className="more-settings" aria-label={t('signInContent.moreLabel')}>
      <ul>
        {pages.map(([href, key]) => (
          <li key={href}>
            <Link href={href}>{t(key)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
