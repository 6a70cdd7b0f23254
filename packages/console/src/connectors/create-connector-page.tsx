import { useState } from 'react';
import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import type { PageProps } from '../routes';
import { Page } from '../ui/page';
import { RadioGroup } from '../ui/radio-group';
import { useStatus } from '../ui/status';
import { ConnectorForm } from './connector-form';
import { type Factory, kindsByPath, nameIn, useConnectorList, useFactories, useRefreshConnectors } from './queries';
import '../authorization/authorization.css';
import './connectors.css';

/** Set up an SMS or email connector, or add a social one: pick the provider, then fill in its form. */
export default function CreateConnectorPage({ params }: PageProps<{ kind: string }>) {
  const { t } = useI18n();
  const type = kindsByPath[params.kind];
  const factories = useFactories();
  return (
    <>
      <BackLink href="/console/connectors" label={t('connectors.back')} />
      {type === undefined ? (
        <Page title={t('connectors.title')}>
          <p>{t('connectors.create.unknownKind', { kind: params.kind })}</p>
        </Page>
      ) : (
        <Page title={t(`connectors.create.${type}`)}>
          <WhenLoaded query={factories}>
            {(all) => <PickAndFill factories={all.filter((factory) => factory.type === type)} />}
          </WhenLoaded>
        </Page>
      )}
    </>
  );
}

function PickAndFill({ factories }: { factories: Factory[] }) {
  const { t, language } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshConnectors();
  const connectors = useConnectorList();
  const [picked, setPicked] = useState('');
  const factory = factories.find((candidate) => candidate.id === picked);
  // Email and SMS have one slot each: a new one replaces the active one.
  const replaced =
    factory && factory.type !== 'Social' ? connectors.data?.find((c) => c.type === factory.type) : undefined;
  return (
    <>
      <RadioGroup
        label={t('connectors.pick')}
        value={picked}
        onChange={setPicked}
        options={factories.map((candidate) => ({
          id: candidate.id,
          label: nameIn(candidate.name, language, candidate.id),
          description: nameIn(candidate.description, language),
        }))}
      />
      {factory === undefined ? (
        <p className="note">{t('connectors.pickFirst')}</p>
      ) : (
        <>
          {replaced && (
            <p className="protected-note">
              {t('connectors.replaces', {
                kind: t(`connectors.kind.${factory.type}`),
                name: nameIn(replaced.name, language, replaced.id),
              })}
            </p>
          )}
          <ConnectorForm
            key={factory.id}
            factory={factory}
            onSaved={async (saved) => {
              await refresh();
              announce(t('connectors.created', { name: nameIn(saved.name, language, saved.id) }), 'success');
              navigate(`/console/connectors/${saved.id}`, { force: true });
            }}
          />
        </>
      )}
    </>
  );
}
