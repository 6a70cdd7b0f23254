import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { useI18n } from '../i18n/i18n';
import type { PageProps } from '../routes';
import { Page } from '../ui/page';
import { RecordTabs } from '../ui/record-tabs';
import { HookDeliveries } from './hook-deliveries';
import { HookSettings } from './hook-settings';
import { HookSigning } from './hook-signing';
import { WhenHooksReadable } from './queries';
import '../authorization/authorization.css';
import './webhooks.css';

function WebhookRecord({ id }: { id: string }) {
  const { t } = useI18n();
  const hook = useQuery({
    queryKey: ['hooks', 'record', id],
    queryFn: () => unwrap(api.GET('/api/hooks/{id}', { params: { path: { id } } })),
  });
  return (
    <WhenLoaded query={hook}>
      {(data) => (
        <Page title={data.name} intro={data.config.url}>
          <RecordTabs
            label={t('webhooks.sections', { name: data.name })}
            tabs={[
              { id: 'settings', title: t('webhooks.settings'), content: <HookSettings hook={data} /> },
              { id: 'signing', title: t('webhooks.signingAndTest'), content: <HookSigning hook={data} /> },
              { id: 'deliveries', title: t('webhooks.deliveries'), content: <HookDeliveries hook={data} /> },
            ]}
          />
        </Page>
      )}
    </WhenLoaded>
  );
}

export default function WebhookPage({ params }: PageProps<{ id: string }>) {
  const { t } = useI18n();
  return (
    <>
      <BackLink href="/console/webhooks" label={t('webhooks.title')} />
      <WhenHooksReadable
        fallback={(notice) => (
          <Page title={t('webhooks.title')} intro={notice}>
            {null}
          </Page>
        )}
      >
        <WebhookRecord id={params.id} />
      </WhenHooksReadable>
    </>
  );
}
