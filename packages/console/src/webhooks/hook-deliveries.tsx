import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { api, unwrapPage } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { LoadError } from '../ui/load-error';
import { DataTable, type TableColumn } from '../ui/table';
import { formatMoment } from '../users/format';
import type { Hook, HookLog } from './queries';

const pageSize = 20;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** One delivery's request body, the receiver's answer and the error, in a dialog. */
function DeliveryDetails({ log, time }: { log: HookLog; time: string }) {
  const { t } = useI18n();
  const event = log.key.replace(/^TriggerHook\./, '');
  return (
    <DialogTrigger>
      <Button variant="quiet" aria-label={t('webhooks.log.show', { event, time })}>
        {t('webhooks.log.details')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal-form">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('webhooks.log.title', { event, time })}</Heading>
                <h3>{t('webhooks.log.payload')}</h3>
                <pre className="payload">{json(log.payload.hookRequest.body)}</pre>
                {log.payload.response && (
                  <>
                    <h3>{t('webhooks.log.response')}</h3>
                    <p>
                      {log.payload.response.status === null
                        ? t('webhooks.log.noAnswer')
                        : t('webhooks.log.httpStatus', { status: log.payload.response.status })}
                    </p>
                    {log.payload.response.body && <pre className="payload">{log.payload.response.body}</pre>}
                  </>
                )}
                {log.payload.error && (
                  <>
                    <h3>{t('webhooks.log.error')}</h3>
                    <p>{log.payload.error}</p>
                  </>
                )}
                <div className="dialog-actions">
                  <Button onPress={close}>{t('webhooks.log.close')}</Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** Deliveries of the last 24 hours, newest first, from the server's outbox. */
export function HookDeliveries({ hook }: { hook: Hook }) {
  const { t, language } = useI18n();
  const [page, setPage] = useState(1);
  const logs = useQuery({
    queryKey: ['hooks', 'logs', hook.id, page],
    queryFn: () =>
      unwrapPage(
        api.GET('/api/hooks/{id}/recent-logs', {
          params: { path: { id: hook.id }, query: { page, page_size: pageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
  const result = (log: HookLog) => {
    const { deliveryStatus, attempts } = log.payload;
    if (deliveryStatus === 'succeeded') return t('webhooks.log.success');
    return deliveryStatus === 'pending'
      ? t('webhooks.log.pending', { attempts })
      : t('webhooks.log.failed', { attempts });
  };
  const columns: TableColumn<HookLog>[] = [
    {
      id: 'event',
      name: t('webhooks.log.event'),
      isRowHeader: true,
      cell: (log) => log.key.replace(/^TriggerHook\./, ''),
    },
    { id: 'result', name: t('webhooks.log.result'), cell: result },
    {
      id: 'status',
      name: t('webhooks.log.status'),
      cell: (log) =>
        log.payload.response?.status != null
          ? t('webhooks.log.httpStatus', { status: log.payload.response.status })
          : t('webhooks.log.noAnswer'),
    },
    { id: 'time', name: t('webhooks.log.time'), cell: (log) => formatMoment(log.createdAt, language) },
    {
      id: 'details',
      name: t('webhooks.log.details'),
      cell: (log) => <DeliveryDetails log={log} time={formatMoment(log.createdAt, language)} />,
    },
  ];
  return (
    <section aria-labelledby="hook-history">
      <div className="toolbar">
        <h2 id="hook-history">{t('webhooks.history')}</h2>
        <Button onPress={() => logs.refetch()}>{t('webhooks.refresh')}</Button>
      </div>
      {logs.error ? (
        <LoadError error={logs.error} onRetry={() => logs.refetch()} />
      ) : (
        <DataTable
          label={t('webhooks.history')}
          columns={columns}
          rows={logs.data?.items ?? []}
          page={page}
          pageSize={pageSize}
          total={logs.data?.total ?? 0}
          onPageChange={setPage}
          isLoading={logs.isPending}
          emptyText={t('webhooks.historyEmpty')}
        />
      )}
    </section>
  );
}
