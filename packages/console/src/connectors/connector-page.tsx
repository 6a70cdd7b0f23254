import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import type { PageProps } from '../routes';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { CopyButton } from '../ui/copy-button';
import { Page } from '../ui/page';
import { useStatus } from '../ui/status';
import { ConnectorForm } from './connector-form';
import {
  type Connector,
  type Factory,
  nameIn,
  useConnector,
  useFactories,
  useRefreshConnectors,
  useShownTargets,
} from './queries';
import '../authorization/authorization.css';
import './connectors.css';

/** One connector: what it is, its settings (with a test send for Email and SMS), and deletion. */
export default function ConnectorPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  const connector = useConnector(params.id);
  const factories = useFactories();
  return (
    <>
      <BackLink href="/console/connectors" label={t('connectors.back')} />
      <WhenLoaded query={connector}>
        {(data) => (
          <WhenLoaded query={factories}>
            {(all) => {
              const factory = all.find((candidate) => candidate.id === data.connectorId);
              return factory && <Details connector={data} factory={factory} />;
            }}
          </WhenLoaded>
        )}
      </WhenLoaded>
    </>
  );
}

function Details({ connector, factory }: { connector: Connector; factory: Factory }) {
  const { t, language } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshConnectors();
  const client = useQueryClient();
  const deleteReason = useWriteReason('DELETE', '/api/connectors/{id}');
  const name = nameIn(connector.name, language, connector.id);
  return (
    <Page title={name}>
      <dl className="facts" aria-label={t('connectors.details.facts')}>
        <dt>{t('connectors.details.factory')}</dt>
        <dd>{nameIn(factory.name, language, factory.id)}</dd>
        <dt>{t('connectors.details.type')}</dt>
        <dd>{t(`connectors.kind.${connector.type}`)}</dd>
        {connector.type === 'Social' && (
          <>
            <dt>{t('connectors.column.target')}</dt>
            <dd>
              <code>{connector.target}</code>
            </dd>
          </>
        )}
        <dt>{t('connectors.details.id')}</dt>
        <dd>
          <code>{connector.id}</code> <CopyButton value={connector.id} label={t('connectors.details.id')} />
        </dd>
      </dl>
      {connector.type === 'Social' && <ShownNote target={connector.target} />}
      <ConnectorForm
        // A save answers with the stored connector; the form starts again from it.
        key={connector.updatedAt}
        factory={factory}
        connector={connector}
        onSaved={async (saved) => {
          client.setQueryData(['connectors', 'one', saved.id], saved);
          await refresh();
          announce(t('connectors.form.saved'), 'success');
        }}
      />
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('connectors.delete')}
          title={t('connectors.deleteTitle', { name })}
          losses={[t('connectors.loss.config'), t(`connectors.loss.${connector.type}`)]}
          confirmLabel={t('connectors.deleteConfirm')}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/connectors/{id}', { params: { path: { id: connector.id } } }));
            navigate('/console/connectors', { force: true });
            await refresh();
            announce(t('connectors.deleted', { name }), 'success');
          }}
        />
      </div>
    </Page>
  );
}

/** Whether the sign-in page shows this connector's button, and where to change that. */
function ShownNote({ target }: { target: string }) {
  const { t } = useI18n();
  const shown = useShownTargets();
  if (shown.data === undefined) return null;
  return (
    <p className="protected-note">
      {t(shown.data.includes(target) ? 'connectors.shownNote.yes' : 'connectors.shownNote.no')}{' '}
      <Link href="/console/sign-in-experience">{t('connectors.shownNote.link')}</Link>
    </p>
  );
}
