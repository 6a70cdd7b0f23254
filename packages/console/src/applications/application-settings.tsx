import { updateApplicationSchema } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useAfterWrite } from '../authorization/shared/run-write';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useForm } from '../authorization/shared/use-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Checkbox } from '../ui/checkbox';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { NumberField } from '../ui/number-field';
import { TextField } from '../ui/text-field';
import { UnsavedChangesGuard } from '../ui/unsaved-changes-guard';
import type { Application } from './app-queries';
import { UriListField } from './uri-list-field';

const defaultTtlDays = 14;

interface Draft {
  name: string;
  description: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  corsAllowedOrigins: string[];
  rotateRefreshToken: boolean;
  alwaysIssueRefreshToken: boolean;
  refreshTokenTtlInDays: number;
  isDeviceFlow: boolean;
  requirePushedAuthorizationRequests: boolean;
  dpopBoundAccessTokens: boolean;
  backchannelLogoutUri: string;
  backchannelLogoutSessionRequired: boolean;
}

function draftOf(app: Application): Draft {
  const custom = app.customClientMetadata;
  return {
    name: app.name,
    description: app.description ?? '',
    redirectUris: [...app.oidcClientMetadata.redirectUris],
    postLogoutRedirectUris: [...app.oidcClientMetadata.postLogoutRedirectUris],
    corsAllowedOrigins: [...(custom.corsAllowedOrigins ?? [])],
    // The provider rotates unless told not to, and issues refresh tokens on offline_access only.
    rotateRefreshToken: custom.rotateRefreshToken !== false,
    alwaysIssueRefreshToken: custom.alwaysIssueRefreshToken === true,
    refreshTokenTtlInDays: custom.refreshTokenTtlInDays ?? defaultTtlDays,
    isDeviceFlow: custom.isDeviceFlow === true,
    requirePushedAuthorizationRequests: custom.requirePushedAuthorizationRequests === true,
    dpopBoundAccessTokens: custom.dpopBoundAccessTokens === true,
    backchannelLogoutUri: app.oidcClientMetadata.backchannelLogoutUri ?? '',
    backchannelLogoutSessionRequired: app.oidcClientMetadata.backchannelLogoutSessionRequired === true,
  };
}

const cleanList = (values: readonly string[]) => values.map((value) => value.trim()).filter(Boolean);

