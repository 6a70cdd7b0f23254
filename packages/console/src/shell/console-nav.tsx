import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { type Area, areas, routes } from '../routes';

/** The nav's entries: one per area that has a route, in the areas' order. */
const entries = areas.flatMap((area) => {
  const target = routes.find((route) => route.area === area && route.nav);
  return target ? [{ area, path: target.path }] : [];
});

export function ConsoleNav({ current }: { current?: Area }) {
  const { t } = useI18n();
  return (
    <ul className="nav-list">
      {entries.map(({ area, path }) => (
        <li key={area}>
          <Link className="nav-link" href={path} aria-current={area === current ? 'page' : undefined}>
            {t(`nav.${area}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
