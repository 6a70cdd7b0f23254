import { actionSchema } from '@tessera/server/schemas';
import { type FormEvent, useState } from 'react';
import { useCan } from '../api/can';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { type FieldErrors, fieldErrorsFromApi, fieldErrorsOf } from '../api/form-errors';
import { CodeEditor } from '../custom-jwt/code-editor';
import { environmentOf, parseJsonObject, type VariableRow } from '../custom-jwt/draft';
import { EnvironmentVariables } from '../custom-jwt/environment-variables';
import { asJson } from '../custom-jwt/samples';
import { ScriptFormFooter, ScriptPage } from '../custom-jwt/script-page';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import type { PageProps } from '../routes';
import { Button } from '../ui/button';
import { Progress } from '../ui/progress';
import { RadioGroup } from '../ui/radio-group';
import { useStatus } from '../ui/status';
import { Switch } from '../ui/switch';
import { type ActionType, actionTypeText, isActionType, starters } from './action-types';
import { type StoredAction, useAction, useRefreshActions } from './queries';
import '../custom-jwt/custom-jwt.css';

interface Draft {
  script: string;
  environment: VariableRow[];
  enabled: boolean;
  onExecutionError: 'block' | 'allow';
  event: string;
}

const draftOf = (type: ActionType, stored: StoredAction | null): Draft => ({
  script: stored?.script ?? starters[type].script,
  environment: Object.entries(stored?.environmentVariables ?? {}).map(([name, value]) => ({ name, value })),
  enabled: stored?.enabled === true,
  onExecutionError: stored?.onExecutionError ?? 'block',
  event: asJson(stored?.contextSample ?? starters[type].event),
});

/** /console/actions/:type: the script of one action, its variables, its switch, its failure rule and a test run. */
export default function ActionEditorPage({ params }: PageProps<{ type: string }>) {
  const { t } = useI18n();
  const type = isActionType(params.type) ? params.type : undefined;
  const config = useAction(type ?? 'action.postSignIn');
  const text = type && actionTypeText(t, type);
  return (
    <ScriptPage
      title={text?.name ?? t('actions.title')}
      {...(text && { intro: text.about })}
      back={{ href: '/console/actions', label: t('actions.back') }}
      {...(!type && { notFound: t('actions.notFound') })}
      config={config}
    >
      {(stored) => type && text && <Editor key={JSON.stringify(stored)} type={type} name={text.name} stored={stored} />}
    </ScriptPage>
  );
}

