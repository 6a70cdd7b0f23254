import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/** A page's heading, also the window title, so each console page is named in history and tabs. */
export function Page({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      <h1>{title}</h1>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </>
  );
}
