import type { ReactNode, RefObject } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * The page frame: a skip link first, then the header (banner), the navigation and the main
 * region, so keyboard and screen-reader users can jump between them.
 */
export function Layout(props: {
  header: ReactNode;
  nav: ReactNode;
  mainRef: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="layout-header">{props.header}</header>
      <nav className="layout-nav" aria-label={t('nav.label')}>
        {props.nav}
      </nav>
      {/* Focusable so navigation can move focus here and screen readers start at the new page. */}
      <main className="layout-main" id="main" tabIndex={-1} ref={props.mainRef}>
        {props.children}
      </main>
    </div>
  );
}
