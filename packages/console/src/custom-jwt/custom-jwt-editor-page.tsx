import { jwtCustomizerSchema } from '@tessera/server/schemas';
import { type FormEvent, useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { type FieldErrors, fieldErrorsFromApi, fieldErrorsOf } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import type { PageProps } from '../routes';
import { RadioGroup } from '../ui/radio-group';
import { useStatus } from '../ui/status';
import { CodeEditor } from './code-editor';
import { type Draft, draftOf, validateDraft } from './draft';
import { EnvironmentVariables } from './environment-variables';
import { kindText } from './kind-text';
import { type JwtCustomizer, useJwtCustomizer, useRefreshJwtCustomizers } from './queries';
import { isTokenKind, type TokenKind } from './samples';
import { ScriptFormFooter, ScriptPage } from './script-page';
import { ScriptTest } from './script-test';
import './custom-jwt.css';

/** /console/custom-jwt/:kind: the script of one kind of token, its variables, its failure rule and a test run. */
export default function CustomJwtEditorPage({ params }: PageProps<{ kind: string }>) {
  const { t } = useI18n();
  const kind = isTokenKind(params.kind) ? params.kind : undefined;
  const config = useJwtCustomizer(kind ?? 'access-token');
  const text = kind && kindText(t, kind);
  return (
    <ScriptPage
      title={text?.name ?? t('customJwt.title')}
      {...(text && { intro: text.about })}
      back={{ href: '/console/custom-jwt', label: t('customJwt.back') }}
      {...(!kind && { notFound: t('customJwt.notFound') })}
      config={config}
    >
      {(stored) => kind && text && <Editor key={JSON.stringify(stored)} kind={kind} name={text.name} stored={stored} />}
    </ScriptPage>
  );
}

function Editor({ kind, name, stored }: { kind: TokenKind; name: string; stored: JwtCustomizer | null }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshJwtCustomizers();
  const canSave = useCan('PUT', '/api/configs/jwt-customizer/{tokenTypePath}');
  const canDelete = useCan('DELETE', '/api/configs/jwt-customizer/{tokenTypePath}');
  const [initial] = useState(() => draftOf(kind, stored));
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const path = { params: { path: { tokenTypePath: kind } } };
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const checked = validateDraft(draft, t);
    if ('errors' in checked) return setErrors(checked.errors);
    const parsed = jwtCustomizerSchema.safeParse(checked.body);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues));
    setErrors({});
    setPending(true);
    try {
      await unwrap(api.PUT('/api/configs/jwt-customizer/{tokenTypePath}', { ...path, body: checked.body }));
      announce(t('customJwt.saved'), 'success');
      await refresh();
    } catch (error) {
      const fields = fieldErrorsFromApi(error);
      if (fields) setErrors(fields);
      else setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form jwt-form" onSubmit={save} noValidate aria-label={name}>
      <CodeEditor
        label={t('customJwt.script')}
        description={t('customJwt.script.description')}
        language="javascript"
        value={draft.script}
        onChange={(script) => change({ script })}
        error={errors.script}
        isReadOnly={!canSave.allowed}
        minLines={14}
      />
      <EnvironmentVariables
        rows={draft.environment}
        onChange={(environment) => change({ environment })}
        errors={errors}
        isReadOnly={!canSave.allowed}
      />
      <RadioGroup
        label={t('customJwt.onError')}
        value={draft.blockIssuanceOnError ? 'block' : 'issue'}
        onChange={(choice) => change({ blockIssuanceOnError: choice === 'block' })}
        isReadOnly={!canSave.allowed}
        options={[
          { id: 'block', label: t('customJwt.onError.block'), description: t('customJwt.onError.block.about') },
          { id: 'issue', label: t('customJwt.onError.issue'), description: t('customJwt.onError.issue.about') },
        ]}
      />
      <ScriptTest kind={kind} draft={draft} errors={errors} onChange={change} />
      <ScriptFormFooter
        failure={failure}
        save={{
          label: t('customJwt.save'),
          isDisabled: pending || (!dirty && stored !== null),
          disabledReason: canSave.reason,
        }}
        {...(stored && {
          remove: {
            triggerLabel: t('customJwt.delete'),
            title: t('customJwt.delete.title', { kind: name }),
            loss: t('customJwt.delete.loss'),
            confirmLabel: t('customJwt.delete.confirm'),
            disabledReason: canDelete.reason,
            onConfirm: async () => {
              await unwrap(api.DELETE('/api/configs/jwt-customizer/{tokenTypePath}', path));
              announce(t('customJwt.deleted'), 'success');
              await refresh();
              navigate('/console/custom-jwt', { force: true });
            },
          },
        })}
        unsaved={{
          dirty: dirty && !pending,
          title: t('customJwt.unsaved.title'),
          body: t('customJwt.unsaved.body'),
          stay: t('customJwt.unsaved.stay'),
          leave: t('customJwt.unsaved.leave'),
        }}
      />
    </form>
  );
}