/** Name, description, URIs, CORS origins and refresh-token settings, saved together; and deletion. */
export function ApplicationSettings({ app }: { app: Application }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const saveReason = useWriteReason('PATCH', '/api/applications/{id}');
  const deleteReason = useWriteReason('DELETE', '/api/applications/{id}');
  const [saved, setSaved] = useState(() => draftOf(app));
  const [draft, setDraft] = useState(saved);
  const form = useForm(updateApplicationSchema);
  const readOnly = saveReason !== undefined;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((old) => ({ ...old, [key]: value }));
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const withUsers = app.type !== 'MachineToMachine';

  const save = async () => {
    // Empty entries are dropped first, so the errors' positions match the fields shown.
    const next: Draft = {
      ...draft,
      name: draft.name.trim(),
      redirectUris: cleanList(draft.redirectUris),
      postLogoutRedirectUris: cleanList(draft.postLogoutRedirectUris),
      corsAllowedOrigins: cleanList(draft.corsAllowedOrigins),
    };
    setDraft(next);
    const body = {
      name: next.name,
      description: next.description.trim() || null,
      ...(withUsers
        ? {
            oidcClientMetadata: {
              redirectUris: next.redirectUris,
              postLogoutRedirectUris: next.postLogoutRedirectUris,
              backchannelLogoutUri: next.backchannelLogoutUri.trim(),
              backchannelLogoutSessionRequired: next.backchannelLogoutSessionRequired,
            },
            customClientMetadata: {
              corsAllowedOrigins: next.corsAllowedOrigins,
              rotateRefreshToken: next.rotateRefreshToken,
              alwaysIssueRefreshToken: next.alwaysIssueRefreshToken,
              refreshTokenTtlInDays: next.refreshTokenTtlInDays,
              requirePushedAuthorizationRequests: next.requirePushedAuthorizationRequests,
              dpopBoundAccessTokens: next.dpopBoundAccessTokens,
              ...(app.type === 'Native' && { isDeviceFlow: next.isDeviceFlow }),
            },
          }
        : { customClientMetadata: { dpopBoundAccessTokens: next.dpopBoundAccessTokens } }),
    };
    const sent = await form.submit(body, (valid) =>
      unwrap(api.PATCH('/api/applications/{id}', { params: { path: { id: app.id } }, body: valid })),
    );
    if (sent) setSaved(next);
    return sent;
  };

  const uriError = (path: string, message: string) => (index: number) =>
    form.errors[`${path}.${index}`] ? message : undefined;
  const invalidUri = t('applications.invalidUri');

  return (
    <section aria-label={t('applications.settings')}>
      <UnsavedChangesGuard
        dirty={dirty}
        text={{
          title: t('applications.unsaved.title'),
          body: t('applications.unsaved.body'),
          stay: t('applications.unsaved.stay'),
          leave: t('applications.unsaved.leave'),
        }}
      />
      <SettingsForm
        onSubmit={save}
        disabledReason={saveReason}
        submitLabel={t('applications.save')}
        doneMessage={t('applications.saved')}
      >
        <TextField
          label={t('applications.name')}
          value={draft.name}
          onChange={set('name')}
          error={form.errors.name}
          isReadOnly={readOnly}
        />
        <TextField
          label={t('applications.description')}
          value={draft.description}
          onChange={set('description')}
          error={form.errors.description}
          isReadOnly={readOnly}
        />
        {withUsers && (
          <>
            <h2>{t('applications.uris')}</h2>
            <UriListField
              label={t('applications.redirectUris')}
              description={t('applications.redirectUrisHelp')}
              values={draft.redirectUris}
              onChange={set('redirectUris')}
              errorOf={uriError('oidcClientMetadata.redirectUris', invalidUri)}
              isReadOnly={readOnly}
            />
            <UriListField
              label={t('applications.postLogoutRedirectUris')}
              description={t('applications.postLogoutRedirectUrisHelp')}
              values={draft.postLogoutRedirectUris}
              onChange={set('postLogoutRedirectUris')}
              errorOf={uriError('oidcClientMetadata.postLogoutRedirectUris', invalidUri)}
              isReadOnly={readOnly}
            />
            <UriListField
              label={t('applications.corsAllowedOrigins')}
              description={t('applications.corsAllowedOriginsHelp')}
              values={draft.corsAllowedOrigins}
              onChange={set('corsAllowedOrigins')}
              errorOf={uriError('customClientMetadata.corsAllowedOrigins', t('applications.invalidOrigin'))}
              isReadOnly={readOnly}
            />
            <h2>{t('applications.refreshTokens')}</h2>
            <Checkbox
              label={t('applications.alwaysIssueRefreshToken')}
              description={t('applications.alwaysIssueRefreshTokenHelp')}
              isSelected={draft.alwaysIssueRefreshToken}
              onChange={set('alwaysIssueRefreshToken')}
              isReadOnly={readOnly}
            />
            <Checkbox
              label={t('applications.rotateRefreshToken')}
              description={t('applications.rotateRefreshTokenHelp')}
              isSelected={draft.rotateRefreshToken}
              onChange={set('rotateRefreshToken')}
              isReadOnly={readOnly}
            />
            <NumberField
              label={t('applications.refreshTokenTtlInDays')}
              description={t('applications.refreshTokenTtlInDaysHelp')}
              value={draft.refreshTokenTtlInDays}
              onChange={set('refreshTokenTtlInDays')}
              minValue={1}
              maxValue={180}
              error={form.errors['customClientMetadata.refreshTokenTtlInDays']}
              isReadOnly={readOnly}
            />
          </>
        )}
        <h2>{t('applications.oauthExtensions')}</h2>
        {app.type === 'Native' && (
          <Checkbox
            label={t('applications.isDeviceFlow')}
            description={t('applications.isDeviceFlowHelp')}
            isSelected={draft.isDeviceFlow}
            onChange={set('isDeviceFlow')}
            isReadOnly={readOnly}
          />
        )}
        {withUsers && (
          <Checkbox
            label={t('applications.requirePar')}
            description={t('applications.requireParHelp')}
            isSelected={draft.requirePushedAuthorizationRequests}
            onChange={set('requirePushedAuthorizationRequests')}
            isReadOnly={readOnly}
          />
        )}
        <Checkbox
          label={t('applications.requireDpop')}
          description={t('applications.requireDpopHelp')}
          isSelected={draft.dpopBoundAccessTokens}
          onChange={set('dpopBoundAccessTokens')}
          isReadOnly={readOnly}
        />
        {withUsers && (
          <>
            <TextField
              label={t('applications.backchannelLogoutUri')}
              description={t('applications.backchannelLogoutUriHelp')}
              type="url"
              value={draft.backchannelLogoutUri}
              onChange={set('backchannelLogoutUri')}
              error={form.errors['oidcClientMetadata.backchannelLogoutUri'] && t('applications.invalidHttpUrl')}
              isReadOnly={readOnly}
            />
            <Checkbox
              label={t('applications.backchannelLogoutSessionRequired')}
              isSelected={draft.backchannelLogoutSessionRequired}
              onChange={set('backchannelLogoutSessionRequired')}
              isReadOnly={readOnly}
            />
          </>
        )}
      </SettingsForm>
      <div className="danger-zone">
        <ConfirmDialog
          triggerLabel={t('applications.delete')}
          title={t('applications.deleteTitle', { name: app.name })}
          losses={[t('applications.lossSignIn', { name: app.name }), t('applications.lossSecrets')]}
          confirmLabel={t('applications.deleteConfirm', { name: app.name })}
          disabledReason={deleteReason}
          onConfirm={async () => {
            await unwrap(api.DELETE('/api/applications/{id}', { params: { path: { id: app.id } } }));
            setSaved(draft);
            navigate('/console/applications');
            await afterWrite(t('applications.deleted', { name: app.name }));
          }}
        />
      </div>
    </section>
  );
}
