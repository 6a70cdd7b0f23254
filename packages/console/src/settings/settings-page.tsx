import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  extendedIdTokenClaims,
  idTokenConfigSchema,
  type OidcKeyType,
  updateSessionConfigSchema,
} from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { WhenLoaded } from '../authorization/shared/record-query';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { NumberField } from '../ui/number-field';
import { Page } from '../ui/page';
import { RecordTabs } from '../ui/record-tabs';
import { useStatus } from '../ui/status';
import './settings.css';

const root = 'tenant-settings';
const keysPath = (keyType: OidcKeyType) => ({ params: { path: { keyType } } });

function useReload() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [root] });
}

/** Signing keys or cookie keys: their status, a rotation and the removal of a previous key, each asked first. */
function Keys({ keyType }: { keyType: OidcKeyType }) {
  const { t, language } = useI18n();
  const reload = useReload();
  const announce = useStatus();
  const rotateReason = useWriteReason('POST', '/api/configs/oidc/{keyType}/rotate');
  const deleteReason = useWriteReason('DELETE', '/api/configs/oidc/{keyType}/{keyId}');
  const keys = useQuery({
    queryKey: [root, 'keys', keyType],
    queryFn: () => unwrap(api.GET('/api/configs/oidc/{keyType}', keysPath(keyType))),
  });
  const date = (ms: number) => new Date(ms).toLocaleString(language);
  const signing = keyType === 'private-keys';
  const kind = signing ? 'signing' : 'cookie';
  return (
    <section aria-label={t(`settings.${kind}.title`)}>
      <p className="note">{t(`settings.${kind}.intro`)}</p>
      <WhenLoaded query={keys}>
        {(list) => (
          <>
            <table className="key-table">
              <caption>{t(`settings.${kind}.title`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('settings.keys.id')}</th>
                  <th scope="col">{t('settings.keys.status')}</th>
                  <th scope="col">{t('settings.keys.created')}</th>
                  {signing && <th scope="col">{t('settings.keys.activates')}</th>}
                  <th scope="col">{t('settings.keys.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((key, index) => {
                  // Cookie keys: the first signs, the others only verify.
                  const status = key.status ?? (index === 0 ? 'Current' : 'Previous');
                  return (
                    <tr key={key.id}>
                      <th scope="row">
                        <code>{key.id}</code>
                      </th>
                      <td>{t(`settings.keys.status.${status}`)}</td>
                      <td>{date(key.createdAt)}</td>
                      {signing && <td>{key.activatesAt === undefined ? '—' : date(key.activatesAt)}</td>}
                      <td>
                        {status === 'Previous' && (
                          <ConfirmDialog
                            triggerLabel={t('settings.keys.delete', { id: key.id })}
                            title={t('settings.keys.deleteTitle', { id: key.id })}
                            losses={[t(`settings.${kind}.deleteLoss`)]}
                            confirmLabel={t('settings.keys.deleteConfirm')}
                            disabledReason={deleteReason}
                            onConfirm={async () => {
                              await unwrap(
                                api.DELETE('/api/configs/oidc/{keyType}/{keyId}', {
                                  params: { path: { keyType, keyId: key.id } },
                                }),
                              );
                              await reload();
                              announce(t('settings.keys.deleted', { id: key.id }), 'success');
                            }}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <ConfirmDialog
              variant="primary"
              triggerLabel={t(`settings.${kind}.rotate`)}
              title={t(`settings.${kind}.rotateTitle`)}
              intro={t(`settings.${kind}.rotateIntro`)}
              losses={[]}
              confirmLabel={t(`settings.${kind}.rotate`)}
              disabledReason={rotateReason}
              onConfirm={async () => {
                await unwrap(api.POST('/api/configs/oidc/{keyType}/rotate', { ...keysPath(keyType), body: {} }));
                await reload();
                announce(t(`settings.${kind}.rotated`), 'success');
              }}
            />
          </>
        )}
      </WhenLoaded>
    </section>
  );
}

/** A duration in words: the largest whole unit (14 days, 2 hours, 90 seconds). */
function durationOf(seconds: number, t: ReturnType<typeof useI18n>['t']): string {
  for (const [unit, size] of [
    ['days', 86_400],
    ['hours', 3600],
    ['minutes', 60],
  ] as const)
    if (seconds >= size && seconds % size === 0) return t(`settings.session.${unit}`, { count: seconds / size });
  return t('settings.session.seconds', { count: seconds });
}

function SessionForm({ ttl }: { ttl: number }) {
  const { t } = useI18n();
  const reason = useWriteReason('PATCH', '/api/configs/oidc/session');
  const [value, setValue] = useState(ttl);
  const form = useForm(updateSessionConfigSchema);
  return (
    <SettingsForm
      disabledReason={reason}
      doneMessage={t('settings.session.saved')}
      onSubmit={() => form.submit({ ttl: value }, (body) => unwrap(api.PATCH('/api/configs/oidc/session', { body })))}
    >
      <NumberField
        label={t('settings.session.ttl')}
        description={`${t('settings.session.ttlHelp')} ${Number.isFinite(value) ? t('settings.session.is', { duration: durationOf(value, t) }) : ''}`}
        value={value}
        onChange={setValue}
        error={form.errors.ttl && t('settings.session.badTtl')}
        isReadOnly={reason !== undefined}
      />
    </SettingsForm>
  );
}

function IdTokenForm({ claims }: { claims: string[] }) {
  const { t } = useI18n();
  const reason = useWriteReason('PUT', '/api/configs/id-token');
  const [value, setValue] = useState(claims);
  const form = useForm(idTokenConfigSchema);
  return (
    <SettingsForm
      disabledReason={reason}
      doneMessage={t('settings.idToken.saved')}
      onSubmit={() =>
        form.submit({ enabledExtendedClaims: value }, (body) => unwrap(api.PUT('/api/configs/id-token', { body })))
      }
    >
      <CheckboxGroup
        label={t('settings.idToken.claims')}
        description={t('settings.idToken.claimsHelp')}
        value={value}
        onChange={(next) => setValue(extendedIdTokenClaims.filter((claim) => next.includes(claim)))}
        error={form.errors.enabledExtendedClaims}
        isReadOnly={reason !== undefined}
      >
        {extendedIdTokenClaims.map((claim) => (
          <Checkbox key={claim} value={claim} label={claim} description={t(`settings.idToken.claim.${claim}`)} />
        ))}
      </CheckboxGroup>
    </SettingsForm>
  );
}

function Tokens() {
  const { t } = useI18n();
  const session = useQuery({
    queryKey: [root, 'session'],
    queryFn: () => unwrap(api.GET('/api/configs/oidc/session')),
  });
  const idToken = useQuery({ queryKey: [root, 'id-token'], queryFn: () => unwrap(api.GET('/api/configs/id-token')) });
  return (
    <>
      <section aria-labelledby="session-heading">
        <h2 id="session-heading">{t('settings.session.title')}</h2>
        <WhenLoaded query={session}>{(data) => <SessionForm ttl={data.ttl} />}</WhenLoaded>
      </section>
      <section aria-labelledby="id-token-heading">
        <h2 id="id-token-heading">{t('settings.idToken.title')}</h2>
        <WhenLoaded query={idToken}>{(data) => <IdTokenForm claims={data.enabledExtendedClaims} />}</WhenLoaded>
      </section>
    </>
  );
}

/** Console › Settings: OIDC signing and cookie keys, the session lifetime and the ID token's claims. */
export default function SettingsPage() {
  const { t } = useI18n();
  return (
    <Page title={t('settings.title')} intro={t('settings.intro')}>
      <RecordTabs
        label={t('settings.sections')}
        tabs={[
          { id: 'signing', title: t('settings.signing.title'), content: <Keys keyType="private-keys" /> },
          { id: 'cookie', title: t('settings.cookie.title'), content: <Keys keyType="cookie-keys" /> },
          { id: 'tokens', title: t('settings.tokens'), content: <Tokens /> },
        ]}
      />
    </Page>
  );
}
