import { Link } from 'react-aria-components';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Button } from '../ui/button';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { DataTable } from '../ui/table';
import { type Connector, nameIn, pathOfKind, useConnectorList, useShownTargets } from './queries';
import '../authorization/authorization.css';
import './connectors.css';

/** The connectors: the one SMS and one email connector (as Logto), and the social ones. */
export default function ConnectorsPage() {
  const { t } = useI18n();
  const list = useConnectorList();
  return (
    <Page title={t('connectors.title')} intro={t('connectors.intro')}>
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : list.data === undefined ? (
        <Progress label={t('app.loading')} />
      ) : (
        <>
          <section aria-labelledby="connectors-passwordless">
            <h2 id="connectors-passwordless">{t('connectors.passwordless.title')}</h2>
            <p className="note">{t('connectors.passwordless.intro')}</p>
            <div className="slot-cards">
              <Slot type="Sms" connector={list.data.find((c) => c.type === 'Sms')} />
              <Slot type="Email" connector={list.data.find((c) => c.type === 'Email')} />
            </div>
          </section>
          <SocialSection connectors={list.data.filter((c) => c.type === 'Social')} />
        </>
      )}
    </Page>
  );
}

/** The SMS or email slot: the active connector with a way to open it, or "Set up". */
function Slot({ type, connector }: { type: 'Sms' | 'Email'; connector?: Connector }) {
  const { t, language } = useI18n();
  const reason = useWriteReason('POST', '/api/connectors');
  const kind = t(`connectors.kind.${type}`);
  const headingId = `connectors-slot-${type}`;
  const setUp = () => navigate(`/console/connectors/new/${pathOfKind(type)}`);
  return (
    <article className="slot-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{kind}</h3>
      {connector ? (
        <>
          <p>
            <Link href={`/console/connectors/${connector.id}`}>{nameIn(connector.name, language, connector.id)}</Link>
          </p>
          <p className="note">{nameIn(connector.description, language)}</p>
          <Button onPress={setUp} disabledReason={reason}>
            {t(`connectors.replace.${type}`)}
          </Button>
        </>
      ) : (
        <>
          <p className="note">{t(`connectors.notSetUp.${type}`)}</p>
          <Button variant="primary" onPress={setUp} disabledReason={reason}>
            {t(`connectors.setUp.${type}`)}
          </Button>
        </>
      )}
    </article>
  );
}

function SocialSection({ connectors }: { connectors: Connector[] }) {
  const { t, language } = useI18n();
  const reason = useWriteReason('POST', '/api/connectors');
  const shown = useShownTargets();
  return (
    <section aria-labelledby="connectors-social">
      <h2 id="connectors-social">{t('connectors.social.title')}</h2>
      <div className="toolbar">
        <p className="note">{t('connectors.social.intro')}</p>
        <Button variant="primary" onPress={() => navigate('/console/connectors/new/social')} disabledReason={reason}>
          {t('connectors.social.add')}
        </Button>
      </div>
      <DataTable
        label={t('connectors.social.table')}
        rows={connectors}
        page={1}
        pageSize={connectors.length || 1}
        total={connectors.length}
        emptyText={t('connectors.social.empty')}
        columns={[
          {
            id: 'name',
            name: t('connectors.column.name'),
            isRowHeader: true,
            cell: (connector) => (
              <Link href={`/console/connectors/${connector.id}`}>{nameIn(connector.name, language, connector.id)}</Link>
            ),
          },
          { id: 'target', name: t('connectors.column.target'), cell: (connector) => <code>{connector.target}</code> },
          {
            id: 'platform',
            name: t('connectors.column.platform'),
            cell: (connector) => connector.platform ?? t('connectors.platform.none'),
          },
          {
            id: 'shown',
            name: t('connectors.column.shown'),
            cell: (connector) =>
              shown.data === undefined
                ? ''
                : t(shown.data.includes(connector.target) ? 'connectors.shown.yes' : 'connectors.shown.no'),
          },
        ]}
      />
    </section>
  );
}