function Editor({ type, name, stored }: { type: ActionType; name: string; stored: StoredAction | null }) {
  const { t } = useI18n();
  const announce = useStatus();
  const refresh = useRefreshActions();
  const canSave = useCan('PUT', '/api/configs/actions/{actionType}');
  const canDelete = useCan('DELETE', '/api/configs/actions/{actionType}');
  const [initial] = useState(() => draftOf(type, stored));
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  const [test, setTest] = useState<{ running?: boolean; result?: string; error?: string }>({});
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const path = { params: { path: { actionType: type } } };
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  /** The draft as a request body, or the errors to show next to the fields. */
  function checked():
    | { body: { script: string; environmentVariables: Record<string, string>; event: Record<string, unknown> } }
    | undefined {
    const found: FieldErrors = {};
    if (!draft.script.trim()) found.script = t('actions.script.required');
    else if (!/\brunAction\b/.test(draft.script)) found.script = t('actions.script.noFunction');
    const environment = environmentOf(draft.environment, t);
    Object.assign(found, environment.errors);
    const event = parseJsonObject(draft.event, t);
    if ('error' in event) found.event = event.error;
    setErrors(found);
    if ('error' in event || Object.keys(found).length > 0) return undefined;
    return { body: { script: draft.script, environmentVariables: environment.variables, event: event.value } };
  }

  async function save(submitted: FormEvent) {
    submitted.preventDefault();
    setFailure(undefined);
    const ready = checked();
    if (!ready) return;
    const body = {
      script: ready.body.script,
      environmentVariables: ready.body.environmentVariables,
      contextSample: ready.body.event,
      enabled: draft.enabled,
      onExecutionError: draft.onExecutionError,
    };
    const parsed = actionSchema.safeParse(body);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues));
    setPending(true);
    try {
      await unwrap(api.PUT('/api/configs/actions/{actionType}', { ...path, body }));
      announce(t('actions.saved'), 'success');
      await refresh();
    } catch (error) {
      const fields = fieldErrorsFromApi(error);
      if (fields) setErrors(fields);
      else setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  async function runTest() {
    const ready = checked();
    if (!ready) return;
    setTest({ running: true });
    try {
      const answer = await api.POST('/api/configs/actions/test', { body: { actionType: type, ...ready.body } });
      const data = await unwrap(Promise.resolve(answer));
      setTest({ result: answer.response.status === 204 ? t('actions.test.none') : asJson(data) });
    } catch (error) {
      setTest({ error: errorMessage(error) });
    }
  }

  return (
    <form className="form jwt-form" onSubmit={save} noValidate aria-label={name}>
      <CodeEditor
        label={t('actions.script')}
        description={t('actions.script.description')}
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
      <Switch
        label={t('actions.enabled')}
        description={t('actions.enabled.about')}
        isSelected={draft.enabled}
        onChange={(enabled) => change({ enabled })}
        disabledReason={canSave.reason}
      />
      <RadioGroup
        label={t('actions.onError')}
        value={draft.onExecutionError}
        onChange={(onExecutionError) => change({ onExecutionError })}
        isReadOnly={!canSave.allowed}
        options={[
          { id: 'block', label: t('actions.onError.block'), description: t('actions.onError.block.about') },
          { id: 'allow', label: t('actions.onError.allow'), description: t('actions.onError.allow.about') },
        ]}
      />
      <section className="script-test" aria-labelledby="action-test-heading">
        <h2 id="action-test-heading">{t('actions.test')}</h2>
        <p className="hint">{t('actions.test.intro')}</p>
        <CodeEditor
          label={t('actions.test.event')}
          language="json"
          value={draft.event}
          onChange={(event) => change({ event })}
          error={errors.event}
          minLines={8}
        />
        <div className="form-actions">
          <Button onPress={runTest} isDisabled={test.running === true} disabledReason={canSave.reason}>
            {t('actions.test.run')}
          </Button>
        </div>
        <div className="test-result" aria-live="polite">
          {test.running && <Progress label={t('actions.test.running')} />}
          {test.result !== undefined && (
            <>
              <h3>{t('actions.test.result')}</h3>
              <pre className="claims">{test.result}</pre>
            </>
          )}
          {test.error && (
            <p role="alert" className="field-error">
              {t('actions.test.failed', { message: test.error })}
            </p>
          )}
        </div>
      </section>
      <ScriptFormFooter
        failure={failure}
        save={{
          label: t('actions.save'),
          isDisabled: pending || (!dirty && stored !== null),
          disabledReason: canSave.reason,
        }}
        {...(stored && {
          remove: {
            triggerLabel: t('actions.delete'),
            title: t('actions.delete.title', { type: name }),
            loss: t('actions.delete.loss'),
            confirmLabel: t('actions.delete.confirm'),
            disabledReason: canDelete.reason,
            onConfirm: async () => {
              await unwrap(api.DELETE('/api/configs/actions/{actionType}', path));
              announce(t('actions.deleted'), 'success');
              await refresh();
              navigate('/console/actions', { force: true });
            },
          },
        })}
        unsaved={{
          dirty: dirty && !pending,
          title: t('actions.unsaved.title'),
          body: t('actions.unsaved.body'),
          stay: t('actions.unsaved.stay'),
          leave: t('actions.unsaved.leave'),
        }}
      />
    </form>
  );
}
