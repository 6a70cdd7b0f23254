import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import type { NeededConnector } from './save-errors';

/** The Connectors page that sets up the connector a setting needs (the unsaved-changes guard asks before leaving). */
export function ConnectorLink({ connector }: { connector: NeededConnector }) {
  const { t } = useI18n();
  return (
    <Link className="sie-connector-link" href={`/console/connectors/new/${connector.toLowerCase()}`}>
      {t(`signInExperience.connectorLink.${connector}`)}
    </Link>
  );
}
