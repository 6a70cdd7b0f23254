import { type FormEvent, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { Progress } from '../ui/progress';
import { Switch } from '../ui/switch';
import { TextField } from '../ui/text-field';
import { UnsavedChangesGuard } from '../ui/unsaved-changes-guard';
import { type Refusal, refusalOf } from './api-errors';
import { type DraftObject, type DraftProblem, fieldPaths, newDraft, objectDraft, toConfig } from './config-draft';
import { type Connector, type Factory, nameIn, schemaOf } from './queries';
import { Readme } from './readme';
import { ConfigFields } from './schema-fields';
import { TestSend } from './test-send';

export interface ConnectorFormProps {
  factory: Factory;
  /** The connector being edited; without it, saving creates one from the factory. */
  connector?: Connector;
  onSaved: (saved: Connector) => Promise<void> | void;
}

/** Fields of the form outside the config, by the paths the API's errors name. */
const metadataPaths = ['metadata.target', 'metadata.name', 'metadata.logo', 'metadata.logoDark'];

/**
 * A connector's settings: the config form generated from the factory's schema, the display
 * overrides of standard (generic) social connectors, profile sync, and beside it the test send
 * of Email and SMS connectors and the provider's setup guide.
 */
export function ConnectorForm({ factory, connector, onSaved }: ConnectorFormProps) {
  const { t, language } = useI18n();
  const schema = schemaOf(factory);
  const isSocial = factory.type === 'Social';
  const isStandard = factory.isStandard;
  const name = nameIn(connector?.name ?? factory.name, language, factory.id);
  const createReason = useWriteReason('POST', '/api/connectors');
  const updateReason = useWriteReason('PATCH', '/api/connectors/{id}');
  const saveReason = connector ? updateReason : createReason;
  const readOnly = saveReason !== undefined;

  const [draft, setDraft] = useState<DraftObject>(() =>
    connector ? objectDraft(schema, connector.config) : newDraft(schema, factory.configTemplate),
  );
  const [target, setTarget] = useState(connector?.metadata.target ?? '');
  const [displayName, setDisplayName] = useState(connector?.metadata.name?.en ?? '');
  const [logo, setLogo] = useState(connector?.metadata.logo ?? '');
  const [logoDark, setLogoDark] = useState(connector?.metadata.logoDark ?? '');
  const [syncProfile, setSyncProfile] = useState(connector?.syncProfile ?? false);
  // Logto's token vault: shown only when the factory says it can keep the provider's tokens.
  const canKeepTokens = isSocial && factory.isTokenStorageSupported;
  const [keepTokens, setKeepTokens] = useState(connector?.enableTokenStorage ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string[]>();
  const [pending, setPending] = useState(false);
  // What the form holds, to tell whether leaving loses anything: the state as it started or was last saved.
  const current = JSON.stringify([draft, target, displayName, logo, logoDark, syncProfile, keepTokens]);
  const savedState = useRef(current);
  const dirty = !readOnly && current !== savedState.current;

  const problemText = (problem: DraftProblem) => t(`connectors.problem.${problem}`);

  /** The config to send, or undefined when the form's own checks put messages next to fields. */
  function checkedConfig(): Record<string, unknown> | undefined {
    const { config, problems } = toConfig(schema, draft);
    const found: Record<string, string> = Object.fromEntries(
      Object.entries(problems).map(([path, problem]) => [path, problemText(problem)]),
    );
    if (isStandard && target.trim() === '') found['metadata.target'] = problemText('required');
    if (Object.keys(found).length === 0) return config;
    setErrors(found);
    setFailure([t('connectors.form.fix')]);
    return undefined;
  }

  /** Puts a refusal's messages next to their fields; what no field shows is listed above the buttons. */
  function showRefusal(refusal: Refusal, extraPaths: string[] = []) {
    const shown = new Set([...fieldPaths(schema, draft), ...metadataPaths, ...extraPaths]);
    const elsewhere = Object.entries(refusal.fields).filter(([path]) => !shown.has(path));
    const fields = { ...refusal.fields };
    if (refusal.code === 'connector.should_specify_target') fields['metadata.target'] = problemText('required');
    if (refusal.code === 'connector.multiple_target_with_same_platform') {
      if (isStandard) fields['metadata.target'] = t('connectors.problem.targetTaken');
      else elsewhere.push(['', t('connectors.problem.slotTaken', { name })]);
    }
    setErrors(fields);
    const lines =
      Object.keys(fields).length > 0 && elsewhere.length < Object.keys(refusal.fields).length
        ? [t('connectors.form.fix')]
        : [];
    if (elsewhere.length > 0) {
      if (lines.length > 0) lines.push(t('connectors.form.other'));
      lines.push(...elsewhere.map(([path, message]) => (path ? `${path}: ${message}` : message)));
    }
    setFailure(lines.length > 0 ? lines : [refusal.message]);
  }

  const metadata = () => ({
    target: target.trim(),
    ...(displayName.trim() && { name: { ...connector?.metadata.name, en: displayName.trim() } }),
    ...(logo.trim() && { logo: logo.trim() }),
    ...(logoDark.trim() && { logoDark: logoDark.trim() }),
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const config = checkedConfig();
    if (!config) return;
    setErrors({});
    setPending(true);
    try {
      const extras = {
        ...(isStandard && { metadata: metadata() }),
        ...(isSocial && { syncProfile }),
        ...(canKeepTokens && { enableTokenStorage: keepTokens }),
      };
      const saved = connector
        ? await unwrap(
            api.PATCH('/api/connectors/{id}', { params: { path: { id: connector.id } }, body: { config, ...extras } }),
          )
        : await unwrap(api.POST('/api/connectors', { body: { connectorId: factory.id, config, ...extras } }));
      // The answer masks the secrets again: the form holds what is stored now.
      const stored = objectDraft(schema, saved.config);
      savedState.current = JSON.stringify([stored, target, displayName, logo, logoDark, syncProfile, keepTokens]);
      setDraft(stored);
      await onSaved(saved);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) showRefusal(refusal);
      else setFailure([errorMessage(error)]);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="connector-layout">
      <Form
        className="connector-form"
        onSubmit={save}
        validationBehavior="aria"
        aria-label={t('connectors.form.label', { name })}
      >
        {isStandard && (
          <fieldset className="config-group">
            <legend>{t('connectors.form.display')}</legend>
            <TextField
              label={t('connectors.form.target')}
              description={t('connectors.form.targetHelp')}
              value={target}
              onChange={setTarget}
              error={errors['metadata.target']}
              isReadOnly={readOnly}
              isRequired
            />
            <TextField
              label={t('connectors.form.displayName')}
              description={t('connectors.form.displayNameHelp', { example: displayName.trim() || name })}
              value={displayName}
              onChange={setDisplayName}
              error={errors['metadata.name'] ?? errors['metadata.name.en']}
              isReadOnly={readOnly}
            />
            <TextField
              label={t('connectors.form.logo')}
              description={t('connectors.form.logoHelp')}
              type="url"
              value={logo}
              onChange={setLogo}
              error={errors['metadata.logo']}
              isReadOnly={readOnly}
            />
            <TextField
              label={t('connectors.form.logoDark')}
              type="url"
              value={logoDark}
              onChange={setLogoDark}
              error={errors['metadata.logoDark']}
              isReadOnly={readOnly}
            />
          </fieldset>
        )}
        <fieldset className="config-group config-root">
          <legend>{t('connectors.form.config')}</legend>
          <ConfigFields schema={schema} draft={draft} onChange={setDraft} errors={errors} readOnly={readOnly} />
        </fieldset>
        {isSocial && (
          <Checkbox
            label={t('connectors.form.syncProfile')}
            description={t('connectors.form.syncProfileHelp')}
            isSelected={syncProfile}
            onChange={setSyncProfile}
            isReadOnly={readOnly}
          />
        )}
        {canKeepTokens && (
          <Switch
            label={t('connectors.form.keepTokens')}
            description={t('connectors.form.keepTokensHelp')}
            isSelected={keepTokens}
            onChange={setKeepTokens}
            disabledReason={saveReason}
          />
        )}
        {failure && (
          <div role="alert" className="form-failure">
            {failure.map((line) => (
              <p key={line} className="field-error">
                {line}
              </p>
            ))}
          </div>
        )}
        {pending && <Progress label={t('connectors.form.saving')} />}
        <div className="actions">
          <Button type="submit" variant="primary" isDisabled={pending} disabledReason={saveReason}>
            {connector ? t('connectors.form.save') : t('connectors.form.create')}
          </Button>
        </div>
      </Form>
      <div className="connector-aside">
        {factory.type !== 'Social' && (
          <TestSend
            factory={factory}
            name={name}
            checkedConfig={checkedConfig}
            recipientError={errors.phone ?? errors.email}
            onRefused={(refusal) => showRefusal(refusal, ['phone', 'email'])}
            onStart={() => {
              setErrors({});
              setFailure(undefined);
            }}
          />
        )}
        <details className="connector-docs">
          <summary>{t('connectors.docs', { name: nameIn(factory.name, language, factory.id) })}</summary>
          <p className="note">{t('connectors.docsIntro')}</p>
          <Readme source={factory.readme} />
        </details>
      </div>
      <UnsavedChangesGuard
        dirty={dirty}
        text={{
          title: t('connectors.unsaved.title'),
          body: t('connectors.unsaved.body', { name }),
          stay: t('connectors.unsaved.stay'),
          leave: t('connectors.unsaved.leave'),
        }}
      />
    </div>
  );
}
