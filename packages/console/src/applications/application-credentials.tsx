import { useQuery } from '@tanstack/react-query';
import { createSecretSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { useAfterWrite } from '../authorization/shared/run-write';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { Endpoints } from '../get-started/endpoints';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { CopyButton } from '../ui/copy-button';
import { DialogForm, FormDialog } from '../ui/form-dialog';
import { LoadError } from '../ui/load-error';
import { Select } from '../ui/select';
import { ShownOnce } from '../ui/shown-once';
import { DataTable, type TableColumn } from '../ui/table';
import { TextField } from '../ui/text-field';
import { formatMoment } from '../users/format';
import { type Application, type Secret, secretsKey } from './app-queries';

const day = 86_400_000;
type Expiry = 'never' | '30' | '90' | '365' | 'date';
const expiries: readonly Expiry[] = ['never', '30', '90', '365', 'date'];

/** Midnight (local time) of a YYYY-MM-DD date, when it is a real date in the future. */
function dateExpiry(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const moment = new Date(year, month, date);
  if (moment.getMonth() !== month || moment.getDate() !== date) return undefined;
  return moment.getTime() > Date.now() ? moment.getTime() : undefined;
}

/** A secret's value, shown this one time with a copy button and a warning. */
function SecretOnce({ secret, onDone }: { secret: Secret; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <ShownOnce
      title={t('applications.secret.createdTitle', { name: secret.name })}
      warning={t('applications.secret.once')}
      label={t('applications.secret.value')}
      value={secret.value}
    >
      <div className="dialog-actions">
        <Button variant="primary" onPress={onDone} autoFocus>
          {t('applications.secret.done')}
        </Button>
      </div>
    </ShownOnce>
  );
}

function AddSecretForm({ app, close }: { app: Application; close: () => void }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<Expiry>('never');
  const [date, setDate] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [created, setCreated] = useState<Secret>();
  const form = useForm(createSecretSchema, {
    'application.secret_name_exists': { field: 'name', message: t('applications.secret.nameInUse') },
  });
  if (created) return <SecretOnce secret={created} onDone={close} />;
  const submit = async () => {
    let expiresAt: number | null = null;
    if (expiry === 'date') {
      expiresAt = dateExpiry(date) ?? null;
      if (expiresAt === null) {
        setDateError(t('applications.secret.dateInvalid'));
        return false;
      }
    } else if (expiry !== 'never') expiresAt = Date.now() + Number(expiry) * day;
    setDateError(undefined);
    await form.submit({ name: name.trim(), expiresAt }, async (body) => {
      const secret = await unwrap(
        api.POST('/api/applications/{id}/secrets', { params: { path: { id: app.id } }, body }),
      );
      setCreated(secret);
      await afterWrite(t('applications.secret.createdTitle', { name: secret.name }));
    });
    // Never closes here: once sent, the dialog stays open to show the value once.
    return false;
  };
  return (
    <DialogForm submitLabel={t('applications.secret.add')} onSubmit={submit} onClose={close}>
      <TextField
        label={t('applications.secret.name')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        autoFocus
      />
      <Select<Expiry>
        label={t('applications.secret.expiry')}
        options={expiries.map((id) => ({ id, label: t(`applications.secret.expiry.${id}`) }))}
        value={expiry}
        onChange={setExpiry}
        error={expiry === 'date' ? undefined : form.errors.expiresAt}
      />
      {expiry === 'date' && (
        <TextField
          label={t('applications.secret.date')}
          description={t('applications.secret.dateHelp')}
          value={date}
          onChange={setDate}
          error={dateError ?? form.errors.expiresAt}
        />
      )}
    </DialogForm>
  );
}

/** Last four characters only: the value was shown once, when it was added. */
const maskedEnd = (value: string) => value.slice(-4);

function Secrets({ app }: { app: Application }) {
  const { t, language } = useI18n();
  const afterWrite = useAfterWrite();
  const readable = useCan('GET', '/api/applications/{id}/secrets');
  const addReason = useWriteReason('POST', '/api/applications/{id}/secrets');
  const deleteReason = useWriteReason('DELETE', '/api/applications/{id}/secrets/{name}');
  const secrets = useQuery({
    queryKey: secretsKey(app.id),
    queryFn: () => unwrap(api.GET('/api/applications/{id}/secrets', { params: { path: { id: app.id } } })),
    enabled: readable.allowed,
  });
  const rows = (secrets.data ?? []).map((secret) => ({ ...secret, id: secret.name }));
  const columns: TableColumn<(typeof rows)[number]>[] = [
    { id: 'name', name: t('applications.secret.name'), isRowHeader: true, cell: (secret) => secret.name },
    {
      id: 'value',
      name: t('applications.secret.value'),
      cell: (secret) => (
        <span className="masked">{t('applications.secret.masked', { last: maskedEnd(secret.value) })}</span>
      ),
    },
    {
      id: 'created',
      name: t('applications.secret.created'),
      cell: (secret) => formatMoment(secret.createdAt, language),
    },
    {
      id: 'expires',
      name: t('applications.secret.expires'),
      cell: (secret) =>
        secret.expiresAt === null
          ? t('applications.secret.never')
          : secret.expiresAt < Date.now()
            ? t('applications.secret.expired', { date: formatMoment(secret.expiresAt, language) })
            : formatMoment(secret.expiresAt, language),
    },
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (secret) => (
        <ConfirmDialog
          triggerLabel={t('authorization.deleteNamed', { name: secret.name })}
          title={t('applications.secret.deleteTitle', { name: secret.name })}
          losses={[t('applications.secret.lossUse')]}
          confirmLabel={t('applications.secret.delete')}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/applications/{id}/secrets/{name}', {
                params: { path: { id: app.id, name: secret.name } },
              }),
            );
            await afterWrite(t('applications.secret.deleted', { name: secret.name }));
          }}
        />
      ),
    },
  ];
  return (
    <section aria-labelledby="secrets-heading">
      <h2 id="secrets-heading">{t('applications.secrets')}</h2>
      <p className="note">{t('applications.secretsIntro')}</p>
      {!readable.allowed ? (
        readable.reason && <p className="note">{t('applications.secretsHidden')}</p>
      ) : secrets.error ? (
        <LoadError error={secrets.error} onRetry={() => secrets.refetch()} />
      ) : (
        <>
          <div className="toolbar">
            <FormDialog
              triggerLabel={t('applications.secret.add')}
              title={t('applications.secret.addTitle')}
              disabledReason={addReason}
            >
              {(close) => <AddSecretForm app={app} close={close} />}
            </FormDialog>
          </div>
          <DataTable
            label={t('applications.secrets')}
            columns={columns}
            rows={rows}
            page={1}
            pageSize={Math.max(rows.length, 1)}
            total={rows.length}
            isLoading={secrets.isPending}
            emptyText={t('applications.noSecrets')}
          />
        </>
      )}
    </section>
  );
}

/** The App ID, the provider's endpoints, and a confidential app's secrets. */
export function ApplicationCredentials({ app }: { app: Application }) {
  const { t } = useI18n();
  const confidential = app.type === 'Traditional' || app.type === 'MachineToMachine';
  return (
    <>
      <section aria-labelledby="credentials-heading">
        <h2 id="credentials-heading">{t('applications.credentials')}</h2>
        <dl className="facts endpoints">
          <div className="endpoint">
            <dt>{t('applications.appId')}</dt>
            <dd>
              <code>{app.id}</code>
              <CopyButton value={app.id} label={t('applications.appId')} />
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">{t('applications.endpoints')}</h2>
        <p className="note">{t('applications.endpointsIntro')}</p>
        <Endpoints />
      </section>
      {confidential && <Secrets app={app} />}
    </>
  );
}
