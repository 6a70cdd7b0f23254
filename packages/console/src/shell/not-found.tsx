import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/page';

export function NotFound({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link href="/console">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
