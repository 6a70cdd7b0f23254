import { Link } from 'react-aria-components';

/** The way back to the list a record belongs to, above its title. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="back-link">
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}
